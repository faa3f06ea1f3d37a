import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../server/src/db/client.js';
import { revokeToken } from '../../server/src/modules/auth/auth.repository.js';
import { createApiToken } from '../../server/src/modules/auth/auth.service.js';
import { databaseUrl, noBrowser, url, useBrowser } from './support/browser.js';

// A fetch answered with HTTP 400 (the server's QUERY_TOO_COMPLEX) or 401 (no token) is logged by
// Chromium itself.
const REFUSED = /Failed to load resource: the server responded with a status of 40[01]/;

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

async function runAndWaitForRows(page: Page): Promise<string[]> {
  // The stats line names the time taken, so a new answer changes it.
  const stats = page.locator('[data-stats]');
  const before = (await stats.count()) ? await stats.textContent() : null;
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  if (before !== null) await page.locator('[data-stats]', { hasNotText: before }).waitFor();
  await page.locator('table.result tbody tr').first().waitFor();
  return rowTexts(page);
}

async function saveAs(page: Page, name: string): Promise<string> {
  await page.locator('form.save input[name="name"]').fill(name);
  await page.locator('form.save').getByRole('button', { name: /^Save/ }).click();
  await page.waitForURL(/\/query\/[0-9a-f-]{36}$/);
  await page.locator('form.save [role="status"]', { hasText: 'Saved (version' }).waitFor();
  return page.url();
}

