import { FAMILIES, type Family, type FamilyWeights, type MethodologyParameters } from './methodology.js';
import { monthsBefore, periodEndOf, shiftPeriod, type Granularity } from './periods.js';

/**
 * The standing index as pure functions: evidence in, scores and contributions out. The same
 * functions fill `standing_scores` and explain any single point, so an explanation always adds
 * up to the stored score.
 */

type Level = keyof MethodologyParameters['levelWeights'];
type ParticipantStatus = 'attended' | 'declined' | 'absent' | 'not_invited';

export interface SummitEvidence {
  key: string;
  name: string;
  startDate: string;
  status: 'planned' | 'held' | 'postponed' | 'cancelled';
  conveners: string[];
  /** Delegations of the region's member states that attended, conveners excluded, by level (null = unknown). */
  memberAttendance: { level: Level | null; count: number }[];
  /** Tracked powers' own participation records, by power code. */
  powerParticipation: Record<string, { status: ParticipantStatus; level: Level | null }>;
}

export interface FacilityEvidence {
  key: string;
  name: string;
  operator: string;
  kind: keyof MethodologyParameters['kindWeights'];
  /** Ordered, non-overlapping; `validTo` exclusive. */
  timeline: {
    status: keyof MethodologyParameters['statusWeights'];
    validFrom: string;
    validTo: string | null;
  }[];
}

/** Deliveries to the region's members in one year: aggregated (bulk scoring) or per transfer (explanations). */
export interface DeliveryEvidence {
  supplier: string;
  year: number;
  units: number;
  /** Set when the row is one transfer. */
  transfer?: { key: string; label: string };
}

export interface RegionEvidence {
  summits: SummitEvidence[];
  facilities: FacilityEvidence[];
  deliveries: DeliveryEvidence[];
}

export type SubIndices = Record<Family, number | null>;

export interface PowerScore {
  power: string;
  raw: SubIndices;
  normalised: SubIndices;
  composite: number | null;
  rank: number | null;
  change: number | null;
}

export interface Contribution {
  family: Family;
  recordType: 'SUMMIT' | 'SUMMIT_PARTICIPATION' | 'FACILITY_STATUS' | 'ARMS_TRANSFER';
  recordId: string;
  label: string;
  date: string | null;
  contribution: number;
}

// ---------- summits

const levelWeight = (p: MethodologyParameters, level: Level | null) => p.levelWeights[level ?? 'official'];

/** What one summit adds to one power's summit score, or null when it says nothing about that power. */
export function summitContribution(
  summit: SummitEvidence,
  power: string,
  p: MethodologyParameters,
): Omit<Contribution, 'family'> | null {
  const base = { recordId: summit.key, date: summit.startDate };
  if (summit.conveners.includes(power)) {
    if (summit.status === 'postponed' || summit.status === 'cancelled') {
      return {
        ...base,
        recordType: 'SUMMIT',
        label: `Convened ${summit.name}, which was ${summit.status}`,
        contribution: -p.failedSummitPenalty,
      };
    }
    if (summit.status !== 'held') return null;
    const delegations = summit.memberAttendance.reduce((sum, row) => sum + row.count, 0);
    const points = summit.memberAttendance.reduce(
      (sum, row) => sum + row.count * levelWeight(p, row.level),
      0,
    );
    return {
      ...base,
      recordType: 'SUMMIT',
      label: `Convened ${summit.name}: ${delegations} delegation${delegations === 1 ? '' : 's'} from the region attended`,
      contribution: points,
    };
  }
  const own = summit.powerParticipation[power];
  if (!own || summit.status !== 'held') return null;
  const participation = { ...base, recordType: 'SUMMIT_PARTICIPATION' as const };
  switch (own.status) {
    case 'attended':
      return {
        ...participation,
        label: `Attended ${summit.name} (${(own.level ?? 'level unknown').replaceAll('_', ' ')})`,
        contribution: p.presenceWeight * levelWeight(p, own.level),
      };
    case 'absent':
    case 'declined':
      return {
        ...participation,
        label: `${own.status === 'absent' ? 'Absent from' : 'Declined'} ${summit.name}`,
        contribution: -p.absencePenalty,
      };
    case 'not_invited':
      return { ...participation, label: `Not invited to ${summit.name}`, contribution: -p.notInvitedPenalty };
  }
}

