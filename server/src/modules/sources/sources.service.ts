import type { Database } from '../../db/client.js';
import { checkRange, given, optionalText } from '../../graphql/arguments.js';
import { SortDirection } from '../../graphql/common.types.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { countSources, listSources, type SourceRow } from './sources.repository.js';
import { SourceOrderField, type SourcesArgs } from './sources.types.js';

export async function getSourcesConnection(
  db: Database,
  args: SourcesArgs,
): Promise<ConnectionResult<SourceRow>> {
  const page = toPage(args);
  const where = args.where ?? {};
  checkRange('where.publishedFrom', where.publishedFrom, where.publishedTo);
  const filter = {
    publisher: optionalText(where.publisher),
    search: optionalText(where.search),
    publishedFrom: given(where.publishedFrom),
    publishedTo: given(where.publishedTo),
  };
  const sort = args.orderBy ?? { field: SourceOrderField.PUBLISHED_ON, direction: SortDirection.DESC };
  const rows = await listSources(db, filter, sort, page);
  return toConnection(rows, page, () => countSources(db, filter));
}
