import type { Database } from '../../db/client.js';
import {
  checkRange,
  checkYear,
  given,
  optionalText,
  parseActorCode,
  parseActorCodes,
} from '../../graphql/arguments.js';
import { SortDirection } from '../../graphql/common.types.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { assertKnownActors } from '../actors/actors.service.js';
import { assertKnownRegion } from '../regions/regions.service.js';
import {
  countArmsTransfers,
  listArmsTransfers,
  type ArmsTransferFilter,
  type ArmsTransferRow,
} from './arms.repository.js';
import { ArmsTransferOrderField, type ArmsTransfersArgs } from './arms.types.js';

export async function getArmsTransfersConnection(
  db: Database,
  args: ArmsTransfersArgs,
): Promise<ConnectionResult<ArmsTransferRow>> {
  const page = toPage(args);
  const filter = await toArmsTransferFilter(db, args.where ?? {});
  const sort = args.orderBy ?? { field: ArmsTransferOrderField.ORDER_YEAR, direction: SortDirection.DESC };
  const rows = await listArmsTransfers(db, filter, sort, page);
  return toConnection(rows, page, () => countArmsTransfers(db, filter));
}

async function toArmsTransferFilter(
  db: Database,
  where: NonNullable<ArmsTransfersArgs['where']>,
): Promise<ArmsTransferFilter> {
  checkYear('where.fromYear', where.fromYear);
  checkYear('where.toYear', where.toYear);
  checkRange('where.fromYear', where.fromYear, where.toYear);
  const suppliers = where.supplier ? parseActorCodes('where.supplier', where.supplier) : undefined;
  const recipientText = optionalText(where.recipient);
  const recipient = recipientText ? parseActorCode('where.recipient', recipientText) : undefined;
  const region = optionalText(where.region);
  if (region) await assertKnownRegion(db, 'where.region', region);
  await assertKnownActors(db, [
    ...(suppliers ?? []).map((code, index) => ({ field: `where.supplier[${index}]`, code })),
    ...(recipient ? [{ field: 'where.recipient', code: recipient }] : []),
  ]);
  return {
    region,
    suppliers,
    recipient,
    categories: given(where.category),
    statuses: given(where.status),
    fromYear: given(where.fromYear),
    toYear: given(where.toYear),
  };
}
