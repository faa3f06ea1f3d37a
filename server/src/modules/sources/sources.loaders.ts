import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { armsTransferSources } from '../arms/arms.table.js';
import { eventSources } from '../events/events.table.js';
import { facilitySources, facilityStatusSources } from '../facilities/facilities.table.js';
import { summitParticipantSources, summitSources } from '../summits/summits.table.js';
import {
  citedRecordKey,
  findCitedSources,
  findSourcesForRecords,
  type CitationLink,
  type CitedRecord,
  type SourceRow,
} from './sources.repository.js';

function citationLoader(db: Database, link: CitationLink) {
  return new DataLoader<number, SourceRow[]>(async (ownerIds) => {
    const byOwner = await findCitedSources(db, link, ownerIds);
    return ownerIds.map((id) => byOwner.get(id) ?? []);
  });
}

/** One loader per kind of citing record: every `sources` field costs one query per request. */
export function createSourceLoaders(db: Database) {
  return {
    sourcesBySummit: citationLoader(db, {
      table: summitSources,
      ownerColumn: summitSources.summitId,
      sourceColumn: summitSources.sourceId,
    }),
    sourcesByParticipant: citationLoader(db, {
      table: summitParticipantSources,
      ownerColumn: summitParticipantSources.participantId,
      sourceColumn: summitParticipantSources.sourceId,
    }),
    sourcesByFacility: citationLoader(db, {
      table: facilitySources,
      ownerColumn: facilitySources.facilityId,
      sourceColumn: facilitySources.sourceId,
    }),
    sourcesByFacilityStatus: citationLoader(db, {
      table: facilityStatusSources,
      ownerColumn: facilityStatusSources.facilityStatusId,
      sourceColumn: facilityStatusSources.sourceId,
    }),
    sourcesByArmsTransfer: citationLoader(db, {
      table: armsTransferSources,
      ownerColumn: armsTransferSources.armsTransferId,
      sourceColumn: armsTransferSources.sourceId,
    }),
    sourcesByRecord: new DataLoader<CitedRecord, SourceRow[], string>(
      async (records) => {
        const found = await findSourcesForRecords(db, records);
        return records.map((record) => found.get(citedRecordKey(record)) ?? []);
      },
      { cacheKeyFn: citedRecordKey },
    ),
    sourcesByEvent: citationLoader(db, {
      table: eventSources,
      ownerColumn: eventSources.eventId,
      sourceColumn: eventSources.sourceId,
    }),
  };
}
