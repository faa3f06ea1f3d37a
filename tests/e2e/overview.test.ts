import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noBrowser, url, useBrowser } from './support/browser.js';

const CHART = 'svg[data-chart="standing"]';
const FRAME = 'figure[data-chart-id="standing"]';

describe.skipIf(noBrowser)('overview', () => {
  const browser = useBrowser();

  async function open(pathAndQuery: string): Promise<Page> {
    const current = await browser.open();
    await current.page.goto(url(pathAndQuery));
    await current.page.locator(`${CHART} circle`).first().waitFor();
    return current.page;
  }

  it('shows the four powers over time, fast and light', async () => {
    const current = await browser.open();
    const { page } = current;
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const pathname = new URL(response.url()).pathname;
      if (pathname.endsWith('.js')) scripts.add(pathname);
    });

    const started = Date.now();
    await page.goto(url('/'));
    await page.locator(`${CHART} circle`).first().waitFor();
    console.log(`first chart: ${Date.now() - started} ms`);

    expect((await page.locator(`${FRAME} .legend li`).allTextContents()).map((name) => name.trim())).toEqual([
      'Russia',
      'United States',
      'China',
      'Turkey',
    ]);
    expect(
      await page
        .locator(`${CHART} g[data-series]`)
        .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-series'))),
    ).toEqual(['RUS', 'USA', 'CHN', 'TUR']);
    expect(await page.locator(`${CHART} circle[aria-label^="Russia, "]`).count()).toBeGreaterThan(4);

    await page.waitForLoadState('networkidle');
    const gzipped = [...scripts].reduce(
      (total, script) => total + gzipSync(readFileSync(path.join('web/dist', script))).length,
      0,
    );
    console.log(`overview JS: ${(gzipped / 1024).toFixed(1)} KB gzipped (${scripts.size} files)`);
    expect(gzipped).toBeLessThan(200 * 1024);
  });

  it('changes the region in the URL and on the chart', async () => {
    const page = await open('/');
    const before = await linePaths(page);
    await page.selectOption('select[data-control="region"]', 'south-caucasus');
    await page.waitForURL(/region=south-caucasus/);
    await expect.poll(() => page.locator(`${FRAME} h3`).textContent()).toContain('South Caucasus');
    await expect.poll(() => linePaths(page)).not.toEqual(before);
  });

  it('opens a shared link on exactly the same view', async () => {
    const page = await open('/');
    await page.selectOption('select[data-control="region"]', 'central-asia');
    await page.locator('[data-control="powers"] input[value="TUR"]').uncheck();
    await page.locator('[data-control="granularity"] button', { hasText: 'Year' }).click();
    await page.waitForURL(/granularity=year/);
    await page.locator(`${CHART} circle[aria-label^="Russia, "]`).nth(2).click();
    await page.waitForURL(/point=RUS_/);
    await page.locator('[data-what-moved] .headline').waitFor();
    const shared = page.url();
    const original = await describeView(page);

    const colleague = await browser.open();
    await colleague.page.goto(shared);
    await colleague.page.locator('[data-what-moved] .headline').waitFor();
    expect(await describeView(colleague.page)).toEqual(original);
    expect(colleague.problems).toEqual([]);
    expect(original.region).toBe('central-asia');
    expect(original.series).toEqual(['RUS', 'USA', 'CHN']);
  });

  it('explains the late-2025 drop with the records behind it and their sources', async () => {
    const page = await open('/?region=mena');
    await page.locator(`${CHART} circle[aria-label^="Russia, 2025-Q4"]`).click();
    await page.waitForURL(/point=RUS_2025-10-01/);
    const panel = page.locator('[data-what-moved]');
    await expect.poll(() => panel.locator('h3').textContent()).toBe('What moved Russia in 2025-Q4');
    const records = panel.locator('ol.records > li');
    const labels = await records.allTextContents();
    expect(labels.some((label) => /Russia–Arab World Summit/.test(label) && /postponed/.test(label))).toBe(
      true,
    );
    expect(labels.some((label) => /Absent from Sharm el-Sheikh/.test(label))).toBe(true);
    const sources = await records
      .first()
      .locator('.source-links a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((href) => /^https?:\/\//.test(href ?? ''))).toBe(true);
  });

  it('lists the latest cited events: al-Sharaa in Moscow and the request for Assad', async () => {
    const page = await open('/?region=mena&to=2025-10');
    const events = page.locator('[data-latest-events] li');
    await events.first().waitFor();
    const texts = await events.allTextContents();
    expect(texts.some((text) => /Sharaa/.test(text) && /Putin|Kremlin|Moscow/.test(text))).toBe(true);
    expect(texts.some((text) => /extradit/i.test(text))).toBe(true);
    expect(await page.locator('[data-latest-events] li .source-links a').count()).toBeGreaterThan(0);
  });

  it('downloads the numbers behind the chart as CSV', async () => {
    const page = await open('/?region=mena&granularity=year&from=2022-01&to=2025-12');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${FRAME} button`, { hasText: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^clout-standing-in-middle-east-north-africa.*\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('period,period_start,power,composite,rank,change,coverage');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(4 * 4);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['2022', '2023', '2024', '2025']));
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['RUS', 'USA', 'CHN', 'TUR']));

    // The file holds the plotted numbers: compare Russia's 2025 score with the chart's label.
    const russia2025 = rows.find((row) => row[0] === '2025' && row[2] === 'RUS')!;
    const label = await page
      .locator(`${CHART} circle[aria-label^="Russia, 2025:"]`)
      .getAttribute('aria-label');
    expect(label).toContain(`: ${Number(russia2025[3]).toFixed(1)}`);
  });

  it('downloads the chart as a standalone SVG and as a PNG', async () => {
    const page = await open('/?region=mena');
    const frame = page.locator(FRAME);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator('button', { hasText: 'SVG' }).click(),
    ]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Standing in Middle East &amp; North Africa');
    expect(svg).toContain('United States');
    expect(svg).not.toContain('var(--');

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator('button', { hasText: 'PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('re-charts live when the methodology weights move', async () => {
    const current = await browser.open();
    const { page } = current;
    await page.goto(url('/methodology?region=mena'));
    const preview = 'svg[data-chart="weights-preview"]';
    await page.locator(`${preview} circle`).first().waitFor();
    const before = await page
      .locator(`${preview} path.series-line`)
      .evaluateAll((paths) => paths.map((line) => line.getAttribute('d')));
    const arms = page.locator('input[data-family="ARMS"]');
    await arms.focus();
    for (let step = 0; step < 30; step++) await arms.press('ArrowRight');
    await page.waitForURL(/weights=40,35,55/);
    await expect
      .poll(() =>
        page
          .locator(`${preview} path.series-line`)
          .evaluateAll((paths) => paths.map((line) => line.getAttribute('d'))),
      )
      .not.toEqual(before);
    await page.locator('a', { hasText: 'Open in the overview' }).click();
    await page.waitForURL(
      (address) => address.pathname === '/' && address.search.includes('weights=40,35,55'),
    );
    await page.locator('[role="status"]', { hasText: 'Custom weights' }).waitFor();
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const current = await browser.open({ width: 375 });
    await current.page.goto(url('/'));
    await current.page.locator(`${CHART} circle`).first().waitFor();
    expect(await current.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  });

  it('switches to the dark theme and remembers it', async () => {
    const page = await open('/');
    await page.locator('button', { hasText: 'Dark' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.reload();
    await page.locator(`${CHART} circle`).first().waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  });
});

/** The `d` of every line, to tell whether the chart redrew with other data. */
function linePaths(page: Page): Promise<(string | null)[]> {
  return page
    .locator(`${CHART} path.series-line`)
    .evaluateAll((paths) => paths.map((line) => line.getAttribute('d')));
}

/** What a reader sees: the controls' values, the chart, the selected point and its explanation. */
async function describeView(page: Page) {
  return {
    url: new URL(page.url()).search,
    region: await page.locator('select[data-control="region"]').inputValue(),
    granularity: await page.locator('[data-control="granularity"] button[aria-pressed="true"]').textContent(),
    title: await page.locator(`${FRAME} h3`).textContent(),
    series: await page
      .locator(`${CHART} g[data-series]`)
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-series'))),
    selected: await page.locator(`${CHART} circle[aria-pressed="true"]`).getAttribute('aria-label'),
    explanation: await page.locator('[data-what-moved] h3').textContent(),
    headline: await page.locator('[data-what-moved] .headline').textContent(),
  };
}
