import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noBrowser, url, useBrowser } from './support/browser.js';

const SYRIAN_BASES = ['rus-hmeimim-air-base', 'rus-tartus-naval-facility', 'rus-qamishli-airport'];

describe.skipIf(noBrowser)('bases map', () => {
  const browser = useBrowser();

  function looks(page: Page): Promise<string[]> {
    return Promise.all(
      SYRIAN_BASES.map(
        async (id) => (await page.locator(`g[data-marker="${id}"]`).getAttribute('data-look')) ?? '',
      ),
    );
  }

  it("shows Russia's Syrian bases slipping from active to contested or negotiating as the date moves from 2024-06 to 2025-06", async () => {
    const current = await browser.open();
    const { page } = current;
    await page.goto(url('/bases?region=mena&date=2024-06-01'));
    await page.locator('g[data-marker="rus-hmeimim-air-base"]').waitFor();
    expect(await looks(page)).toEqual(['held', 'held', 'held']);
    expect(await page.locator('g[data-marker="rus-hmeimim-air-base"]').getAttribute('aria-label')).toContain(
      'active on 1 Jun 2024',
    );

    const slider = page.locator('input[data-control="date-slider"]');
    await slider.focus();
    for (let month = 0; month < 12; month++) await slider.press('ArrowRight');
    await page.waitForURL(/date=2025-06-01/);
    expect(await looks(page)).toEqual(['in-doubt', 'in-doubt', 'in-doubt']);

    // The list view says the same in words.
    await page.locator('figure[data-chart-id="bases-map"] button', { hasText: 'List' }).click();
    const rows = await page.locator('figure[data-chart-id="bases-map"] tbody tr').allTextContents();
    const statusOf = (name: RegExp) => rows.find((row) => name.test(row)) ?? '';
    expect(statusOf(/Hmeimim/)).toContain('negotiating');
    expect(statusOf(/Tartus/)).toContain('negotiating');
    expect(statusOf(/Qamishli/)).toContain('contested');
  });

  it('opens a facility with its status timeline and sources', async () => {
    const current = await browser.open();
    const { page } = current;
    await page.goto(url('/bases?region=mena&date=2025-06-01'));
    await page.locator('g[data-marker="rus-tartus-naval-facility"]').click();
    await page.waitForURL(/facility=rus-tartus-naval-facility/);
    const panel = page.locator('aside[aria-labelledby="facility-detail-title"]');
    await panel.locator('ol li').first().waitFor();
    expect(await panel.locator('h3').textContent()).toMatch(/Tartus/);
    expect(await panel.locator('ol li').count()).toBeGreaterThanOrEqual(3);
    expect(await panel.locator('a[href^="http"]').count()).toBeGreaterThan(0);
  });
});
