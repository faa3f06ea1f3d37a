import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, noBrowser, openPage, url, type WatchedPage } from './support/browser.js';

// A fetch answered with HTTP 400 (the server's QUERY_TOO_COMPLEX) is logged by Chromium itself.
const REFUSED = /Failed to load resource: the server responded with a status of 400/;

async function openWorkbench(page: Page, path = '/query'): Promise<void> {
  await page.goto(url(path));
  await page.locator('[data-schema="ready"][data-saved="ready"]').waitFor();
}

/** Replaces an editor's text as a paste would (no bracket closing or completion). */
async function setEditor(page: Page, editor: 'document' | 'variables', text: string): Promise<void> {
  await page.locator(`[data-editor="${editor}"] .cm-content`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.insertText(text);
}

function rowTexts(page: Page): Promise<string[]> {
  return page.locator('table.result tbody tr').allTextContents();
}

describe.skipIf(noBrowser)('query workbench', () => {
  let browser: Browser;
  const opened: WatchedPage[] = [];
  let allowed: RegExp | null = null;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const problems = opened.flatMap((item) => item.problems).filter((problem) => !allowed?.test(problem));
    for (const item of opened.splice(0)) await item.context.close();
    allowed = null;
    expect(problems, 'the page logged errors').toEqual([]);
  });

  async function fresh(): Promise<Page> {
    const watched = await openPage(browser);
    opened.push(watched);
    return watched.page;
  }

  it('completes a field from the schema and runs with Ctrl-Enter', async () => {
    const page = await fresh();
    await openWorkbench(page);
    await setEditor(page, 'variables', '');
    await setEditor(page, 'document', '');
    await page.keyboard.type('{ pow');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: /^powers/ });
    await option.first().waitFor();
    // CodeMirror ignores Enter for its interaction delay (75 ms) after the list opens.
    await page.waitForTimeout(250);
    await page.keyboard.press('Enter');
    await page.keyboard.type(' { code name ');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-editor="document"] .cm-content').textContent()).toMatch(
      /^\{ powers \{ code name \s*\}\s*\}$/,
    );
    await page.keyboard.press('Control+Enter');
    await page.locator('table.result tbody tr').first().waitFor();
    const rows = await rowTexts(page);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.join(' ')).toContain('RUS');
    await page.locator('[data-stats]', { hasText: /HTTP 200 · \d+ ms · / }).waitFor();
  });

  it('refuses invalid variables JSON without sending a request', async () => {
    const page = await fresh();
    await openWorkbench(page);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') sent.push(request.postData() ?? '');
    });
    await setEditor(page, 'variables', '{ "region": ');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const error = page.locator('[data-error="variables"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Variables are not valid JSON/);
    expect(await page.locator('table.result').count()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('shows the server’s QUERY_TOO_COMPLEX message for a too-deep query', async () => {
    allowed = REFUSED;
    const page = await fresh();
    await openWorkbench(page);
    await setEditor(page, 'variables', '');
    await setEditor(
      page,
      'document',
      '{ actor(code: "RUS") { regions { members { regions { members { regions { members { regions { members { name } } } } } } } } } }',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const error = page.locator('ul[data-list="errors"] li');
    await error.first().waitFor();
    const text = await error.first().textContent();
    expect(text).toContain('QUERY_TOO_COMPLEX');
    expect(text).toMatch(/levels deep; the limit is 8/);
  });

  it('saves a query whose permalink reruns it in a fresh page with the same rows', async () => {
    const page = await fresh();
    await openWorkbench(page);
    await page.getByRole('button', { name: 'Russian facilities in Syria on 2025-03-01' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('table.result tbody tr').first().waitFor();
    const rows = await rowTexts(page);
    expect(rows.length).toBeGreaterThan(0);

    await page.locator('form.save input[name="name"]').fill('Russian facilities in Syria');
    await page.locator('form.save input[name="description"]').fill('As of 2025-03-01');
    await page.locator('form.save').getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/query\/[0-9a-f-]{36}$/);
    await page.locator('form.save [role="status"]', { hasText: 'Saved (version' }).waitFor();
    const permalink = page.url();

    const other = await fresh();
    await other.goto(permalink);
    await other.locator('table.result tbody tr').first().waitFor();
    expect(await rowTexts(other)).toEqual(rows);
    expect(await other.locator('form.save input[name="name"]').inputValue()).toBe(
      'Russian facilities in Syria',
    );
  });
});
