import type {
  ActorSeed,
  ArmsTransferSeed,
  EventSeed,
  FacilitySeed,
  RegionSeed,
  SourceSeed,
  SummitSeed,
} from './dataset.types.js';
import { actors, powers } from './data/actors.js';
import * as arms from './data/arms.js';
import * as events from './data/events.js';
import * as facilities from './data/facilities.js';
import { regions } from './data/regions.js';
import * as summits from './data/summits.js';

export interface Dataset {
  sources: SourceSeed[];
  actors: ActorSeed[];
  powers: { code: string; colour: string }[];
  regions: RegionSeed[];
  summits: SummitSeed[];
  facilities: FacilitySeed[];
  armsTransfers: ArmsTransferSeed[];
  events: EventSeed[];
}

type CuratedFile = { sources: SourceSeed[]; extraActors?: ActorSeed[] };

const curatedFiles: CuratedFile[] = [summits, facilities, arms, events];

/** The curated starter dataset, assembled from the per-domain files in `./data`. */
export const curatedDataset: Dataset = {
  sources: curatedFiles.flatMap((file) => file.sources),
  actors: [...actors, ...curatedFiles.flatMap((file) => file.extraActors ?? [])],
  powers,
  regions,
  summits: summits.summits,
  facilities: facilities.facilities,
  armsTransfers: arms.armsTransfers,
  events: events.events,
};
