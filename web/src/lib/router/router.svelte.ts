// A tiny history-API router: the path picks the page, the query string holds every choice on it,
// so any view can be reloaded or shared as a link.

export const PAGES = ['overview', 'summits', 'bases', 'arms', 'methodology', 'exports', 'query'] as const;
export type PageId = (typeof PAGES)[number];

const PATHS: Record<PageId, string> = {
  overview: '/',
  summits: '/summits',
  bases: '/bases',
  arms: '/arms',
  methodology: '/methodology',
  exports: '/exports',
  query: '/query',
};

export type ParamPatch = Record<string, string | null | undefined>;

const location = $state({ path: window.location.pathname, search: window.location.search });

export const router = {
  get page(): PageId | null {
    return pageForPath(location.path);
  },
  get params(): URLSearchParams {
    return new URLSearchParams(location.search);
  },
  /** The path, e.g. `/query/<id>`, for pages that read more than their name from it. */
  get path(): string {
    return location.path;
  },
};

export function pageForPath(path: string): PageId | null {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return (
    PAGES.find((page) => PATHS[page] === trimmed || (page === 'query' && /^\/query\/[^/]+$/.test(trimmed))) ??
    null
  );
}

/** A link to `page` with the given query parameters (empty ones left out). */
export function hrefFor(page: PageId, params: ParamPatch = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = queryString(search);
  return query ? `${PATHS[page]}?${query}` : PATHS[page];
}

/** Like URLSearchParams.toString, but lists stay readable in shared links: `powers=RUS,CHN`. */
function queryString(search: URLSearchParams): string {
  const encode = (text: string) => encodeURIComponent(text).replaceAll('%2C', ',');
  return [...search].map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  const pathChanged = url.pathname !== location.path;
  window.history[options.replace ? 'replaceState' : 'pushState'](null, '', url);
  sync();
  if (pathChanged) window.scrollTo(0, 0);
}

/**
 * Changes some query parameters of the current page. Discrete choices push a history entry so Back
 * undoes them; continuous ones (sliders) pass `replace` so dragging does not flood the history.
 */
export function setParams(patch: ParamPatch, options: { replace?: boolean } = {}): void {
  const search = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(patch)) {
    if (value) search.set(key, value);
    else search.delete(key);
  }
  const query = queryString(search);
  if (`?${query}` === location.search || (query === '' && location.search === '')) return;
  navigate(query ? `${location.path}?${query}` : location.path, options);
}

function sync(): void {
  location.path = window.location.pathname;
  location.search = window.location.search;
}

/** Follows Back/Forward and turns same-origin link clicks into client-side navigation. */
export function startRouter(): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || pageForPath(url.pathname) === null) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  };
  window.addEventListener('popstate', sync);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('popstate', sync);
    document.removeEventListener('click', onClick);
  };
}
