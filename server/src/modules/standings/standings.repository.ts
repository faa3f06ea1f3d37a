import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groupBy } from '../../lib/collections.js';
import { actors, powers } from '../actors/actors.table.js';
import type { DeliveryEvidence, FacilityEvidence, RegionEvidence, SummitEvidence } from './engine.js';
import type { MethodologyParameters } from './methodology.js';
import type { Granularity } from './periods.js';
import { dataVersion, methodologyVersions, standingScores, standingsComputed } from './standings.table.js';

export type StandingScoreRow = typeof standingScores.$inferSelect;
export type MethodologyRow = typeof methodologyVersions.$inferSelect;

// ---------- methodology

export function listMethodologies(db: Database): Promise<MethodologyRow[]> {
  return db.select().from(methodologyVersions).orderBy(desc(methodologyVersions.version));
}

export async function findCurrentMethodology(db: Database): Promise<MethodologyRow | undefined> {
  const [row] = await db
    .select()
    .from(methodologyVersions)
    .orderBy(desc(methodologyVersions.version))
    .limit(1);
  return row;
}

export async function insertMethodology(
  db: Database,
  row: { version: number; name: string; description: string; parameters: MethodologyParameters },
): Promise<boolean> {
  const inserted = await db
    .insert(methodologyVersions)
    .values(row)
    .onConflictDoNothing()
    .returning({ version: methodologyVersions.version });
  return inserted.length > 0;
}

// ---------- freshness

export async function readVersions(db: Database): Promise<{ data: number; computed: number | null }> {
  const { rows } = await db.execute<{ data: string | null; computed: string | null }>(sql`
    SELECT (SELECT ${dataVersion.version} FROM ${dataVersion}) AS data,
           (SELECT ${standingsComputed.dataVersion} FROM ${standingsComputed}) AS computed`);
  const row = rows[0];
  return { data: Number(row?.data ?? 0), computed: row?.computed == null ? null : Number(row.computed) };
}

export async function markComputed(db: Database, version: number, durationMs: number): Promise<void> {
  await db
    .insert(standingsComputed)
    .values({ id: 1, dataVersion: version, durationMs })
    .onConflictDoUpdate({
      target: standingsComputed.id,
      set: { dataVersion: version, durationMs, computedAt: sql`now()` },
    });
}

// ---------- evidence

export function listPowerCodes(db: Database): Promise<{ code: string }[]> {
  return db.select({ code: powers.actorCode }).from(powers).orderBy(asc(powers.displayOrder));
}

interface EvidenceScope {
  region?: string;
  /** Summits starting on or after this day only. */
  summitsFrom?: string;
  summitsTo?: string;
  operator?: string;
}

