import { request } from '../../graphql/client';
import { MethodologyDocument, type MethodologyQuery } from '../../graphql/generated/graphql';
import { FAMILIES, type Weights } from '../overview/weights';

export type Methodology = MethodologyQuery['methodology'];
export type MethodologyVersion = MethodologyQuery['methodologies'][number];

export function loadMethodology(): Promise<MethodologyQuery> {
  return request(MethodologyDocument, {});
}

/** Published weights as percentages, the sliders' starting point. */
export function publishedWeights(methodology: Pick<Methodology, 'weights'>): Weights {
  return Object.fromEntries(
    FAMILIES.map((family) => [
      family,
      Math.round((methodology.weights.find((item) => item.family === family)?.weight ?? 0) * 100),
    ]),
  ) as Weights;
}

/** The parameters JSON as nested entries for display; the raw text when it is not valid JSON. */
export function parseParameters(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
