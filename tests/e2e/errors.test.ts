import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, noBrowser, openPage, url } from './support/browser.js';

describe.skipIf(noBrowser)('when the API is down', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says so clearly, offers a retry, and recovers', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await page.route('**/graphql', (route) => route.abort('connectionrefused'));
      await page.goto(url('/'));
      const alert = page.locator('[role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The Clout API cannot be reached');

      await page.unroute('**/graphql');
      await alert.locator('button', { hasText: 'Retry' }).click();
      await page.locator('svg[data-chart="standing"] circle').first().waitFor();
      // The browser itself reports the refused requests; nothing else may be logged.
      expect(problems.filter((problem) => !/Failed to load resource/.test(problem))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
