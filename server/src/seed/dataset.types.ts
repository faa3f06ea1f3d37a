/**
 * Shape of the curated starter dataset. Every evidence record (summit, participant,
 * facility status, arms transfer, event) cites one or more sources by key; the loader
 * merges sources by URL and checks every reference before writing anything.
 */

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

export type Confidence = 'high' | 'medium' | 'low';

export interface SourceSeed {
  /** Unique across the whole dataset; prefix with the file's domain, e.g. `sum-mercopress-sharm`. */
  key: string;
  /** Exactly the URL of the stored page that was read — never constructed or recalled. */
  url: string;
  publisher: string;
  title: string;
  /** As stated by the page; null when the page gives none. */
  publishedOn: IsoDate | null;
  accessedOn: IsoDate;
}

export type ActorKind = 'state' | 'organisation';

export interface ActorSeed {
  /** ISO 3166-1 alpha-3 for states; an X-prefixed user-assigned code for organisations (XAL = Arab League). */
  code: string;
  name: string;
  kind: ActorKind;
}

export interface RegionSeed {
  slug: string;
  name: string;
  description: string;
  members: string[];
}

export type SummitStatus = 'planned' | 'held' | 'postponed' | 'cancelled';
export type ParticipantStatus = 'attended' | 'declined' | 'absent' | 'not_invited';
export type ParticipantLevel = 'head_of_state' | 'head_of_government' | 'minister' | 'envoy' | 'official';

export interface SummitParticipantSeed {
  actor: string;
  status: ParticipantStatus;
  /** Who represented the actor; null when it did not attend or the level is unknown. */
  level: ParticipantLevel | null;
  /** Free text: who came, or why not. */
  note?: string;
  sources: string[];
  confidence: Confidence;
}

export interface SummitSeed {
  /** Stable slug, e.g. `sharm-el-sheikh-peace-summit-2025`. */
  key: string;
  name: string;
  host: string | null;
  city: string | null;
  startDate: IsoDate;
  endDate: IsoDate;
  status: SummitStatus;
  conveners: string[];
  regions: string[];
  description: string;
  participants: SummitParticipantSeed[];
  sources: string[];
  confidence: Confidence;
}

export type FacilityKind = 'air' | 'naval' | 'ground' | 'logistics' | 'intelligence';
export type FacilityStatus =
  'active' | 'contested' | 'negotiating' | 'agreed' | 'suspended' | 'withdrawn' | 'lost';

export interface FacilityStatusSeed {
  status: FacilityStatus;
  validFrom: IsoDate;
  /** Exclusive end; null while the status still holds. */
  validTo: IsoDate | null;
  note?: string;
  sources: string[];
  confidence: Confidence;
}

export interface FacilitySeed {
  key: string;
  name: string;
  host: string;
  operator: string;
  kind: FacilityKind;
  latitude: number;
  longitude: number;
  description: string;
  /** Ordered, non-overlapping. */
  statuses: FacilityStatusSeed[];
  sources: string[];
  confidence: Confidence;
}

/** SIPRI Arms Transfers Database weapon categories. */
export type ArmsCategory =
  | 'aircraft'
  | 'air_defence'
  | 'anti_submarine_warfare'
  | 'armoured_vehicles'
  | 'artillery'
  | 'engines'
  | 'missiles'
  | 'naval_weapons'
  | 'satellites'
  | 'sensors'
  | 'ships'
  | 'other';

export type ArmsTransferStatus = 'ordered' | 'delivering' | 'delivered' | 'cancelled';

export interface ArmsTransferSeed {
  key: string;
  supplier: string;
  recipient: string;
  category: ArmsCategory;
  designation: string;
  description: string;
  quantity: number | null;
  orderYear: number | null;
  deliveryYears: number[];
  status: ArmsTransferStatus;
  /** SIPRI trend-indicator value, millions; only when a source states it. */
  tivMillions: number | null;
  /** Reported deal value in millions of US dollars; only when a source states it. */
  dealValueUsdMillions: number | null;
  sources: string[];
  confidence: Confidence;
}

export type EventKind =
  | 'state_visit'
  | 'meeting'
  | 'agreement'
  | 'extradition_request'
  | 'military'
  | 'diplomatic'
  | 'sanctions'
  | 'other';

export interface EventSeed {
  key: string;
  date: IsoDate;
  title: string;
  kind: EventKind;
  description: string;
  actors: string[];
  regions: string[];
  sources: string[];
  confidence: Confidence;
}
