// Every table, for drizzle-kit and the typed query builder.
export * from './columns.js';
export * from '../modules/sources/sources.table.js';
export * from '../modules/actors/actors.table.js';
export * from '../modules/regions/regions.table.js';
export * from '../modules/summits/summits.table.js';
export * from '../modules/facilities/facilities.table.js';
export * from '../modules/arms/arms.table.js';
export * from '../modules/events/events.table.js';
export * from '../modules/standings/standings.table.js';
export * from '../modules/queries/saved-queries.table.js';
export * from '../modules/exports/exports.table.js';
export * from '../modules/auth/auth.table.js';
