import type { Database } from '../../db/client.js';
import { optionalText, parseActorCode } from '../../graphql/arguments.js';
import { toConnection, toPage, type ConnectionResult } from '../../graphql/connection.js';
import { badUserInput } from '../../graphql/errors.js';
import { countRegions, findRegionsBySlugs, listRegions, type RegionRow } from './regions.repository.js';
import type { RegionsArgs } from './regions.types.js';

export async function getRegionsConnection(
  db: Database,
  args: RegionsArgs,
): Promise<ConnectionResult<RegionRow>> {
  const page = toPage(args);
  const memberText = optionalText(args.where?.member);
  const member = memberText ? parseActorCode('where.member', memberText) : undefined;
  const rows = await listRegions(db, member, page);
  return toConnection(rows, page, () => countRegions(db, member));
}

/** Fails with BAD_USER_INPUT naming `field` when no region has this slug. */
export async function assertKnownRegion(db: Database, field: string, slug: string): Promise<void> {
  const [region] = await findRegionsBySlugs(db, [slug]);
  if (!region)
    throw badUserInput(
      field,
      `no region has the slug "${slug}" (try mena, south-caucasus, central-asia, horn-sahel)`,
    );
}
