import { hrefFor } from '../../router/router.svelte';
import type { Contribution } from './overview';

/**
 * Where a reader can inspect the record behind a contribution, with its sources: the summit's
 * detail, the facility on the map at that period, or the region's arms transfers.
 */
export function recordHref(contribution: Contribution, region: string, periodEnd: string): string {
  switch (contribution.recordType) {
    case 'SUMMIT':
    case 'SUMMIT_PARTICIPATION':
      return hrefFor('summits', { region, summit: contribution.recordId });
    case 'FACILITY_STATUS':
      return hrefFor('bases', { region, facility: contribution.recordId, date: periodEnd });
    default: {
      const year = Number(periodEnd.slice(0, 4));
      // The arms sub-index looks back five years, as SIPRI does.
      return hrefFor('arms', { region, from: String(year - 4), to: String(year) });
    }
  }
}

/** Last day of the period starting on `period`, for the map date a facility link opens on. */
export function periodEnd(period: string, granularity: 'MONTH' | 'QUARTER' | 'YEAR'): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const months = granularity === 'MONTH' ? 1 : granularity === 'QUARTER' ? 3 : 12;
  const end = new Date(Date.UTC(year, month - 1 + months, 0));
  const today = new Date().toISOString().slice(0, 10);
  const day = end.toISOString().slice(0, 10);
  return day < today ? day : today;
}
