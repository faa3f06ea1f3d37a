import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { noBrowser, url, useBrowser } from './support/browser.js';

const NAME = 'Weekly MENA standings';

/** Weekday and wall-clock time of an instant in Berlin, e.g. "Mon 06:00". */
function inBerlin(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((item) => item.type === type)?.value;
  return `${part('weekday')} ${part('hour')}:${part('minute')}`;
}

describe.skipIf(noBrowser)('exports page', () => {
  const browser = useBrowser();

  it('creates a weekly schedule, runs it, and downloads a file whose checksum matches', async () => {
    const current = await browser.open();
    const { page } = current;
    await page.goto(url('/exports'));
    await page.getByRole('link', { name: 'New schedule' }).click();
    await page.waitForURL(/form=new/);

    const form = page.locator('form.schedule-form');
    await form.locator('input[name="name"]').fill(NAME);
    await form.locator('input[name="description"]').fill('Standings for the Middle East and North Africa');
    await form.locator('input[name="cron"]').fill('0 6 * * 1');
    await form.locator('input[name="timeZone"]').fill('Europe/Berlin');
    await form.locator('input[name="formats"][value="CSV"]').check();
    await form.locator('input[name="formats"][value="JSON"]').check();
    await form.locator('input[name="formats"][value="NDJSON"]').uncheck();
    await form.locator('input[name="keepLast"]').fill('12');
    // The live preview follows the zone typed: its times are Berlin's.
    await form
      .locator('ol[data-list="preview"] time', { hasText: /CET|CEST/ })
      .first()
      .waitFor();
    await form.getByRole('button', { name: 'Create schedule' }).click();
    await page.waitForURL(/schedule=[0-9a-f-]{36}/);

    const nextRuns = page.locator('ol[data-list="next-runs"] time');
    await nextRuns.first().waitFor();
    const instants = await nextRuns.evaluateAll((times) =>
      times.map((time) => time.getAttribute('datetime') ?? ''),
    );
    expect(instants).toHaveLength(5);
    expect(instants.map(inBerlin)).toEqual(Array(5).fill('Mon 06:00'));
    for (const text of await nextRuns.allTextContents()) expect(text).toMatch(/^Mon, .* 06:00 CES?T$/);
    expect(await page.locator('table.schedules tbody tr', { hasText: NAME }).textContent()).toContain(
      'Mondays at 06:00',
    );

    await page.getByRole('button', { name: 'Run now' }).click();
    // The page polls by itself; wait for its list to show the run finished.
    await page.locator('table.runs tbody tr [data-status="succeeded"]').waitFor({ timeout: 90_000 });
    await page.locator('table.runs tbody tr th a').first().click();
    await page.waitForURL(/run=[0-9a-f-]{36}/);

    const row = page.locator('table.files tr[data-file="summits.csv"]');
    await row.waitFor();
    const shown = await row.locator('[data-sha256]').getAttribute('data-sha256');
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('[data-citation]').textContent()).toContain(NAME);

    const link = row.locator('a[href^="/exports/"]');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const downloaded = await readFile(await download.path());
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(shown);
    const response = await page.request.get(url((await link.getAttribute('href'))!));
    expect(response.headers()['x-checksum-sha256']).toBe(shown);

    // A second run of unchanged data compares as all unchanged against the first.
    await page.getByRole('button', { name: 'Run now' }).click();
    await page.locator('table.runs tbody tr').nth(1).waitFor();
    await page
      .locator('table.runs tbody tr')
      .first()
      .locator('[data-status="succeeded"]')
      .waitFor({ timeout: 90_000 });
    await page.locator('table.runs tbody tr th a').first().click();
    const base = page.locator('select[data-control="diff-base"]');
    await base.locator('option').nth(1).waitFor({ state: 'attached' });
    await base.selectOption({ index: 1 });
    await page.waitForURL(/base=[0-9a-f-]{36}/);
    const summits = page.locator('table.diff tr[data-resource="summits"] td');
    await summits.first().waitFor();
    expect(await summits.allTextContents()).toEqual(['0', '0', '0', '30', '']);
  }, 150_000);

  it('shows the server’s cron error next to the field and keeps the other inputs', async () => {
    const current = await browser.open();
    const { page } = current;
    await page.goto(url('/exports'));
    await page.locator('table.schedules tbody tr', { hasText: NAME }).getByRole('link').click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(/form=edit/);

    const form = page.locator('form.schedule-form');
    await form.locator('input[name="description"]').fill('Changed before the typo');
    await form.locator('input[name="cron"]').fill('0 6 * *');
    const error = form.locator('[data-field-error="cron"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/must have 5 fields/);
    expect(await form.locator('input[name="cron"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('input[name="name"]').inputValue()).toBe(NAME);
    expect(await form.locator('input[name="description"]').inputValue()).toBe('Changed before the typo');
    expect(await form.locator('input[name="timeZone"]').inputValue()).toBe('Europe/Berlin');
    expect(await form.locator('input[name="keepLast"]').inputValue()).toBe('12');

    // Invalid variables JSON is caught in the browser: a clear message and no request.
    const saves: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('UpdateExportSchedule')) saves.push(request.url());
    });
    await form.locator('input[name="cron"]').fill('0 6 * * 1');
    await form.locator('input[name="target"][value="SAVED_QUERY"]').check();
    await form.locator('textarea[name="variables"]').fill('{"region": mena}');
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect(await form.locator('#variables-error').textContent()).toMatch(/not valid JSON/);
    expect(saves).toEqual([]);
  });
});