const inSummitWindow = (date: string, periodEnd: string, p: MethodologyParameters) =>
  date <= periodEnd && date > monthsBefore(periodEnd, p.summitWindowMonths);

// ---------- bases

export function statusOn(facility: FacilityEvidence, day: string) {
  return facility.timeline.find(
    (period) => period.validFrom <= day && (period.validTo === null || period.validTo > day),
  );
}

export function facilityContribution(facility: FacilityEvidence, day: string, p: MethodologyParameters) {
  const period = statusOn(facility, day);
  if (!period) return null;
  return {
    recordType: 'FACILITY_STATUS' as const,
    recordId: facility.key,
    label: `${facility.name}: ${period.status} (status ${p.statusWeights[period.status]} × ${facility.kind} ${p.kindWeights[facility.kind]})`,
    date: period.validFrom,
    contribution: p.kindWeights[facility.kind] * p.statusWeights[period.status],
  };
}

// ---------- arms

const armsWindow = (periodEnd: string, p: MethodologyParameters) => {
  const last = Number(periodEnd.slice(0, 4));
  return { first: last - p.armsWindowYears + 1, last };
};

// ---------- one period

/** Every contribution each power gets in one period (before normalisation). */
export function contributionsAt(
  evidence: RegionEvidence,
  powers: readonly string[],
  periodEnd: string,
  p: MethodologyParameters,
): Map<string, Contribution[]> {
  const byPower = new Map<string, Contribution[]>(powers.map((power) => [power, []]));
  for (const summit of evidence.summits) {
    if (!inSummitWindow(summit.startDate, periodEnd, p)) continue;
    for (const power of powers) {
      const contribution = summitContribution(summit, power, p);
      if (contribution) byPower.get(power)!.push({ family: 'summits', ...contribution });
    }
  }
  for (const facility of evidence.facilities) {
    const contribution = byPower.has(facility.operator) ? facilityContribution(facility, periodEnd, p) : null;
    if (contribution) byPower.get(facility.operator)!.push({ family: 'bases', ...contribution });
  }
  const window = armsWindow(periodEnd, p);
  const total = evidence.deliveries
    .filter((delivery) => delivery.year >= window.first && delivery.year <= window.last)
    .reduce((sum, delivery) => sum + delivery.units, 0);
  if (total > 0) {
    for (const delivery of evidence.deliveries) {
      if (delivery.year < window.first || delivery.year > window.last || !byPower.has(delivery.supplier))
        continue;
      byPower.get(delivery.supplier)!.push({
        family: 'arms',
        recordType: 'ARMS_TRANSFER',
        recordId: delivery.transfer?.key ?? `${delivery.supplier}-${delivery.year}`,
        label: `${delivery.transfer?.label ?? `Deliveries from ${delivery.supplier}`} (${delivery.year})`,
        date: `${delivery.year}-01-01`,
        contribution: delivery.units / total,
      });
    }
  }
  return byPower;
}

/** Raw family scores from contributions; a family with no record is null (no evidence). */
export function rawScores(contributions: Contribution[], armsHasEvidence: boolean): SubIndices {
  const raw: SubIndices = { summits: null, bases: null, arms: armsHasEvidence ? 0 : null };
  for (const contribution of contributions)
    raw[contribution.family] = (raw[contribution.family] ?? 0) + contribution.contribution;
  return raw;
}

/** 0–100 across powers with evidence: the leader scores 100, the floor is min(0, lowest). */
export function normalise(values: (number | null)[]): (number | null)[] {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return values.map(() => null);
  const ceiling = Math.max(...present);
  const floor = Math.min(0, ...present);
  return values.map((value) => {
    if (value === null) return null;
    if (ceiling <= floor) return 0;
    return roundScore((100 * (value - floor)) / (ceiling - floor));
  });
}

const roundScore = (value: number) => Math.round(value * 1e6) / 1e6;

