import { drizzle } from 'drizzle-orm/node-postgres';
import type { Database, DatabaseHandle } from '../../db/client.js';
import * as schema from '../../db/schema.js';
import { parseActorCode, parseActorCodes } from '../../graphql/arguments.js';
import { badUserInput } from '../../graphql/errors.js';
import { LruCache } from '../../lib/cache.js';
import { todayUtc } from '../../lib/dates.js';
import { assertKnownRegion } from '../regions/regions.service.js';
import {
  decomposeChange,
  explain,
  scorePeriod,
  scoreRegion,
  type ExplainedContribution,
  type SubIndexChange,
  type SubIndices,
} from './engine.js';
import {
  describeMethodology,
  FAMILIES,
  methodologyV1,
  type Family,
  type FamilyWeights,
} from './methodology.js';
import {
  listPeriods,
  monthsBefore,
  periodEndOf,
  periodStartOf,
  shiftPeriod,
  type Granularity,
} from './periods.js';
import {
  findCurrentMethodology,
  findScores,
  insertMethodology,
  listMethodologies,
  listPowerCodes,
  loadDeliveryTotals,
  loadFacilityEvidence,
  loadRegionEvidence,
  loadSummitEvidence,
  loadSupplierDeliveries,
  markComputed,
  readVersions,
  replaceScores,
  type MethodologyRow,
  type StandingScoreRow,
} from './standings.repository.js';

const GRANULARITIES: Granularity[] = ['month', 'quarter', 'year'];

export async function ensureDefaultMethodology(db: Database): Promise<void> {
  if (await findCurrentMethodology(db)) return;
  await insertMethodology(db, {
    version: 1,
    name: methodologyV1.name,
    description: describeMethodology(methodologyV1.parameters),
    parameters: methodologyV1.parameters,
  });
}

export interface RecomputeResult {
  recomputed: boolean;
  rows: number;
  durationMs: number;
  dataVersion: number;
}

/**
 * Rebuilds every stored score from one consistent snapshot and swaps them in one transaction,
 * so readers see all old or all new scores. One process recomputes at a time (advisory lock);
 * with `onlyIfStale`, a process that waited finds the work done and returns.
 */
