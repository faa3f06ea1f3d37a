import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** mulberry32: a small seeded PRNG, so the generated dataset is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LargeDatasetSize {
  armsTransfers: number;
  summits: number;
  participantsPerSummit: number;
  facilities: number;
}

export const largeDatasetSize: LargeDatasetSize = {
  armsTransfers: 1_000_000,
  summits: 10_000,
  participantsPerSummit: 20, // 200,000 participations
  facilities: 20_000,
};

const ID_OFFSET = 10_000_000;

/** Streams rows into a table with COPY … FROM STDIN (CSV), never row by row. */
async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  rows: Iterable<string>,
): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`));
  await pipeline(Readable.from(batched(rows)), stream);
}

function* batched(rows: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += row + '\n';
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Adds a deterministic synthetic dataset on top of the demo data (its actors and regions):
 * arms transfers, summits with participants, and facilities with status timelines.
 */
export async function generateLargeDataset(
  pool: pg.Pool,
  size: LargeDatasetSize,
  seed = 20251013,
): Promise<void> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const client = await pool.connect();
  try {
    const { rows: memberRows } = await client.query<{ region_slug: string; actor_code: string }>(
      'SELECT region_slug, actor_code FROM region_members ORDER BY region_slug, actor_code',
    );
    const { rows: actorRows } = await client.query<{ code: string }>(
      `SELECT code FROM actors WHERE kind = 'state' ORDER BY code`,
    );
    const powers = ['RUS', 'USA', 'CHN', 'TUR'];
    const suppliers = [...powers, 'FRA', 'GBR', 'DEU', 'ITA'];
    const regions = [...new Set(memberRows.map((row) => row.region_slug))];
    const members = (region: string) =>
      memberRows.filter((row) => row.region_slug === region).map((row) => row.actor_code);
    const allMembers = memberRows.map((row) => row.actor_code);
    const states = actorRows.map((row) => row.code);
    const categories = [
      'aircraft',
      'air_defence',
      'armoured_vehicles',
      'artillery',
      'missiles',
      'ships',
      'sensors',
    ];
    const year = () => 2010 + Math.floor(random() * 16);
    const day = (fromYear: number, years: number) => {
      const date = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(random() * years * 365) * 86_400_000);
      return date.toISOString().slice(0, 10);
    };

    await client.query('BEGIN');
    await copyRows(
      client,
      'arms_transfers',
      [
        'key',
        'supplier_code',
        'recipient_code',
        'category',
        'designation',
        'description',
        'quantity',
        'order_year',
        'delivery_years',
        'status',
        'confidence',
      ],
      (function* () {
        for (let index = 0; index < size.armsTransfers; index++) {
          const supplier = pick(suppliers);
          let recipient = pick(allMembers);
          if (recipient === supplier) recipient = 'EGY';
          const ordered = year();
          const span = Math.floor(random() * 4);
          const deliveries = Array.from({ length: span }, (_, offset) => ordered + 1 + offset).filter(
            (y) => y <= 2025,
          );
          const status = deliveries.length === 0 ? 'ordered' : random() < 0.7 ? 'delivered' : 'delivering';
          yield `bench-transfer-${index},${supplier},${recipient},${pick(categories)},Type ${index % 97},Synthetic,${1 + Math.floor(random() * 40)},${ordered},"{${deliveries.join(',')}}",${status},low`;
        }
      })(),
    );

    await copyRows(
      client,
      'summits',
      [
        'id',
        'key',
        'name',
        'host_code',
        'city',
        'start_date',
        'end_date',
        'status',
        'description',
        'confidence',
      ],
      (function* () {
        for (let index = 0; index < size.summits; index++) {
          const date = day(2014, 12);
          const status = random() < 0.93 ? 'held' : random() < 0.5 ? 'postponed' : 'cancelled';
          yield `${ID_OFFSET + index},bench-summit-${index},Synthetic summit ${index},${pick(states)},City,${date},${date},${status},Synthetic,low`;
        }
      })(),
    );
    const summitRegion = Array.from({ length: size.summits }, () => pick(regions));
    const summitConvener = Array.from({ length: size.summits }, (_, index) =>
      random() < 0.5 ? pick(powers) : pick(members(summitRegion[index]!)),
    );
    await copyRows(
      client,
      'summit_regions',
      ['summit_id', 'region_slug'],
      summitRegion.map((region, index) => `${ID_OFFSET + index},${region}`),
    );
    await copyRows(
      client,
      'summit_conveners',
      ['summit_id', 'actor_code'],
      summitConvener.map((actor, index) => `${ID_OFFSET + index},${actor}`),
    );
    const levels = ['head_of_state', 'head_of_government', 'minister', 'envoy', 'official'];
    await copyRows(
      client,
      'summit_participants',
      ['summit_id', 'actor_code', 'status', 'level', 'confidence'],
      (function* () {
        for (let index = 0; index < size.summits; index++) {
          const chosen = new Set<string>();
          while (chosen.size < size.participantsPerSummit) chosen.add(pick(states));
          for (const actor of chosen) {
            const roll = random();
            const status =
              roll < 0.75 ? 'attended' : roll < 0.85 ? 'absent' : roll < 0.95 ? 'declined' : 'not_invited';
            yield `${ID_OFFSET + index},${actor},${status},${status === 'attended' ? pick(levels) : ''},low`;
          }
        }
      })(),
    );

    const kinds = ['air', 'naval', 'ground', 'logistics', 'intelligence'];
    const statuses = ['active', 'contested', 'negotiating', 'agreed', 'suspended', 'withdrawn', 'lost'];
    const facilityHosts: string[] = [];
    await copyRows(
      client,
      'facilities',
      [
        'id',
        'key',
        'name',
        'host_code',
        'operator_code',
        'kind',
        'latitude',
        'longitude',
        'description',
        'confidence',
      ],
      (function* () {
        for (let index = 0; index < size.facilities; index++) {
          const operator = pick(powers);
          let host = pick(allMembers);
          if (host === operator) host = 'SYR';
          facilityHosts.push(host);
          yield `${ID_OFFSET + index},bench-facility-${index},Facility ${index},${host},${operator},${pick(kinds)},${(random() * 60 - 10).toFixed(4)},${(random() * 80).toFixed(4)},Synthetic,low`;
        }
      })(),
    );
    await copyRows(
      client,
      'facility_statuses',
      ['facility_id', 'status', 'valid_from', 'valid_to', 'confidence'],
      (function* () {
        for (let index = 0; index < size.facilities; index++) {
          const start = day(2010, 8);
          const change = day(2019, 6);
          yield `${ID_OFFSET + index},active,${start},${change},low`;
          yield `${ID_OFFSET + index},${pick(statuses)},${change},,low`;
        }
      })(),
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