/** Summits with their conveners, the region's attendance by level, and the powers' own records. */
export async function loadSummitEvidence(
  db: Database,
  scope: EvidenceScope = {},
): Promise<Map<string, SummitEvidence[]>> {
  const filters = sql.join(
    [
      sql`TRUE`,
      scope.region ? sql`sr.region_slug = ${scope.region}` : sql`TRUE`,
      scope.summitsFrom ? sql`s.start_date >= ${scope.summitsFrom}` : sql`TRUE`,
      scope.summitsTo ? sql`s.start_date <= ${scope.summitsTo}` : sql`TRUE`,
    ],
    sql` AND `,
  );
  const summits = await db.execute<{
    id: number;
    key: string;
    name: string;
    start_date: string;
    status: SummitEvidence['status'];
    region_slug: string;
    conveners: string[];
  }>(sql`
    SELECT s.id, s.key, s.name, s.start_date, s.status, sr.region_slug,
           coalesce((SELECT array_agg(sc.actor_code ORDER BY sc.actor_code) FROM summit_conveners sc WHERE sc.summit_id = s.id), '{}') AS conveners
    FROM summits s JOIN summit_regions sr ON sr.summit_id = s.id
    WHERE ${filters}`);
  const attendance = await db.execute<{
    summit_id: number;
    region_slug: string;
    level: SummitEvidence['memberAttendance'][number]['level'];
    count: number;
  }>(sql`
    SELECT sp.summit_id, sr.region_slug, sp.level, count(*)::int AS count
    FROM summit_participants sp
    JOIN summits s ON s.id = sp.summit_id
    JOIN summit_regions sr ON sr.summit_id = sp.summit_id
    JOIN region_members rm ON rm.region_slug = sr.region_slug AND rm.actor_code = sp.actor_code
    WHERE sp.status = 'attended' AND ${filters}
      AND NOT EXISTS (SELECT 1 FROM summit_conveners sc WHERE sc.summit_id = sp.summit_id AND sc.actor_code = sp.actor_code)
    GROUP BY sp.summit_id, sr.region_slug, sp.level`);
  const participation = await db.execute<{
    summit_id: number;
    actor_code: string;
    status: 'attended' | 'declined' | 'absent' | 'not_invited';
    level: SummitEvidence['memberAttendance'][number]['level'];
  }>(sql`
    SELECT sp.summit_id, sp.actor_code, sp.status, sp.level
    FROM summit_participants sp
    JOIN powers p ON p.actor_code = sp.actor_code
    JOIN summits s ON s.id = sp.summit_id
    WHERE EXISTS (SELECT 1 FROM summit_regions sr WHERE sr.summit_id = s.id AND ${filters})`);

  const attendanceBy = groupBy(attendance.rows, (row) => `${row.summit_id}:${row.region_slug}`);
  const participationBy = groupBy(participation.rows, (row) => row.summit_id);
  const byRegion = new Map<string, SummitEvidence[]>();
  for (const row of summits.rows) {
    const list = byRegion.get(row.region_slug) ?? [];
    list.push({
      key: row.key,
      name: row.name,
      startDate: row.start_date,
      status: row.status,
      conveners: row.conveners,
      memberAttendance: (attendanceBy.get(`${row.id}:${row.region_slug}`) ?? []).map(({ level, count }) => ({
        level,
        count,
      })),
      powerParticipation: Object.fromEntries(
        (participationBy.get(row.id) ?? []).map((entry) => [
          entry.actor_code,
          { status: entry.status, level: entry.level },
        ]),
      ),
    });
    byRegion.set(row.region_slug, list);
  }
  return byRegion;
}

/** Facilities of tracked powers, by the regions their host belongs to, with their timelines. */
export async function loadFacilityEvidence(
  db: Database,
  scope: EvidenceScope = {},
): Promise<Map<string, FacilityEvidence[]>> {
  const rows = await db.execute<{
    id: number;
    key: string;
    name: string;
    operator_code: string;
    kind: FacilityEvidence['kind'];
    region_slug: string;
    timeline: FacilityEvidence['timeline'];
  }>(sql`
    SELECT f.id, f.key, f.name, f.operator_code, f.kind, rm.region_slug,
           coalesce((SELECT json_agg(json_build_object('status', fs.status, 'validFrom', fs.valid_from, 'validTo', fs.valid_to) ORDER BY fs.valid_from)
                     FROM facility_statuses fs WHERE fs.facility_id = f.id), '[]') AS timeline
    FROM facilities f
    JOIN powers p ON p.actor_code = f.operator_code
    JOIN region_members rm ON rm.actor_code = f.host_code
    WHERE ${scope.region ? sql`rm.region_slug = ${scope.region}` : sql`TRUE`}
      AND ${scope.operator ? sql`f.operator_code = ${scope.operator}` : sql`TRUE`}`);
  const byRegion = new Map<string, FacilityEvidence[]>();
  for (const row of rows.rows) {
    const list = byRegion.get(row.region_slug) ?? [];
    list.push({
      key: row.key,
      name: row.name,
      operator: row.operator_code,
      kind: row.kind,
      timeline: row.timeline,
    });
    byRegion.set(row.region_slug, list);
  }
  return byRegion;
}

/** Delivery-years to each region's members, summed per supplier and year. */
export async function loadDeliveryTotals(
  db: Database,
  scope: EvidenceScope & { fromYear?: number; toYear?: number } = {},
) {
  const rows = await db.execute<{
    supplier_code: string;
    region_slug: string;
    year: number;
    units: number;
  }>(sql`
    SELECT a.supplier_code, rm.region_slug, y.year, count(*)::int AS units
    FROM arms_transfers a
    CROSS JOIN LATERAL unnest(a.delivery_years) AS y(year)
    JOIN region_members rm ON rm.actor_code = a.recipient_code
    WHERE ${scope.region ? sql`rm.region_slug = ${scope.region}` : sql`TRUE`}
      AND ${scope.fromYear ? sql`y.year >= ${scope.fromYear}` : sql`TRUE`}
      AND ${scope.toYear ? sql`y.year <= ${scope.toYear}` : sql`TRUE`}
    GROUP BY a.supplier_code, rm.region_slug, y.year`);
  const byRegion = new Map<string, DeliveryEvidence[]>();
  for (const row of rows.rows) {
    const list = byRegion.get(row.region_slug) ?? [];
    list.push({ supplier: row.supplier_code, year: row.year, units: row.units });
    byRegion.set(row.region_slug, list);
  }
  return byRegion;
}

