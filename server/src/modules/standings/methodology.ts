/** The families of evidence a standing is built from. */
export const FAMILIES = ['summits', 'bases', 'arms'] as const;
export type Family = (typeof FAMILIES)[number];

export type FamilyWeights = Record<Family, number>;

export interface MethodologyParameters {
  /** Composite weights; they sum to 1. */
  weights: FamilyWeights;
  /** Summits whose first day falls in the trailing window (months) ending on the period's last day count. */
  summitWindowMonths: number;
  /** Deliveries in the trailing window of calendar years ending with the period's year count (SIPRI uses 5). */
  armsWindowYears: number;
  /** Weight of a delegation by its level. */
  levelWeights: Record<'head_of_state' | 'head_of_government' | 'minister' | 'envoy' | 'official', number>;
  /** Points for a power's own attendance at a summit convened by others, times its level weight. */
  presenceWeight: number;
  /** Points lost when a power is absent from (or declines) a region's summit convened by others. */
  absencePenalty: number;
  /** Points lost when a power is not invited to a region's summit convened by others. */
  notInvitedPenalty: number;
  /** Points lost by the convener when its summit is postponed or cancelled. */
  failedSummitPenalty: number;
  /** Weight of a facility by its status on the period's last day. */
  statusWeights: Record<
    'active' | 'contested' | 'negotiating' | 'agreed' | 'suspended' | 'withdrawn' | 'lost',
    number
  >;
  /** Weight of a facility by its kind. */
  kindWeights: Record<'air' | 'naval' | 'ground' | 'logistics' | 'intelligence', number>;
  /** First period computed. */
  firstPeriod: string;
}

export const methodologyV1: { name: string; parameters: MethodologyParameters } = {
  name: 'Clout standing index v1',
  parameters: {
    weights: { summits: 0.4, bases: 0.35, arms: 0.25 },
    summitWindowMonths: 24,
    armsWindowYears: 5,
    levelWeights: { head_of_state: 1, head_of_government: 0.9, minister: 0.5, envoy: 0.25, official: 0.1 },
    presenceWeight: 0.5,
    absencePenalty: 0.5,
    notInvitedPenalty: 0.25,
    failedSummitPenalty: 2,
    statusWeights: {
      active: 1,
      contested: 0.5,
      negotiating: 0.5,
      agreed: 0.3,
      suspended: 0.2,
      withdrawn: 0,
      lost: 0,
    },
    kindWeights: { air: 1, naval: 1, ground: 0.8, logistics: 0.5, intelligence: 0.5 },
    firstPeriod: '2015-01-01',
  },
};

export interface Formula {
  family: Family | null;
  title: string;
  formula: string;
  explanation: string;
}

/** The published formulas, written from the parameters so text and numbers never disagree. */
export function describeFormulas(p: MethodologyParameters): Formula[] {
  const levels = Object.entries(p.levelWeights)
    .map(([level, weight]) => `${level.replaceAll('_', ' ')} ${weight}`)
    .join(', ');
  const statuses = Object.entries(p.statusWeights)
    .map(([status, weight]) => `${status} ${weight}`)
    .join(', ');
  const kinds = Object.entries(p.kindWeights)
    .map(([kind, weight]) => `${kind} ${weight}`)
    .join(', ');
  return [
    {
      family: 'summits',
      title: 'Summits (diplomatic pull)',
      formula:
        `S(p,r,t) = Σ_{s convened by p, held} Σ_{a ∈ r, a attended, a not a convener} L(level_a)` +
        ` − ${p.failedSummitPenalty} × #(summits convened by p postponed or cancelled)` +
        ` + Σ_{s convened by others, held} [${p.presenceWeight} × L(level_p) if p attended; −${p.absencePenalty} if absent or declined; −${p.notInvitedPenalty} if not invited]`,
      explanation:
        `Counts summits concerning region r whose first day falls in the ${p.summitWindowMonths} months ending on the last day of period t. ` +
        `A power earns the attendance its own summits draw from the region's member states, weighted by level (${levels}); ` +
        `a summit it convened that was postponed or cancelled counts against it; at summits others convened, its own presence counts for it and its absence against it. ` +
        `A power with no summit record in the window has no summit evidence (null).`,
    },
    {
      family: 'bases',
      title: 'Bases (military footprint)',
      formula: 'B(p,r,t) = Σ_{f operated by p, host ∈ r} K(kind_f) × W(status_f on the last day of t)',
      explanation:
        `A point-in-time measure on the period's last day. Status weights: ${statuses}. Kind weights: ${kinds}. ` +
        `A facility whose status changes mid-period counts with the status it has on the last day. ` +
        `A power with no facility recorded in the region on that day has no base evidence (null).`,
    },
    {
      family: 'arms',
      title: 'Arms (supplier share)',
      formula: 'A(p,r,t) = deliveries from p to members of r / deliveries from all suppliers to members of r',
      explanation:
        `As SIPRI does, over the ${p.armsWindowYears} calendar years ending with the year of period t. ` +
        `v1 counts delivery-years (one per transfer per year in which it delivered), because the starter dataset records few SIPRI TIV values; ` +
        `transfers reported delivered with no known year are left out. When no delivery to the region is recorded in the window, arms evidence is null for every power.`,
    },
    {
      family: null,
      title: 'Normalisation',
      formula:
        'v(p) = 100 × (x(p) − m) / (M − m), where M = max_q x(q) and m = min(0, min_q x(q)) over tracked powers with evidence',
      explanation:
        'Each sub-index is rescaled across the tracked powers so the leader scores 100 and a power with nothing (or only penalties) scores 0; ' +
        'a negative raw score is not hidden but pulls the floor down. If every power with evidence has the same non-positive raw score, all score 0.',
    },
    {
      family: null,
      title: 'Composite, rank and coverage',
      formula: 'C(p) = Σ_f w_f v_f(p) / Σ_{f with evidence} w_f',
      explanation:
        `Weights: summits ${p.weights.summits}, bases ${p.weights.bases}, arms ${p.weights.arms}. ` +
        'Sub-indices without evidence are left out and the remaining weights rescaled, so coverage ("2 of 3 sub-indices have data") must be read beside every score. ' +
        'With no evidence at all the composite is null. Rank 1 is the highest composite among tracked powers (ties share a rank); change is the difference from the previous period.',
    },
  ];
}

export function describeMethodology(p: MethodologyParameters): string {
  return (
    'The standing index measures, for each tracked power, region and period, how much pull the power shows in three families of cited evidence: ' +
    'whom its summits attract (and whether it shows up at others’), what military facilities it holds in the region, and what share of the region’s arms deliveries it supplies. ' +
    'Each family is scored from the records in a trailing window, rescaled to 0–100 across the tracked powers, and combined with published weights. ' +
    'Every score can be traced to the records that produced it, with their contributions and sources. ' +
    `Windows: summits ${p.summitWindowMonths} months, arms ${p.armsWindowYears} years, bases on the period's last day. ` +
    'Changing any parameter publishes a new methodology version; scores of earlier versions stay reproducible.'
  );
}
