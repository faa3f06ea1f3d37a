import type { Component } from 'svelte';
import type { Reference } from '../../reference/reference';
import type { PageId } from '../../router/router.svelte';

export interface PageProps {
  reference: Reference;
}

type PageModule = { default: Component<PageProps> };

// Each page is its own chunk, so the overview does not download the map or the matrix.
const loaders: Record<PageId, () => Promise<PageModule>> = {
  overview: () => import('../overview/OverviewPage.svelte'),
  summits: () => import('../summits/SummitsPage.svelte'),
  bases: () => import('../bases/BasesPage.svelte'),
  arms: () => import('../arms/ArmsPage.svelte'),
  methodology: () => import('../methodology/MethodologyPage.svelte'),
  exports: () => import('../exports/ExportsPage.svelte'),
  query: () => import('../workbench/WorkbenchPage.svelte'),
};

export const NAVIGATION: { page: PageId; label: string }[] = [
  { page: 'overview', label: 'Overview' },
  { page: 'summits', label: 'Summits' },
  { page: 'bases', label: 'Bases' },
  { page: 'arms', label: 'Arms' },
  { page: 'methodology', label: 'Methodology' },
  { page: 'exports', label: 'Exports' },
  { page: 'query', label: 'Query' },
];

/** Parameters that mean the same on every page, kept when moving between them. */
export const SHARED_PARAMS = ['region', 'powers', 'weights'] as const;

const loaded = new Map<PageId, Promise<PageModule>>();

export function loadPage(page: PageId): Promise<PageModule> {
  let pending = loaded.get(page);
  if (!pending) {
    pending = loaders[page]();
    // A failed chunk (server restarted with a new build) may be retried.
    pending.catch(() => loaded.delete(page));
    loaded.set(page, pending);
  }
  return pending;
}