export async function recomputeStandings(
  handle: Pick<DatabaseHandle, 'pool'>,
  options: { onlyIfStale: boolean; today?: string },
): Promise<RecomputeResult> {
  const client = await handle.pool.connect();
  const db = drizzle(client, { schema });
  const started = performance.now();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('clout:standings-recompute'))`);
    // Before the snapshot: inserting the methodology bumps the data version.
    await ensureDefaultMethodology(db);
    return await db.transaction(
      async (tx) => {
        const versions = await readVersions(tx);
        if (options.onlyIfStale && versions.computed !== null && versions.computed >= versions.data) {
          return { recomputed: false, rows: 0, durationMs: 0, dataVersion: versions.data };
        }
        const rows = await computeAllScores(tx, options.today ?? todayUtc());
        await replaceScores(tx, rows);
        const durationMs = Math.round(performance.now() - started);
        await markComputed(tx, versions.data, durationMs);
        return { recomputed: true, rows: rows.length, durationMs, dataVersion: versions.data };
      },
      { isolationLevel: 'repeatable read' },
    );
  } finally {
    await client
      .query(`SELECT pg_advisory_unlock(hashtext('clout:standings-recompute'))`)
      .catch(() => undefined);
    client.release();
  }
}

async function computeAllScores(db: Database, today: string): Promise<StandingScoreRow[]> {
  const [methodologies, powerRows, evidenceByRegion, regionRows] = [
    await listMethodologies(db),
    await listPowerCodes(db),
    await loadRegionEvidence(db),
    await db.select({ slug: schema.regions.slug }).from(schema.regions),
  ];
  const powers = powerRows.map((row) => row.code);
  const rows: StandingScoreRow[] = [];
  for (const methodology of methodologies) {
    const parameters = methodology.parameters;
    for (const { slug } of regionRows) {
      const evidence = evidenceByRegion.get(slug) ?? { summits: [], facilities: [], deliveries: [] };
      for (const granularity of GRANULARITIES) {
        const periods = listPeriods(parameters.firstPeriod, today, granularity);
        for (const { periodStart, scores } of scoreRegion(
          evidence,
          powers,
          periods,
          granularity,
          parameters,
        )) {
          for (const score of scores) {
            rows.push({
              methodologyVersion: methodology.version,
              regionSlug: slug,
              granularity,
              periodStart,
              powerCode: score.power,
              summitsRaw: score.raw.summits,
              basesRaw: score.raw.bases,
              armsRaw: score.raw.arms,
              summits: score.normalised.summits,
              bases: score.normalised.bases,
              arms: score.normalised.arms,
              composite: score.composite,
              rank: score.rank,
              change: score.change,
            });
          }
        }
      }
    }
  }
  return rows;
}

/**
 * Reads never see scores older than the data: a stale read waits for one recompute. Returns the
 * data version the stored scores reflect, for cache keys.
 */
export async function ensureFreshStandings(handle: Pick<DatabaseHandle, 'pool' | 'db'>): Promise<number> {
  const versions = await readVersions(handle.db);
  if (versions.computed !== null && versions.computed >= versions.data) return versions.data;
  return (await recomputeStandings(handle, { onlyIfStale: true })).dataVersion;
}

type Series = { power: StandingPointView['power']; granularity: Granularity; points: StandingPointView[] }[];

// Series are immutable for a data version; 200 recent answers cover a newsroom's dashboards.
const seriesCache = new LruCache<Series>(200);

// ---------- reading

export interface StandingPointView {
  period: string;
  granularity: Granularity;
  power: { code: string; name: string; colour: string };
  subIndices: SubIndices;
  composite: number | null;
  rank: number | null;
  change: number | null;
  weights: FamilyWeights;
}

export interface StandingsQuery {
  region: string;
  powers?: string[] | null;
  from?: string | null;
  to?: string | null;
  granularity?: Granularity | null;
  weights?: Partial<Record<Family, number | null>> | null;
}

export async function getCurrentMethodology(db: Database): Promise<MethodologyRow> {
  const methodology = await findCurrentMethodology(db);
  if (methodology) return methodology;
  await ensureDefaultMethodology(db);
  return (await findCurrentMethodology(db))!;
}

export function getMethodologies(db: Database): Promise<MethodologyRow[]> {
  return listMethodologies(db);
}

/** Validates custom weights: non-negative, finite, not all zero; returns them normalised to sum 1. */
export function parseWeights(input: StandingsQuery['weights'], defaults: FamilyWeights): FamilyWeights {
  if (!input) return defaults;
  const weights = { ...defaults };
  for (const family of FAMILIES) {
    const value = input[family];
    if (value === undefined || value === null) continue;
    if (!Number.isFinite(value) || value < 0)
      throw badUserInput(`weights.${family}`, `must be a non-negative number, got ${value}`);
    weights[family] = value;
  }
  const total = FAMILIES.reduce((sum, family) => sum + weights[family], 0);
  if (total === 0) throw badUserInput('weights', 'must not all be zero');
  return Object.fromEntries(FAMILIES.map((family) => [family, weights[family] / total])) as FamilyWeights;
}

/** One series per requested power; custom weights re-score from stored sub-indices without writing. */
export async function getStandings(
  handle: Pick<DatabaseHandle, 'pool' | 'db'>,
  query: StandingsQuery,
): Promise<Series> {
  const dataVersion = await ensureFreshStandings(handle);
  const cacheKey = JSON.stringify([
    dataVersion,
    query.region,
    query.powers,
    query.from,
    query.to,
    query.granularity,
    query.weights,
  ]);
  const cached = seriesCache.get(cacheKey);
  if (cached) return cached;
  const series = await computeStandings(handle.db, query);
  seriesCache.set(cacheKey, series);
  return series;
}

async function computeStandings(db: Database, query: StandingsQuery): Promise<Series> {
  await assertKnownRegion(db, 'region', query.region);
  const requested = query.powers ? parseActorCodes('powers', query.powers) : null;
  if (requested) {
    const tracked = new Set((await listPowerCodes(db)).map((row) => row.code));
    const index = requested.findIndex((code) => !tracked.has(code));
    if (index >= 0) throw badUserInput(`powers[${index}]`, `${requested[index]} is not a tracked power`);
  }
  if (query.from && query.to && query.from > query.to)
    throw badUserInput('from', `must not be after \`to\` (${query.from} > ${query.to})`);
  const granularity = query.granularity ?? 'quarter';
  const methodology = await getCurrentMethodology(db);
  const weights = parseWeights(query.weights, methodology.parameters.weights);
  const custom = Boolean(query.weights);

  const rows = await findScores(db, {
    version: methodology.version,
    region: query.region,
    granularity,
    from: query.from ? periodStartOf(query.from, granularity) : undefined,
    to: query.to ?? undefined,
    // Ranks and changes under custom weights need every power, not just the requested ones.
    powers: custom ? undefined : (requested ?? undefined),
  });

  const points = custom ? rescore(rows, weights) : rows.map((row) => toPoint(row, weights));
  const series = new Map<string, StandingPointView[]>();
  for (const point of points) {
    if (requested && !requested.includes(point.power.code)) continue;
    series.set(point.power.code, [...(series.get(point.power.code) ?? []), point]);
  }
  const order = requested ?? [...series.keys()];
  return order
    .filter((code) => series.has(code))
    .map((code) => ({ power: series.get(code)![0]!.power, granularity, points: series.get(code)! }));
}

