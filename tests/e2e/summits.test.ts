import { describe, expect, it } from 'vitest';
import { noBrowser, url, useBrowser } from './support/browser.js';

describe.skipIf(noBrowser)('summits matrix', () => {
  const browser = useBrowser();

  it('shows Russia and China absent from Sharm el-Sheikh, with the sources one click away', async () => {
    const current = await browser.open();
    const { page } = current;
    await page.goto(url('/summits?region=mena&year=2025'));
    const russia = page.locator(
      'svg[data-chart="attendance"] g[aria-label^="Russia at Sharm el-Sheikh Peace Summit"]',
    );
    expect(await russia.getAttribute('aria-label')).toMatch(/: absent$/);
    expect(
      await page
        .locator('svg[data-chart="attendance"] g[aria-label^="China at Sharm el-Sheikh Peace Summit"]')
        .getAttribute('aria-label'),
    ).toMatch(/: absent$/);

    await russia.click();
    await page.waitForURL(/summit=sharm-el-sheikh-peace-summit-2025/);
    const panel = page.locator('aside[aria-labelledby="summit-detail-title"]');
    await panel.locator('tbody tr').first().waitFor();
    const russiaRow = panel.locator('tbody tr', { hasText: 'Russia' });
    expect(await russiaRow.locator('td').first().textContent()).toBe('Absent');
    expect(await russiaRow.locator('a[href^="http"]').count()).toBeGreaterThan(0);
  });

  it('filters by convener and keeps the filter in the link', async () => {
    const current = await browser.open();
    const { page } = current;
    await page.goto(url('/summits?region=mena'));
    await page.locator('svg[data-chart="attendance"]').waitFor();
    await page.selectOption('select[data-control="convener"]', 'RUS');
    await page.waitForURL(/convener=RUS/);
    const rows = await page.locator('svg[data-chart="attendance"] text.row-label').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => /Russia–Arab World Summit/.test(row))).toBe(true);
    expect(rows.some((row) => /Sharm el-Sheikh/.test(row))).toBe(false);
  });
});