/** Weighted mean of the sub-indices that have evidence; null when none has. */
export function composite(normalised: SubIndices, weights: FamilyWeights): number | null {
  let weighted = 0;
  let weightWithEvidence = 0;
  for (const family of FAMILIES) {
    const value = normalised[family];
    if (value === null) continue;
    weighted += weights[family] * value;
    weightWithEvidence += weights[family];
  }
  return weightWithEvidence > 0 ? roundScore(weighted / weightWithEvidence) : null;
}

/** Competition ranking (1, 1, 3) of non-null composites, highest first. */
export function rank(composites: (number | null)[]): (number | null)[] {
  return composites.map((value) =>
    value === null ? null : 1 + composites.filter((other) => other !== null && other > value + 1e-9).length,
  );
}

/** Normalises, weighs and ranks one period's raw scores. */
export function scorePeriod(
  powers: readonly string[],
  raws: SubIndices[],
  weights: FamilyWeights,
): Omit<PowerScore, 'change'>[] {
  const normalisedByFamily = Object.fromEntries(
    FAMILIES.map((family) => [family, normalise(raws.map((raw) => raw[family]))]),
  ) as Record<Family, (number | null)[]>;
  const normalised = powers.map(
    (_, index) =>
      Object.fromEntries(
        FAMILIES.map((family) => [family, normalisedByFamily[family][index]!]),
      ) as SubIndices,
  );
  const composites = normalised.map((values) => composite(values, weights));
  const ranks = rank(composites);
  return powers.map((power, index) => ({
    power,
    raw: raws[index]!,
    normalised: normalised[index]!,
    composite: composites[index]!,
    rank: ranks[index]!,
  }));
}

export interface PeriodScores {
  periodStart: string;
  scores: PowerScore[];
}

/**
 * Scores for every period of one region, with each composite's change from the previous period.
 * Same rules as `contributionsAt`, arranged for speed: each summit's points are worked out once
 * and summed over sliding windows; deliveries are summed per supplier and year.
 */
export function scoreRegion(
  evidence: RegionEvidence,
  powers: readonly string[],
  periodStarts: readonly string[],
  granularity: Granularity,
  p: MethodologyParameters,
): PeriodScores[] {
  const summitSeries = powers.map((power) => cumulativeSummitPoints(evidence.summits, power, p));
  const facilitiesByPower = powers.map((power) =>
    evidence.facilities.filter((facility) => facility.operator === power),
  );
  const unitsByYear = new Map<number, number>();
  const unitsBySupplierYear = new Map<string, number>();
  for (const delivery of evidence.deliveries) {
    unitsByYear.set(delivery.year, (unitsByYear.get(delivery.year) ?? 0) + delivery.units);
    const key = `${delivery.supplier}:${delivery.year}`;
    unitsBySupplierYear.set(key, (unitsBySupplierYear.get(key) ?? 0) + delivery.units);
  }

  const results: PeriodScores[] = [];
  let previous: Map<string, number | null> | undefined;
  for (const periodStart of periodStarts) {
    const periodEnd = periodEndOf(periodStart, granularity);
    const windowStart = monthsBefore(periodEnd, p.summitWindowMonths);
    const years = armsWindow(periodEnd, p);
    let totalUnits = 0;
    for (let year = years.first; year <= years.last; year++) totalUnits += unitsByYear.get(year) ?? 0;

    const raws = powers.map((power, index): SubIndices => {
      const summits = summitSeries[index]!.between(windowStart, periodEnd);
      let bases: number | null = null;
      for (const facility of facilitiesByPower[index]!) {
        const period = statusOn(facility, periodEnd);
        if (period) bases = (bases ?? 0) + p.kindWeights[facility.kind] * p.statusWeights[period.status];
      }
      let units = 0;
      for (let year = years.first; year <= years.last; year++)
        units += unitsBySupplierYear.get(`${power}:${year}`) ?? 0;
      return { summits, bases, arms: totalUnits > 0 ? units / totalUnits : null };
    });
    const scores = scorePeriod(powers, raws, p.weights).map((score) => {
      const before = previous?.get(score.power) ?? null;
      return {
        ...score,
        change: score.composite !== null && before !== null ? roundScore(score.composite - before) : null,
      };
    });
    previous = new Map(scores.map((score) => [score.power, score.composite]));
    results.push({ periodStart, scores });
  }
  return results;
}