type ScoreWithPower = Awaited<ReturnType<typeof findScores>>[number];

function toPoint(row: ScoreWithPower, weights: FamilyWeights): StandingPointView {
  return {
    period: row.periodStart,
    granularity: row.granularity,
    power: { code: row.powerCode, name: row.powerName, colour: row.colour },
    subIndices: { summits: row.summits, bases: row.bases, arms: row.arms },
    composite: row.composite,
    rank: row.rank,
    change: row.change,
    weights,
  };
}

/** Composites, ranks and changes under other weights, from the stored sub-indices. */
function rescore(rows: ScoreWithPower[], weights: FamilyWeights): StandingPointView[] {
  const byPeriod = new Map<string, ScoreWithPower[]>();
  for (const row of rows) byPeriod.set(row.periodStart, [...(byPeriod.get(row.periodStart) ?? []), row]);
  const previous = new Map<string, number | null>();
  const points: StandingPointView[] = [];
  for (const period of [...byPeriod.keys()].sort()) {
    const periodRows = byPeriod.get(period)!;
    // Raw scores are already normalised here: re-normalising 0–100 values leaves them unchanged.
    const scored = scorePeriod(
      periodRows.map((row) => row.powerCode),
      periodRows.map((row) => ({ summits: row.summits, bases: row.bases, arms: row.arms })),
      weights,
    );
    scored.forEach((score, index) => {
      const before = previous.get(score.power) ?? null;
      const change =
        score.composite !== null && before !== null
          ? Math.round((score.composite - before) * 1e6) / 1e6
          : null;
      points.push({
        ...toPoint(periodRows[index]!, weights),
        composite: score.composite,
        rank: score.rank,
        change,
      });
      previous.set(score.power, score.composite);
    });
  }
  return points;
}

