// Readers for query parameters: each returns a valid value or the fallback, so a hand-edited or
// stale link still opens a sensible view.

export function readChoice<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A comma-separated list, keeping only allowed items in the allowed order; `fallback` if none. */
export function readSubset(value: string | null, allowed: readonly string[], fallback: string[]): string[] {
  const wanted = new Set((value ?? '').split(',').filter(Boolean));
  const kept = allowed.filter((item) => wanted.has(item));
  return kept.length > 0 ? kept : fallback;
}

export function readMonth(value: string | null): string | null {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null;
}

export function readDay(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : null;
}

export function readInteger(value: string | null): number | null {
  return value && /^\d{1,4}$/.test(value) ? Number(value) : null;
}

/** The list as a parameter, or null when it equals the default (keeps links short). */
export function writeSubset(items: readonly string[], defaults: readonly string[]): string | null {
  const same = items.length === defaults.length && items.every((item, index) => item === defaults[index]);
  return same ? null : items.join(',');
}