/** A power's summit points by date, queried as sums over (from, to]; null when no record falls there. */
function cumulativeSummitPoints(summits: SummitEvidence[], power: string, p: MethodologyParameters) {
  const points = summits
    .map((summit) => ({
      date: summit.startDate,
      contribution: summitContribution(summit, power, p)?.contribution,
    }))
    .filter((point): point is { date: string; contribution: number } => point.contribution !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dates = points.map((point) => point.date);
  const prefix = [0];
  for (const point of points) prefix.push(prefix.at(-1)! + point.contribution);
  /** Index of the first date greater than `day`. */
  const upperBound = (day: string) => {
    let low = 0;
    let high = dates.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (dates[middle]! <= day) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    between(after: string, upTo: string): number | null {
      const from = upperBound(after);
      const to = upperBound(upTo);
      return to > from ? prefix[to]! - prefix[from]! : null;
    },
  };
}

export function hasArmsEvidence(
  evidence: RegionEvidence,
  periodEnd: string,
  p: MethodologyParameters,
): boolean {
  const window = armsWindow(periodEnd, p);
  return evidence.deliveries.some(
    (delivery) => delivery.year >= window.first && delivery.year <= window.last && delivery.units > 0,
  );
}

export interface ExplainedContribution extends Contribution {
  /** Contribution now minus in the previous period: what moved the score. */
  change: number;
}

/** One power's contributions in a period, each with its change from the previous period. */
export function explain(
  evidence: RegionEvidence,
  power: string,
  periodStart: string,
  granularity: Granularity,
  p: MethodologyParameters,
): ExplainedContribution[] {
  const now = contributionsAt(evidence, [power], periodEndOf(periodStart, granularity), p).get(power)!;
  const before = contributionsAt(
    evidence,
    [power],
    periodEndOf(shiftPeriod(periodStart, granularity, -1), granularity),
    p,
  ).get(power)!;
  // A facility is one record whatever its status; a transfer counts once per delivery year.
  const keyOf = (contribution: Contribution) =>
    `${contribution.family}:${contribution.recordType}:${contribution.recordId}:${contribution.family === 'arms' ? contribution.date : ''}`;
  const previous = new Map(before.map((contribution) => [keyOf(contribution), contribution]));
  const explained: ExplainedContribution[] = now.map((contribution) => {
    const earlier = previous.get(keyOf(contribution));
    previous.delete(keyOf(contribution));
    return { ...contribution, change: roundScore(contribution.contribution - (earlier?.contribution ?? 0)) };
  });
  // Records that left the window moved the score too.
  for (const gone of previous.values()) {
    explained.push({
      ...gone,
      label: `${gone.label} — no longer counted`,
      contribution: 0,
      change: roundScore(-gone.contribution),
    });
  }
  return explained.sort(
    (a, b) =>
      Math.abs(b.change) - Math.abs(a.change) ||
      Math.abs(b.contribution) - Math.abs(a.contribution) ||
      a.label.localeCompare(b.label),
  );
}

export interface SubIndexChange {
  value: number | null;
  previousValue: number | null;
  change: number | null;
  /** The part of the change due to this power's own records (others held at their previous raw scores). */
  fromOwnRecords: number | null;
  /** The rest: other powers' records moved the 0–100 scale. */
  fromOtherPowers: number | null;
}

/**
 * Splits one power's change in a normalised sub-index: rescoring "now" with every other power
 * still at its previous raw score isolates what the power's own records did.
 */
export function decomposeChange(
  rawsNow: (number | null)[],
  rawsBefore: (number | null)[],
  index: number,
): SubIndexChange {
  const value = normalise(rawsNow)[index] ?? null;
  const previousValue = normalise(rawsBefore)[index] ?? null;
  if (value === null || previousValue === null) {
    return { value, previousValue, change: null, fromOwnRecords: null, fromOtherPowers: null };
  }
  const ownOnly = normalise(rawsBefore.map((raw, other) => (other === index ? rawsNow[index]! : raw)))[
    index
  ]!;
  const change = roundScore(value - previousValue);
  const fromOwnRecords = roundScore(ownOnly - previousValue);
  return {
    value,
    previousValue,
    change,
    fromOwnRecords,
    fromOtherPowers: roundScore(change - fromOwnRecords),
  };
}
