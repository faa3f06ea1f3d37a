import { request } from '../graphql/client';
import { ReferenceDocument, type ReferenceQuery } from '../graphql/generated/graphql';

export type Power = ReferenceQuery['powers'][number];
export type Region = ReferenceQuery['regions']['nodes'][number];

/** What every page needs to draw its controls and colour its charts. */
export interface Reference {
  powers: Power[];
  regions: Region[];
}

export async function loadReference(): Promise<Reference> {
  const data = await request(ReferenceDocument, {});
  return { powers: data.powers, regions: data.regions.nodes };
}

export const OTHER_COLOUR = 'var(--other)';

export function colourOf(reference: Reference, code: string): string {
  return reference.powers.find((power) => power.code === code)?.colour ?? OTHER_COLOUR;
}

export function regionName(reference: Reference, slug: string): string {
  return reference.regions.find((region) => region.slug === slug)?.name ?? slug;
}

/** The region a first visit opens on: the Middle East, where the project started, if present. */
export function defaultRegion(reference: Reference): string {
  return reference.regions.find((region) => region.slug === 'mena')?.slug ?? reference.regions[0]?.slug ?? '';
}

/** The `region` parameter if it names a known region, else the default. */
export function readRegion(reference: Reference, value: string | null): string {
  return reference.regions.some((region) => region.slug === value) ? value! : defaultRegion(reference);
}
