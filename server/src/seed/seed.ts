import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import * as t from '../db/schema.js';
import type { Dataset } from './dataset.js';
import type { Confidence } from './dataset.types.js';
import { validateDataset } from './validate-dataset.js';

export interface SeedResult {
  inserted: Record<string, number>;
}

export class DatasetInvalidError extends Error {
  override readonly name = 'DatasetInvalidError';
  constructor(readonly problems: { path: string; message: string }[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  }
}

/**
 * Loads the dataset in one transaction. Records are matched by their natural keys and only
 * missing ones are inserted: running it twice changes nothing, and rows an editor has since
 * changed are never overwritten.
 */
export async function seedDatabase(db: Database, dataset: Dataset): Promise<SeedResult> {
  const problems = validateDataset(dataset);
  if (problems.length > 0) throw new DatasetInvalidError(problems);

  return db.transaction(async (tx) => {
    // One seeder at a time, however many servers start together.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('clout:seed'))`);
    const inserted: Record<string, number> = {};
    const count = (name: string, rows: unknown[]) => (inserted[name] = (inserted[name] ?? 0) + rows.length);

    count(
      'actors',
      await tx
        .insert(t.actors)
        .values(dataset.actors)
        .onConflictDoNothing()
        .returning({ code: t.actors.code }),
    );
    count(
      'powers',
      await tx
        .insert(t.powers)
        .values(
          dataset.powers.map((power, index) => ({
            actorCode: power.code,
            colour: power.colour,
            displayOrder: index + 1,
          })),
        )
        .onConflictDoNothing()
        .returning({ code: t.powers.actorCode }),
    );
    count(
      'regions',
      await tx
        .insert(t.regions)
        .values(dataset.regions.map(({ slug, name, description }) => ({ slug, name, description })))
        .onConflictDoNothing()
        .returning({ slug: t.regions.slug }),
    );
    await tx
      .insert(t.regionMembers)
      .values(
        dataset.regions.flatMap((region) =>
          region.members.map((actorCode) => ({ regionSlug: region.slug, actorCode })),
        ),
      )
      .onConflictDoNothing();

    const sourceIdByKey = await upsertSources(tx, dataset, count);

    const sourceLinks = <T extends object>(keys: string[], link: (sourceId: number) => T): T[] =>
      [...new Set(keys.map((key) => sourceIdByKey.get(key)!))].map(link);

    // Summits, then their conveners, regions, participants and citations — only for new summits.
    const newSummits = await insertNew(tx, t.summits, dataset.summits, (summit) => ({
      key: summit.key,
      name: summit.name,
      hostCode: summit.host,
      city: summit.city,
      startDate: summit.startDate,
      endDate: summit.endDate,
      status: summit.status,
      description: summit.description,
      confidence: summit.confidence,
    }));
    count('summits', newSummits);
    await insertAll(
      tx,
      t.summitConveners,
      newSummits.flatMap(({ id, seed }) => seed.conveners.map((actorCode) => ({ summitId: id, actorCode }))),
    );
    await insertAll(
      tx,
      t.summitRegions,
      newSummits.flatMap(({ id, seed }) => seed.regions.map((regionSlug) => ({ summitId: id, regionSlug }))),
    );
    await insertAll(
      tx,
      t.summitSources,
      newSummits.flatMap(({ id, seed }) =>
        sourceLinks(seed.sources, (sourceId) => ({ summitId: id, sourceId })),
      ),
    );
    const participantSeeds = newSummits.flatMap(({ id, seed }) =>
      seed.participants.map((participant) => ({ summitId: id, participant })),
    );
    const participantRows = participantSeeds.length
      ? await tx
          .insert(t.summitParticipants)
          .values(
            participantSeeds.map(({ summitId, participant }) => ({
              summitId,
              actorCode: participant.actor,
              status: participant.status,
              level: participant.level,
              note: participant.note ?? null,
              confidence: participant.confidence,
            })),
          )
          .returning({ id: t.summitParticipants.id })
      : [];
    count('summitParticipants', participantRows);
    await insertAll(
      tx,
      t.summitParticipantSources,
      participantRows.flatMap(({ id }, index) =>
        sourceLinks(participantSeeds[index]!.participant.sources, (sourceId) => ({
          participantId: id,
          sourceId,
        })),
      ),
    );

    const newFacilities = await insertNew(tx, t.facilities, dataset.facilities, (facility) => ({
      key: facility.key,
      name: facility.name,
      hostCode: facility.host,
      operatorCode: facility.operator,
      kind: facility.kind,
      latitude: facility.latitude,
      longitude: facility.longitude,
      description: facility.description,
      confidence: facility.confidence,
    }));
    count('facilities', newFacilities);
    await insertAll(
      tx,
      t.facilitySources,
      newFacilities.flatMap(({ id, seed }) =>
        sourceLinks(seed.sources, (sourceId) => ({ facilityId: id, sourceId })),
      ),
    );
    const statusSeeds = newFacilities.flatMap(({ id, seed }) =>
      seed.statuses.map((period) => ({ facilityId: id, period })),
    );
    const statusRows = statusSeeds.length
      ? await tx
          .insert(t.facilityStatuses)
          .values(
            statusSeeds.map(({ facilityId, period }) => ({
              facilityId,
              status: period.status,
              validFrom: period.validFrom,
              validTo: period.validTo,
              note: period.note ?? null,
              confidence: period.confidence,
            })),
          )
          .returning({ id: t.facilityStatuses.id })
      : [];
    count('facilityStatuses', statusRows);
    await insertAll(
      tx,
      t.facilityStatusSources,
      statusRows.flatMap(({ id }, index) =>
        sourceLinks(statusSeeds[index]!.period.sources, (sourceId) => ({ facilityStatusId: id, sourceId })),
      ),
    );

    const newTransfers = await insertNew(tx, t.armsTransfers, dataset.armsTransfers, (transfer) => ({
      key: transfer.key,
      supplierCode: transfer.supplier,
      recipientCode: transfer.recipient,
      category: transfer.category,
      designation: transfer.designation,
      description: transfer.description,
      quantity: transfer.quantity,
      orderYear: transfer.orderYear,
      deliveryYears: [...transfer.deliveryYears].sort((a, b) => a - b),
      status: transfer.status,
      tivMillions: transfer.tivMillions?.toString() ?? null,
      dealValueUsdMillions: transfer.dealValueUsdMillions?.toString() ?? null,
      confidence: transfer.confidence,
    }));
    count('armsTransfers', newTransfers);
    await insertAll(
      tx,
      t.armsTransferSources,
      newTransfers.flatMap(({ id, seed }) =>
        sourceLinks(seed.sources, (sourceId) => ({ armsTransferId: id, sourceId })),
      ),
    );

    const newEvents = await insertNew(tx, t.events, dataset.events, (event) => ({
      key: event.key,
      occurredOn: event.date,
      title: event.title,
      kind: event.kind,
      description: event.description,
      confidence: event.confidence,
    }));
    count('events', newEvents);
    await insertAll(
      tx,
      t.eventActors,
      newEvents.flatMap(({ id, seed }) => seed.actors.map((actorCode) => ({ eventId: id, actorCode }))),
    );
    await insertAll(
      tx,
      t.eventRegions,
      newEvents.flatMap(({ id, seed }) => seed.regions.map((regionSlug) => ({ eventId: id, regionSlug }))),
    );
    await insertAll(
      tx,
      t.eventSources,
      newEvents.flatMap(({ id, seed }) =>
        sourceLinks(seed.sources, (sourceId) => ({ eventId: id, sourceId })),
      ),
    );

    return { inserted };
  });
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type KeyedTable = typeof t.summits | typeof t.facilities | typeof t.armsTransfers | typeof t.events;

/** Inserts the rows whose key is new; returns each new row's id beside the seed it came from. */
async function insertNew<S extends { key: string; confidence: Confidence }>(
  tx: Transaction,
  table: KeyedTable,
  seeds: S[],
  toRow: (seed: S) => KeyedTable['$inferInsert'],
): Promise<{ id: number; seed: S }[]> {
  if (seeds.length === 0) return [];
  const rows = await tx
    .insert(table)
    .values(seeds.map(toRow) as never)
    .onConflictDoNothing({ target: table.key })
    .returning({ id: table.id, key: table.key });
  const seedByKey = new Map(seeds.map((seed) => [seed.key, seed]));
  return rows.map((row) => ({ id: row.id, seed: seedByKey.get(row.key)! }));
}

async function insertAll(
  tx: Transaction,
  table: Parameters<Transaction['insert']>[0],
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(table)
    .values(rows as never)
    .onConflictDoNothing();
}

/** Sources are matched by URL; several dataset keys may name one page. */
async function upsertSources(
  tx: Transaction,
  dataset: Dataset,
  count: (name: string, rows: unknown[]) => void,
): Promise<Map<string, number>> {
  const firstByUrl = new Map<string, Dataset['sources'][number]>();
  for (const source of dataset.sources) if (!firstByUrl.has(source.url)) firstByUrl.set(source.url, source);
  const unique = [...firstByUrl.values()];
  if (unique.length === 0) return new Map();
  count(
    'sources',
    await tx.insert(t.sources).values(unique).onConflictDoNothing().returning({ id: t.sources.id }),
  );
  const rows = await tx
    .select({ id: t.sources.id, url: t.sources.url })
    .from(t.sources)
    .where(
      inArray(
        t.sources.url,
        unique.map((source) => source.url),
      ),
    );
  const idByUrl = new Map(rows.map((row) => [row.url, row.id]));
  return new Map(dataset.sources.map((source) => [source.key, idByUrl.get(source.url)!]));
}
