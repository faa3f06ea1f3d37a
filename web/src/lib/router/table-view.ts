import { router, setParams } from './router.svelte';

// Which charts show their table instead: `?table=standing,arms-by-year`, so a shared link opens
// the same view.
const PARAM = 'table';

export function isTableView(chartId: string): boolean {
  return (router.params.get(PARAM) ?? '').split(',').includes(chartId);
}

export function setTableView(chartId: string, table: boolean): void {
  const others = (router.params.get(PARAM) ?? '').split(',').filter((id) => id && id !== chartId);
  setParams({ [PARAM]: (table ? [...others, chartId] : others).join(',') || null });
}
