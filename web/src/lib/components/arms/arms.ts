import { request } from '../../graphql/client';
import { ArmsTransfersDocument, type ArmsTransfersQuery } from '../../graphql/generated/graphql';
import { collectPages } from '../../graphql/pages';

export type ArmsTransferRow = ArmsTransfersQuery['armsTransfers']['nodes'][number];

export interface ArmsQuery {
  region: string;
  suppliers: string[];
  fromYear: number;
  toYear: number;
}

/** Transfers to the region's countries from these suppliers, ordered or delivered within the years. */
export function loadArmsTransfers(query: ArmsQuery): Promise<ArmsTransferRow[]> {
  const where = {
    region: query.region,
    supplier: query.suppliers,
    fromYear: query.fromYear,
    toYear: query.toYear,
  };
  return collectPages(async (after) => {
    const data = await request(ArmsTransfersDocument, { where, after });
    return data.armsTransfers;
  });
}
