import type { ParticipantLevel, ParticipantStatus } from '../../graphql/generated/graphql';
import type { Power } from '../../reference/reference';
import type { SummitRow } from './summits';

export type Participation = SummitRow['participants'][number];

export interface MatrixColumn {
  code: string;
  name: string;
  /** Power colour for tracked powers, null for everyone else. */
  colour: string | null;
}

export interface SummitFilters {
  convener: string | null;
  year: number | null;
}

/** Strongest first; the index picks the shade (--level-1 … --level-5). */
export const LEVELS: readonly ParticipantLevel[] = [
  'HEAD_OF_STATE',
  'HEAD_OF_GOVERNMENT',
  'MINISTER',
  'ENVOY',
  'OFFICIAL',
];

export const STATUS_WORDS: Record<ParticipantStatus, string> = {
  ATTENDED: 'attended',
  DECLINED: 'declined',
  ABSENT: 'absent',
  NOT_INVITED: 'not invited',
};

export function summitYear(summit: SummitRow): number {
  return Number(summit.startDate.slice(0, 4));
}

export function filterSummits(summits: readonly SummitRow[], filters: SummitFilters): SummitRow[] {
  return summits.filter(
    (summit) =>
      (filters.convener === null || summit.conveners.some((actor) => actor.code === filters.convener)) &&
      (filters.year === null || summitYear(summit) === filters.year),
  );
}

export function convenerOptions(summits: readonly SummitRow[]): { code: string; name: string }[] {
  const byCode = new Map(summits.flatMap((summit) => summit.conveners.map((actor) => [actor.code, actor])));
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function yearOptions(summits: readonly SummitRow[]): number[] {
  return [...new Set(summits.map(summitYear))].sort((a, b) => b - a);
}

/**
 * Matrix columns: the tracked powers first (always, so their absences show), then other actors
 * by how many of these summits they appear in. Unless `all`, actors seen only once are left out
 * to keep the matrix readable; `hidden` says how many.
 */
export function matrixColumns(
  summits: readonly SummitRow[],
  powers: readonly Power[],
  all: boolean,
): { columns: MatrixColumn[]; hidden: number } {
  const counts = new Map<string, { name: string; count: number }>();
  for (const summit of summits) {
    for (const { actor } of summit.participants) {
      const entry = counts.get(actor.code) ?? { name: actor.name, count: 0 };
      entry.count += 1;
      counts.set(actor.code, entry);
    }
  }
  const powerCodes = new Set(powers.map((power) => power.code));
  const others = [...counts.entries()]
    .filter(([code]) => !powerCodes.has(code))
    .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name));
  const shown = all ? others : others.filter(([, entry]) => entry.count >= 2);
  return {
    columns: [
      ...powers.map((power) => ({ code: power.code, name: power.name, colour: power.colour })),
      ...shown.map(([code, entry]) => ({ code, name: entry.name, colour: null })),
    ],
    hidden: others.length - shown.length,
  };
}

export function participationOf(summit: SummitRow, code: string): Participation | null {
  return summit.participants.find((participant) => participant.actor.code === code) ?? null;
}

/** "attended (head of state)", "declined", "attended (level not reported)". */
export function describeParticipation(participation: Participation | null): string {
  if (!participation) return 'no record';
  const status = STATUS_WORDS[participation.status];
  if (participation.status !== 'ATTENDED') return status;
  return `${status} (${participation.level ? participation.level.toLowerCase().replaceAll('_', ' ') : 'level not reported'})`;
}

/** CSS colour of an attended cell: stronger delegations are darker. */
export function levelColour(level: ParticipantLevel | null): string {
  const index = level ? LEVELS.indexOf(level) : -1;
  return index >= 0 ? `var(--level-${index + 1})` : 'var(--other)';
}
