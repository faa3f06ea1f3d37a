import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const chromiumPath = inject('chromiumPath');
export const baseUrl = inject('e2eBaseUrl');
export const databaseUrl = inject('e2eDatabaseUrl');
export const exportsDir = inject('e2eExportsDir');
/** True when global setup found no Chromium: describe.skipIf(noBrowser). */
export const noBrowser = !chromiumPath;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions; every test expects none. */
  problems: string[];
}

/**
 * A page in a fresh context (no shared storage or history), recording anything the app logs as an
 * error and any request that leaves the machine.
 */
export async function openPage(
  browser: Browser,
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Nothing may load from the internet (no CDN, no fonts, no telemetry): only the apps under test.
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost')
      return;
    problems.push(`request to the internet: ${request.url()}`);
  });
  return { context, page, problems };
}

export function url(pathAndQuery: string): string {
  return new URL(pathAndQuery, baseUrl).toString();
}

/**
 * One Chromium for the enclosing `describe`, a fresh context per `open()`, and after each test
 * every page it opened is closed and must have logged no error.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  let opened: (WatchedPage & { allowed?: RegExp })[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const problems = opened.flatMap((watched) =>
      watched.problems.filter((problem) => !watched.allowed?.test(problem)),
    );
    await Promise.all(opened.map((watched) => watched.context.close()));
    opened = [];
    expect(problems, 'the page logged errors').toEqual([]);
  });
  return {
    /** `allowed`: console errors the test expects, e.g. the browser's own line for an HTTP 401. */
    async open(options?: Parameters<typeof openPage>[1] & { allowed?: RegExp }): Promise<WatchedPage> {
      const watched = { ...(await openPage(browser!, options)), allowed: options?.allowed };
      opened.push(watched);
      return watched;
    },
  };
}
