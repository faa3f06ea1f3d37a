import type { ActorRow } from '../modules/actors/actors.repository.js';
import type { RegionRow } from '../modules/regions/regions.repository.js';
import type { RequestContext } from './context.js';

// Foreign keys guarantee related rows exist; loaders only batch the look-ups.

export async function loadActor(ctx: RequestContext, code: string | null): Promise<ActorRow | null> {
  return code === null ? null : ctx.loaders.actorByCode.load(code);
}

export async function loadActors(ctx: RequestContext, codes: readonly string[]): Promise<ActorRow[]> {
  const rows = await Promise.all(codes.map((code) => ctx.loaders.actorByCode.load(code)));
  return rows.filter((row): row is ActorRow => row !== null);
}

export async function loadRegions(ctx: RequestContext, slugs: readonly string[]): Promise<RegionRow[]> {
  const rows = await Promise.all(slugs.map((slug) => ctx.loaders.regionBySlug.load(slug)));
  return rows.filter((row): row is RegionRow => row !== null);
}
