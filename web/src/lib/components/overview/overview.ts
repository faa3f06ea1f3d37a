import { request } from '../../graphql/client';
import {
  LatestEventsDocument,
  StandingBreakdownDocument,
  StandingsDocument,
  type Granularity,
  type LatestEventsQuery,
  type StandingBreakdownQuery,
  type StandingsQuery,
} from '../../graphql/generated/graphql';
import { monthEnd } from './overview-view';
import { weightsInput, type Weights } from './weights';

export type StandingSeries = StandingsQuery['standings'][number];
export type StandingPoint = StandingSeries['points'][number];
export type StandingBreakdown = NonNullable<StandingBreakdownQuery['standing']>;
export type Contribution = StandingBreakdown['contributions'][number];

export interface StandingsRequest {
  region: string;
  powers: string[];
  from: string;
  to: string;
  granularity: Granularity;
  weights: Weights | null;
}

/** One series per power, in the order asked, over the months `from`–`to` inclusive. */
export async function loadStandings(query: StandingsRequest): Promise<StandingSeries[]> {
  const data = await request(StandingsDocument, {
    region: query.region,
    powers: query.powers,
    from: `${query.from}-01`,
    to: monthEnd(query.to),
    granularity: query.granularity,
    weights: weightsInput(query.weights),
  });
  return data.standings;
}

export async function loadBreakdown(query: {
  power: string;
  region: string;
  period: string;
  granularity: Granularity;
}): Promise<StandingBreakdown | null> {
  const data = await request(StandingBreakdownDocument, query);
  return data.standing ?? null;
}

export type LatestEvent = LatestEventsQuery['events']['nodes'][number];

/** The region's most recent cited events up to the last day of the view. */
export async function loadLatestEvents(query: {
  region: string;
  to: string;
}): Promise<LatestEventsQuery['events']> {
  const data = await request(LatestEventsDocument, query);
  return data.events;
}
