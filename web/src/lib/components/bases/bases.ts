import { request } from '../../graphql/client';
import {
  FacilitiesDocument,
  FacilityDetailDocument,
  type FacilitiesQuery,
  type FacilityDetailQuery,
} from '../../graphql/generated/graphql';
import { collectPages } from '../../graphql/pages';

export type FacilityRow = FacilitiesQuery['facilities']['nodes'][number];
export type FacilityDetail = NonNullable<FacilityDetailQuery['facility']>;

/** Every facility in the region's member countries, with its whole status timeline. */
export function loadFacilities(region: string): Promise<FacilityRow[]> {
  return collectPages(async (after) => {
    const data = await request(FacilitiesDocument, { where: { region }, after });
    return data.facilities;
  });
}

export async function loadFacilityDetail(id: string, asOf: string): Promise<FacilityDetail | null> {
  const data = await request(FacilityDetailDocument, { id, asOf });
  return data.facility ?? null;
}
