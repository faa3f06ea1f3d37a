import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import type { FacilityKind, FacilityStatus } from '../../graphql/generated/graphql';

export interface StatusPeriod {
  status: FacilityStatus;
  validFrom: string;
  validTo: string | null;
}

/**
 * The status period covering `day` under the API's rule: periods are [validFrom, validTo). Computed
 * here from the timeline so the date slider redraws the map without a request per step.
 */
export function periodOn<Period extends StatusPeriod>(
  timeline: readonly Period[],
  day: string,
): Period | null {
  let found: Period | null = null;
  for (const period of timeline) {
    const covers = period.validFrom <= day && (period.validTo === null || day < period.validTo);
    if (covers && (!found || period.validFrom >= found.validFrom)) found = period;
  }
  return found;
}

export function statusOn(timeline: readonly StatusPeriod[], day: string): FacilityStatus | null {
  return periodOn(timeline, day)?.status ?? null;
}

export type StatusLook = 'held' | 'in-doubt' | 'not-operating' | 'gone';

/** How the map draws each status: solid when held, faint and dashed when in doubt, hollow when not operating, grey when gone. */
export const STATUS_LOOK: Record<FacilityStatus, StatusLook> = {
  ACTIVE: 'held',
  CONTESTED: 'in-doubt',
  NEGOTIATING: 'in-doubt',
  AGREED: 'not-operating',
  SUSPENDED: 'not-operating',
  WITHDRAWN: 'gone',
  LOST: 'gone',
};

export const LOOK_LABELS: Record<StatusLook, string> = {
  held: 'Active',
  'in-doubt': 'Contested or under negotiation',
  'not-operating': 'Agreed or suspended, not operating',
  gone: 'Withdrawn or lost',
};

const KIND_SYMBOLS: Record<FacilityKind, SymbolType> = {
  AIR: symbolTriangle,
  NAVAL: symbolDiamond,
  GROUND: symbolSquare,
  LOGISTICS: symbolCircle,
  INTELLIGENCE: symbolStar,
};

export const KINDS = Object.keys(KIND_SYMBOLS) as FacilityKind[];

/** SVG path of the marker for a facility kind, centred on 0,0. */
export function kindSymbol(kind: FacilityKind, size = 110): string {
  return symbol(KIND_SYMBOLS[kind], size)() ?? '';
}
