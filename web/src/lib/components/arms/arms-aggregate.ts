import type { StackedBar } from '../../charts/types';
import type { ArmsTransferRow } from './arms';
import type { Measure } from './arms-view';

/**
 * One bar per year: how many transfers had a delivery that year, split by supplier. Counts, not
 * values, because the sources rarely give SIPRI TIV and deal values are missing for most records.
 */
export function deliveriesByYear(
  transfers: readonly ArmsTransferRow[],
  fromYear: number,
  toYear: number,
): StackedBar[] {
  const bars: StackedBar[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const counts = new Map<string, number>();
    for (const transfer of transfers) {
      if (!transfer.deliveryYears.includes(year)) continue;
      counts.set(transfer.supplier.code, (counts.get(transfer.supplier.code) ?? 0) + 1);
    }
    bars.push({
      key: String(year),
      label: String(year),
      parts: [...counts].map(([key, value]) => ({ key, value })),
    });
  }
  return bars;
}

/**
 * Recipients ranked by number of transfers (cancelled deals left out) or by the sum of reported deal
 * values, split by supplier; the `limit` largest, largest first.
 */
export function topRecipients(
  transfers: readonly ArmsTransferRow[],
  measure: Measure,
  limit = 10,
): StackedBar[] {
  const byRecipient = new Map<string, { label: string; parts: Map<string, number>; total: number }>();
  for (const transfer of transfers) {
    if (transfer.status === 'CANCELLED') continue;
    const amount = measure === 'count' ? 1 : transfer.dealValueUsdMillions;
    if (amount == null) continue;
    const entry = byRecipient.get(transfer.recipient.code) ?? {
      label: transfer.recipient.name,
      parts: new Map<string, number>(),
      total: 0,
    };
    entry.parts.set(transfer.supplier.code, (entry.parts.get(transfer.supplier.code) ?? 0) + amount);
    entry.total += amount;
    byRecipient.set(transfer.recipient.code, entry);
  }
  return [...byRecipient]
    .sort(([, a], [, b]) => b.total - a.total || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(([key, entry]) => ({
      key,
      label: entry.label,
      parts: [...entry.parts].map(([part, value]) => ({ key: part, value })),
    }));
}

/** How many non-cancelled transfers report no deal value (said beside the value ranking). */
export function transfersWithoutValue(transfers: readonly ArmsTransferRow[]): number {
  return transfers.filter(
    (transfer) => transfer.status !== 'CANCELLED' && transfer.dealValueUsdMillions == null,
  ).length;
}
