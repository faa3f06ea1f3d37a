import { badUserInput } from './errors.js';

const actorCodePattern = /^[A-Z]{3}$/;

/** Upper-cases and checks an actor code argument such as `rus` → `RUS`. */
export function parseActorCode(field: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!actorCodePattern.test(code)) {
    throw badUserInput(field, `must be a three-letter code such as RUS or SYR, got "${value}"`);
  }
  return code;
}

export function parseActorCodes(field: string, values: readonly string[]): string[] {
  return values.map((value, index) => parseActorCode(`${field}[${index}]`, value));
}

/** Rejects ranges whose end precedes their start; either end may be open. */
export function checkRange<T extends string | number>(
  fromField: string,
  from: T | null | undefined,
  to: T | null | undefined,
): void {
  if (from != null && to != null && from > to) {
    throw badUserInput(fromField, `must not be after the end of the range (${from} > ${to})`);
  }
}

export function checkYear(field: string, year: number | null | undefined): void {
  if (year != null && (year < 1900 || year > 2100))
    throw badUserInput(field, `must be a year between 1900 and 2100`);
}

/** Non-empty trimmed text or undefined; `search: ""` means no search. */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Treat GraphQL null as "not given". */
export function given<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}