export async function getRankings(
  handle: Pick<DatabaseHandle, 'pool' | 'db'>,
  query: { region: string; period: string; granularity: Granularity },
): Promise<StandingPointView[]> {
  await assertKnownRegion(handle.db, 'region', query.region);
  await ensureFreshStandings(handle);
  const methodology = await getCurrentMethodology(handle.db);
  const period = periodStartOf(query.period, query.granularity);
  const rows = await findScores(handle.db, {
    version: methodology.version,
    region: query.region,
    granularity: query.granularity,
    from: period,
    to: period,
  });
  return rows
    .map((row) => toPoint(row, methodology.parameters.weights))
    .sort(
      (a, b) =>
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
        a.power.code.localeCompare(b.power.code),
    );
}

export interface Breakdown extends StandingPointView {
  regionSlug: string;
  methodology: MethodologyRow;
  contributions: ExplainedContribution[];
  subIndexChanges: (SubIndexChange & { family: Family })[];
}

const rawColumn = { summits: 'summitsRaw', bases: 'basesRaw', arms: 'armsRaw' } as const;

/** Each sub-index's change since the previous period, split into own records and rescaling. */
async function explainSubIndexChanges(
  db: Database,
  scope: { version: number; region: string; granularity: Granularity; period: string; power: string },
): Promise<Breakdown['subIndexChanges']> {
  const previous = shiftPeriod(scope.period, scope.granularity, -1);
  const rows = await findScores(db, { ...scope, from: previous, to: scope.period });
  const powers = [...new Set(rows.map((row) => row.powerCode))];
  const rawsAt = (period: string, family: Family) =>
    powers.map(
      (code) =>
        rows.find((row) => row.periodStart === period && row.powerCode === code)?.[rawColumn[family]] ?? null,
    );
  const index = powers.indexOf(scope.power);
  return FAMILIES.map((family) => ({
    family,
    ...decomposeChange(rawsAt(scope.period, family), rawsAt(previous, family), index),
  }));
}

/** A stored point with the records behind it, each with its contribution and change. */
export async function getBreakdown(
  handle: Pick<DatabaseHandle, 'pool' | 'db'>,
  query: { power: string; region: string; period: string; granularity: Granularity },
): Promise<Breakdown | null> {
  const { db } = handle;
  const power = parseActorCode('power', query.power);
  await assertKnownRegion(db, 'region', query.region);
  await ensureFreshStandings(handle);
  const methodology = await getCurrentMethodology(db);
  const period = periodStartOf(query.period, query.granularity);
  const [row] = await findScores(db, {
    version: methodology.version,
    region: query.region,
    granularity: query.granularity,
    from: period,
    to: period,
    powers: [power],
  });
  if (!row) return null;

  const p = methodology.parameters;
  const periodEnd = periodEndOf(period, query.granularity);
  const previousEnd = periodEndOf(shiftPeriod(period, query.granularity, -1), query.granularity);
  const lastYear = Number(periodEnd.slice(0, 4));
  const firstYear = lastYear - p.armsWindowYears;
  const [summits, facilities, totals, own] = [
    await loadSummitEvidence(db, {
      region: query.region,
      summitsFrom: monthsBefore(previousEnd, p.summitWindowMonths),
      summitsTo: periodEnd,
    }),
    await loadFacilityEvidence(db, { region: query.region, operator: power }),
    await loadDeliveryTotals(db, { region: query.region, fromYear: firstYear, toYear: lastYear }),
    await loadSupplierDeliveries(db, power, query.region, firstYear, lastYear),
  ];
  const deliveries = [
    ...(totals.get(query.region) ?? []).filter((delivery) => delivery.supplier !== power),
    ...own,
  ];
  const evidence = {
    summits: summits.get(query.region) ?? [],
    facilities: facilities.get(query.region) ?? [],
    deliveries,
  };
  return {
    ...toPoint(row, p.weights),
    regionSlug: query.region,
    methodology,
    contributions: explain(evidence, power, period, query.granularity, p),
    subIndexChanges: await explainSubIndexChanges(db, {
      version: methodology.version,
      region: query.region,
      granularity: query.granularity,
      period,
      power,
    }),
  };
}