/** One supplier's deliveries to a region, one row per transfer and year, for explanations. */
export async function loadSupplierDeliveries(
  db: Database,
  supplier: string,
  region: string,
  fromYear: number,
  toYear: number,
): Promise<DeliveryEvidence[]> {
  const rows = await db.execute<{ key: string; designation: string; recipient: string; year: number }>(sql`
    SELECT a.key, a.designation, r.name AS recipient, y.year
    FROM arms_transfers a
    CROSS JOIN LATERAL unnest(a.delivery_years) AS y(year)
    JOIN region_members rm ON rm.actor_code = a.recipient_code AND rm.region_slug = ${region}
    JOIN actors r ON r.code = a.recipient_code
    WHERE a.supplier_code = ${supplier} AND y.year BETWEEN ${fromYear} AND ${toYear}`);
  return rows.rows.map((row) => ({
    supplier,
    year: row.year,
    units: 1,
    transfer: { key: row.key, label: `${row.designation} to ${row.recipient}` },
  }));
}

export async function loadRegionEvidence(db: Database): Promise<Map<string, RegionEvidence>> {
  const [summits, facilities, deliveries] = [
    await loadSummitEvidence(db),
    await loadFacilityEvidence(db),
    await loadDeliveryTotals(db),
  ];
  const regionSlugs = new Set([...summits.keys(), ...facilities.keys(), ...deliveries.keys()]);
  return new Map(
    [...regionSlugs].map((slug) => [
      slug,
      {
        summits: summits.get(slug) ?? [],
        facilities: facilities.get(slug) ?? [],
        deliveries: deliveries.get(slug) ?? [],
      },
    ]),
  );
}

// ---------- scores

export async function replaceScores(db: Database, rows: StandingScoreRow[]): Promise<void> {
  await db.delete(standingScores);
  // Parameters per statement stay under Postgres's 65,535 limit.
  for (let start = 0; start < rows.length; start += 4000) {
    await db.insert(standingScores).values(rows.slice(start, start + 4000));
  }
}

export function findScores(
  db: Database,
  filter: {
    version: number;
    region: string;
    granularity: Granularity;
    from?: string;
    to?: string;
    powers?: string[];
  },
): Promise<(StandingScoreRow & { powerName: string; colour: string })[]> {
  return db
    .select({
      methodologyVersion: standingScores.methodologyVersion,
      regionSlug: standingScores.regionSlug,
      granularity: standingScores.granularity,
      periodStart: standingScores.periodStart,
      powerCode: standingScores.powerCode,
      summitsRaw: standingScores.summitsRaw,
      basesRaw: standingScores.basesRaw,
      armsRaw: standingScores.armsRaw,
      summits: standingScores.summits,
      bases: standingScores.bases,
      arms: standingScores.arms,
      composite: standingScores.composite,
      rank: standingScores.rank,
      change: standingScores.change,
      powerName: actors.name,
      colour: powers.colour,
    })
    .from(standingScores)
    .innerJoin(actors, eq(actors.code, standingScores.powerCode))
    .innerJoin(powers, eq(powers.actorCode, standingScores.powerCode))
    .where(
      and(
        eq(standingScores.methodologyVersion, filter.version),
        eq(standingScores.regionSlug, filter.region),
        eq(standingScores.granularity, filter.granularity),
        filter.from ? gte(standingScores.periodStart, filter.from) : undefined,
        filter.to ? lte(standingScores.periodStart, filter.to) : undefined,
        filter.powers ? inArray(standingScores.powerCode, filter.powers) : undefined,
      ),
    )
    .orderBy(asc(powers.displayOrder), asc(standingScores.periodStart));
}
