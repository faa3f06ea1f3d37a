import type pg from 'pg';
import type { Database } from '../db/client.js';
import type { Logger } from '../config/logger.js';
import type { AccessPolicy, Viewer } from '../modules/auth/auth.service.js';
import { createActorLoaders } from '../modules/actors/actors.loaders.js';
import { createEventLoaders } from '../modules/events/events.loaders.js';
import { createExportLoaders } from '../modules/exports/exports.loaders.js';
import type { ExportsRuntime } from '../modules/exports/exports.runtime.js';
import { createFacilityLoaders } from '../modules/facilities/facilities.loaders.js';
import { createRegionLoaders } from '../modules/regions/regions.loaders.js';
import { createSourceLoaders } from '../modules/sources/sources.loaders.js';
import { createSummitLoaders } from '../modules/summits/summits.loaders.js';

/** Built once per request; loaders batch and cache look-ups for that request only. */
export interface RequestContext {
  requestId: string;
  db: Database;
  /** For work that needs its own connection (the standings recompute lock). */
  pool: pg.Pool;
  loaders: Loaders;
  log: Logger;
  /** Who is asking, from the Authorization header. */
  viewer: Viewer;
  access: AccessPolicy;
  /** Export files and job queue; absent where no queue runs (exports' writes then fail). */
  exports?: ExportsRuntime;
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Database) {
  return {
    ...createActorLoaders(db),
    ...createRegionLoaders(db),
    ...createSourceLoaders(db),
    ...createSummitLoaders(db),
    ...createFacilityLoaders(db),
    ...createEventLoaders(db),
    ...createExportLoaders(db),
  };
}