/** Where a word of the query editor's text is drawn, to point at it (CodeMirror splits text into spans). */
async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.locator('[data-editor="document"] .cm-content').evaluate((content, wanted) => {
    // 4 is NodeFilter.SHOW_TEXT (these tests compile without the DOM's globals).
    const walker = content.ownerDocument.createTreeWalker(content, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.search(new RegExp(`\\b${wanted}\\b`)) ?? -1;
      if (at < 0) continue;
      const range = content.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the editor`);
  }, word);
}

/** Delays, by 1.5 s, the API requests whose body contains `marker`; they still reach the real server. */
async function holdBack(page: Page, marker: string): Promise<void> {
  await page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes(marker))
      await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
}

function savedName(page: Page): Promise<string> {
  return page.locator('form.save input[name="name"]').inputValue();
}

describe.skipIf(noBrowser)('query workbench', () => {
  const browser = useBrowser();

  async function fresh(allowed?: RegExp): Promise<Page> {
    return (await browser.open({ allowed })).page;
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

    // A column header sorts the rows: up, down, then back to the server's order.
    const codes = () => page.locator('table.result tbody tr td:first-child').allTextContents();
    const serverOrder = await codes();
    const header = page.locator('table.result th[data-column="code"]');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await codes()).toEqual([...serverOrder].sort());
    await header.getByRole('button').click();
    expect(await codes()).toEqual([...serverOrder].sort().reverse());
    await header.getByRole('button').click();
    expect(await codes()).toEqual(serverOrder);

    await page.getByRole('button', { name: 'Prettify' }).click();
    expect(await page.locator('[data-editor="document"] .cm-line').allTextContents()).toEqual([
      '{',
      '  powers {',
      '    code',
      '    name',
      '  }',
      '}',
      '',
    ]);
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

    // Valid JSON with a misspelt name: what the server would refuse is said before running.
    await setEditor(page, 'variables', '{ "regoin": "mena" }');
    const problems = page.locator('[data-list="variable-problems"]');
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(
      /\$region.*was not provided.*Variable "\$regoin" is not declared by operation "Standings"/s,
    );
  });

  it('holds a mutation back, sending nothing, while no API token is given', async () => {
    const page = await fresh();
    await openWorkbench(page);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') sent.push(request.postData() ?? '');
    });
    await setEditor(page, 'variables', '');
    await setEditor(
      page,
      'document',
      'mutation { deleteSavedQuery(id: "00000000-0000-4000-8000-000000000000") }',
    );
    await page.keyboard.press('Control+Enter');
    const refusal = page.locator('[data-error="run"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/only with an API token.*Nothing was sent/);
    expect(sent).toEqual([]);
  });

  it('shows the server’s QUERY_TOO_COMPLEX message for a too-deep query', async () => {
    const page = await fresh(REFUSED);
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
  it('draws a result with periods and numbers as a chart, and redraws when the user picks another y', async () => {
    const page = await fresh();
    await openWorkbench(page);
    await page.getByRole('button', { name: 'Russia vs US in the Middle East since 2015' }).click();
    const rows = await runAndWaitForRows(page);
    expect(rows.length).toBeGreaterThan(10);
    await page.getByRole('tab', { name: 'Chart' }).click();
    const chart = page.locator('[data-chart="line"]');
    await chart.locator('svg').first().waitFor();
    // One line per power: the series column was inferred as the power.
    expect(await chart.locator('path.series-line').count()).toBe(2);
    const before = await chart.locator('path.series-line').first().getAttribute('d');
    await chart.getByRole('combobox', { name: /^Y\b/ }).selectOption('points.rank');
    await expect.poll(() => chart.locator('path.series-line').first().getAttribute('d')).not.toBe(before);

    // The chart downloads as a standalone SVG with its title and legend.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('clout-points-rank-by-points-period-and-power-code.svg');
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('points.rank by points.period and power.code');
    expect(svg).toContain('United States');
  });

  it('runs the operation under the cursor, or the one picked, when a document holds several', async () => {
    const page = await fresh();
    await openWorkbench(page);
    await setEditor(page, 'variables', '');
    await setEditor(
      page,
      'document',
      'query Powers { powers { code } }\n\nquery Regions { regions(first: 10) { nodes { slug name } } }',
    );
    const picker = page.locator('[data-select="operation"]');
    await picker.selectOption('Regions');
    expect((await runAndWaitForRows(page)).join(' ')).toContain('mena');

    await page.locator('[data-editor="document"] .cm-line', { hasText: 'query Powers' }).click();
    await page.keyboard.press('Control+Enter');
    await page.locator('table.result tbody tr', { hasText: 'RUS' }).first().waitFor();
    expect(await picker.inputValue()).toBe('Powers');
  });

  it('shows the latest run’s answer when an earlier one answers last', async () => {
    const page = await fresh();
    await openWorkbench(page);
    // The first query's answer is held back on its way from the real server.
    await holdBack(page, 'regions');
    await setEditor(page, 'variables', '');
    await setEditor(page, 'document', '{ regions(first: 10) { nodes { slug } } }');
    await page.keyboard.press('Control+Enter');
    await setEditor(page, 'document', '{ powers { code } }');
    await page.keyboard.press('Control+Enter');
    await page.locator('table.result tbody tr', { hasText: 'RUS' }).first().waitFor();
    // Long enough for the held-back answer to have arrived.
    await page.waitForTimeout(2000);
    expect((await rowTexts(page)).join(' ')).not.toContain('mena');
    expect(await page.locator('table.result thead th').allTextContents()).toEqual(['code']);
  });

  it('follows Back and Forward between permalinks', async () => {
    const page = await fresh();
    await openWorkbench(page);
    await page.getByRole('button', { name: 'Russian facilities in Syria on 2025-03-01' }).click();
    const facilities = await runAndWaitForRows(page);
    const first = await saveAs(page, 'Back test: facilities');

    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.waitForURL(/\/query$/);
    await page.getByRole('button', { name: 'Who attended Sharm el-Sheikh' }).click();
    const attendance = await runAndWaitForRows(page);
    const second = await saveAs(page, 'Back test: Sharm el-Sheikh');
    expect(second).not.toBe(first);

    await page.goBack();
    await page.waitForURL(first);
    await expect.poll(() => savedName(page)).toBe('Back test: facilities');
    await expect.poll(() => rowTexts(page)).toEqual(facilities);

    await page.goForward();
    await page.waitForURL(second);
    await expect.poll(() => savedName(page)).toBe('Back test: Sharm el-Sheikh');
    await expect.poll(() => rowTexts(page)).toEqual(attendance);

    // Back then Forward before the first saved query has loaded: the page ends where the reader did.
    const firstId = first.split('/').pop()!;
    await holdBack(page, firstId);
    await page.goBack();
    await page.waitForURL(first);
    await page.goForward();
    await page.waitForURL(second);
    await page.waitForTimeout(2500);
    expect(await savedName(page)).toBe('Back test: Sharm el-Sheikh');
    expect(await rowTexts(page)).toEqual(attendance);
  });

  it('deletes a saved query, keeping its text, and its permalink then says it is gone', async () => {
    const page = await fresh();
    await openWorkbench(page);
    await page.getByRole('button', { name: 'Who attended Sharm el-Sheikh' }).click();
    const permalink = await saveAs(page, 'Delete test');
    await page.locator('[data-list="saved"] a', { hasText: 'Delete test' }).waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('form.save').getByRole('button', { name: 'Delete' }).click();
    await page.locator('form.save [role="status"]', { hasText: 'Deleted' }).waitFor();
    expect(page.url()).toMatch(/\/query$/);
    expect(await page.locator('[data-editor="document"] .cm-content').textContent()).toContain(
      'participants',
    );
    await expect
      .poll(() => page.locator('[data-list="saved"] a', { hasText: 'Delete test' }).count())
      .toBe(0);

    const other = await fresh();
    await other.goto(permalink);
    await other.getByRole('alert').filter({ hasText: 'There is no saved query with this id' }).waitFor();
  });

  it('draws the editor in the dark theme’s colours, hover tooltips included', async () => {
    const { page } = await browser.open({ colorScheme: 'dark' });
    await openWorkbench(page);
    const colourOf = (selector: string, property: 'color' | 'backgroundColor') =>
      page
        .locator(selector)
        .first()
        .evaluate(
          (element, name) => element.ownerDocument.defaultView!.getComputedStyle(element)[name],
          property,
        );
    // --bg, --surface and --fg of the dark theme (app.css).
    expect(await colourOf('[data-editor="document"] .cm-gutters', 'backgroundColor')).toBe('rgb(21, 21, 20)');
    const name = await wordCentre(page, 'standings');
    await page.mouse.move(name.x, name.y);
    await page.locator('.cm-graphql-hover').waitFor();
    expect(await colourOf('.cm-tooltip', 'backgroundColor')).toBe('rgb(29, 29, 27)');
    expect(await colourOf('.cm-graphql-hover', 'color')).toBe('rgb(237, 237, 235)');
  });

  it('explains a name on hover and opens it in the searchable schema docs', async () => {
    const page = await fresh();
    await openWorkbench(page);
    await setEditor(page, 'variables', '');
    await setEditor(page, 'document', '{ powers { code } }');
    const name = await wordCentre(page, 'powers');
    await page.mouse.move(name.x, name.y);
    const tooltip = page.locator('.cm-graphql-hover');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Query\.powers.*\[Power!\]!/s);

    // Ctrl-click (⌘-click) jumps to the field in the docs.
    await page.keyboard.down('ControlOrMeta');
    await page.mouse.click(name.x, name.y);
    await page.keyboard.up('ControlOrMeta');
    const docs = page.locator('section[data-docs]');
    await docs.locator('[data-type="Query"]').waitFor();
    await docs.locator('[data-field="powers"]').waitFor();

    await docs.getByLabel('Search the schema').fill('summit');
    await docs
      .getByRole('button', { name: /^Query\.summit\b/ })
      .first()
      .click();
    await docs.locator('[data-field="summit"]').waitFor();
    expect(await docs.locator('[data-field="summit"]').textContent()).toMatch(/id: ID!/);
  });
});

describe.skipIf(noBrowser)('query workbench once API tokens exist', () => {
  const browser = useBrowser();
  let database: DatabaseHandle;
  let tokenId: number | undefined;
  let secret = '';

  beforeAll(async () => {
    database = connectDatabase({ url: databaseUrl, statementTimeoutMs: 10_000 });
    const token = await createApiToken(database.db, { name: 'E2E editor', role: 'editor' });
    tokenId = token.id;
    secret = token.token;
  });
  afterAll(async () => {
    // Revoking the only token opens writes again for the other e2e files.
    if (tokenId !== undefined) await revokeToken(database.db, tokenId);
    await database?.close();
  });

  it('refuses saving without a token; with one, saves with the author and runs a mutation', async () => {
    const { page } = await browser.open({ allowed: REFUSED });
    await openWorkbench(page);

    await page.getByRole('button', { name: 'Russian facilities in Syria on 2025-03-01' }).click();
    await page.locator('form.save input[name="name"]').fill('Saved with a token');
    await page.locator('form.save').getByRole('button', { name: 'Save' }).click();
    const refused = page.locator('form.save [role="alert"]');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(
      /needs an API token with the editor role.*Paste an editor token under “API token” at the top of the page/,
    );
    expect(page.url()).toMatch(/\/query$/);

    await page.locator('[data-token-menu] summary').click();
    await page.locator('form.token input[name="token"]').fill(secret);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.locator('[data-token-menu] summary', { hasText: 'API token ✓' }).waitFor();
    const permalink = await saveAs(page, 'Saved with a token');
    expect(await page.locator('form.save').textContent()).toContain('by E2E editor');

    // The token stays in this browser until the user forgets it, and lets mutations run.
    await page.reload();
    await page.locator('[data-token-menu] summary', { hasText: 'API token ✓' }).waitFor();
    const id = permalink.split('/').pop()!;
    await setEditor(page, 'variables', '');
    await setEditor(page, 'document', `mutation { deleteSavedQuery(id: "${id}") }`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('table.result tbody tr', { hasText: 'true' }).waitFor();
    expect(await page.locator('[data-stats]').textContent()).toMatch(/^\s*HTTP 200/);
  });
});
