import type { IndicatorFamily } from '../../graphql/generated/graphql';

/** The sub-index families in the order the `weights` parameter lists them. */
export const FAMILIES: readonly IndicatorFamily[] = ['SUMMITS', 'BASES', 'ARMS'];

export type Weights = Record<IndicatorFamily, number>;

/**
 * `weights=50,25,25` (summits, bases, arms; any non-negative numbers, normalised by the API) or
 * null when absent or unusable, meaning the published weights.
 */
export function readWeights(value: string | null): Weights | null {
  if (!value) return null;
  const numbers = value.split(',').map(Number);
  if (numbers.length !== FAMILIES.length || numbers.some((item) => !Number.isFinite(item) || item < 0)) {
    return null;
  }
  if (numbers.every((item) => item === 0)) return null;
  return Object.fromEntries(FAMILIES.map((family, index) => [family, numbers[index]!])) as Weights;
}

export function writeWeights(weights: Weights | null): string | null {
  return weights ? FAMILIES.map((family) => Math.round(weights[family])).join(',') : null;
}

/** Each family's share of the total, 0–1. */
export function shares(weights: Weights): Weights {
  const total = FAMILIES.reduce((sum, family) => sum + weights[family], 0) || 1;
  return Object.fromEntries(FAMILIES.map((family) => [family, weights[family] / total])) as Weights;
}

/** The API's `WeightsInput`. */
export function weightsInput(weights: Weights | null) {
  return weights ? { summits: weights.SUMMITS, bases: weights.BASES, arms: weights.ARMS } : null;
}

export const FAMILY_NAMES: Record<IndicatorFamily, string> = {
  SUMMITS: 'Summits',
  BASES: 'Bases',
  ARMS: 'Arms',
};
