import { request } from '../../graphql/client';
import {
  SummitDetailDocument,
  SummitsDocument,
  type SummitDetailQuery,
  type SummitsQuery,
} from '../../graphql/generated/graphql';
import { collectPages } from '../../graphql/pages';

export type SummitRow = SummitsQuery['summits']['nodes'][number];
export type SummitDetail = NonNullable<SummitDetailQuery['summit']>;

/** Every summit concerning the region (all regions when null), newest first. */
export function loadSummits(region: string | null): Promise<SummitRow[]> {
  return collectPages(async (after) => {
    const data = await request(SummitsDocument, { where: region ? { region } : null, after });
    return data.summits;
  });
}

export async function loadSummitDetail(id: string): Promise<SummitDetail | null> {
  const data = await request(SummitDetailDocument, { id });
  return data.summit ?? null;
}
