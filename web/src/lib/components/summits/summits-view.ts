import { readRegion, type Reference } from '../../reference/reference';
import { readInteger } from '../../router/params';

export interface SummitsView {
  /** Region slug, or null for every region. */
  region: string | null;
  convener: string | null;
  year: number | null;
  /** The summit whose details are open. */
  summit: string | null;
  /** Show actors seen at only one summit too. */
  allActors: boolean;
}

export const ALL_REGIONS = 'all';

export function readSummitsView(params: URLSearchParams, reference: Reference): SummitsView {
  const region = params.get('region');
  return {
    region: region === ALL_REGIONS ? null : readRegion(reference, region),
    convener: params.get('convener') || null,
    year: readInteger(params.get('year')),
    summit: params.get('summit') || null,
    allActors: params.get('actors') === 'all',
  };
}
