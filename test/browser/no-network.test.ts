/**
 * The app makes no network requests: the built renderer in Debian Chromium against the real router and
 * store, through every view (map with its layouts and search, People with the person editor, Review,
 * Plan, Dashboard, Settings, the quick log, the print preview, German as well as English). Two records
 * are compared with the app's own origin: every request Chromium reports for the page and its workers
 * (page.on('request')), and what the harness refused because it was for somewhere else
 * (blockedRequests). Console errors are checked too: a request the CSP stopped is reported there.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { ORIGIN } from '../harness/browser';

let dir: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-no-network-'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /^(Views|Ansichten)$/ }).getByRole('link', { name, exact: true });

/** Every request of the page and of the workers it starts, from the first one on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  const record = (request: Request) => urls.push(request.url());
  page.on('request', record);
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

/** The app's own origin, or a URL that never leaves the page (inline data, object URLs of the page). */
function isOwn(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return url.startsWith(`blob:${ORIGIN}/`);
  return new URL(url).origin === ORIGIN;
}

describe('no network', () => {
  it('requests nothing but the app itself, in every view', async () => {
    app = await launchApp({ dataFile: join(dir, 'tiefgang.json'), viewport: { width: 1360, height: 860 } });
    const { page } = app;
    const requests = recordRequests(page);
    // Record the start as well: load the window again with the recorder in place.
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Tiefgang' }).waitFor();

    // First run: the sample network, through the welcome screen.
    await page.getByRole('button', { name: 'Explore the sample network' }).click();
    await page.getByText(/The sample network was loaded/).waitFor();

    // The map: drawn on a canvas by the layout worker; every layout, the person search.
    await page.locator('canvas').first().waitFor();
    for (const layout of ['Network', 'By context', 'Rings'])
      await page.getByRole('button', { name: layout, exact: true }).click();
    const search = page.getByRole('combobox', { name: 'Find a person' });
    await search.fill('a');
    await search.press('Escape');

    // People, with a person opened in the editor.
    await nav(page, 'People').click();
    await page.locator('table.people-grid tbody tr').first().click();
    await page.getByRole('heading', { name: 'People', exact: true }).waitFor();

    await nav(page, 'Review').click();
    await page.getByRole('heading', { name: 'Who should I meet?' }).waitFor();
    await nav(page, 'Plan').click();
    await page.locator('.touch-table tbody tr').first().waitFor();
    await nav(page, 'Dashboard').click();
    await page.getByRole('heading', { name: 'People met per month' }).waitFor();
    await nav(page, 'Settings').click();
    await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();

    // The quick log and the print preview.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+l');
    const quickLog = page.getByRole('dialog', { name: 'Log encounter' });
    await quickLog.waitFor();
    await page.keyboard.press('Escape');
    await quickLog.waitFor({ state: 'hidden' });
    await nav(page, 'Map').click();
    await page.locator('canvas').first().waitFor();
    await page.keyboard.press('Control+p');
    await page.getByRole('dialog', { name: 'Print the network map' }).waitFor();
    await page.keyboard.press('Escape');

    // German: every text and format again.
    await nav(page, 'Settings').click();
    await page.getByRole('combobox', { name: 'Language of the app' }).selectOption('de');
    await nav(page, 'Karte').click();
    await page.locator('canvas').first().waitFor();
    await nav(page, 'Übersicht').click();
    await page.locator('figure.chart').first().waitFor();
    await page.waitForLoadState('networkidle');

    // The record is real: the page, its scripts and styles and the layout worker were all seen.
    expect(requests).toContain(`${ORIGIN}/index.html`);
    expect(requests.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
    expect(requests.some((url) => /\/assets\/.+\.css$/.test(url))).toBe(true);
    expect(requests.some((url) => /worker/i.test(url))).toBe(true);

    const paths = [
      ...new Set(requests.map((url) => (url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url))),
    ];
    console.log(`${requests.length} requests, ${paths.length} different: ${paths.sort().join(' ')}`);
    expect(
      requests.filter((url) => !isOwn(url)),
      'requests to anything but the app itself',
    ).toEqual([]);
    expect(app.blockedRequests, 'requests the harness refused').toEqual([]);
    expect(app.consoleErrors, 'console errors (a CSP violation lands here)').toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('would notice a request to elsewhere: the CSP stops it and reports it', async () => {
    app = await launchApp({ dataFile: join(dir, 'tiefgang.json') });
    const { page } = app;
    const requests = recordRequests(page);
    await page.getByRole('heading', { name: 'Welcome to Tiefgang' }).waitFor();
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/tiefgang-canary');
        return 'fetched';
      } catch {
        return 'refused';
      }
    });
    expect(outcome).toBe('refused');
    await expect
      .poll(() => app!.consoleErrors.join('\n'))
      .toMatch(
        /example\.org\/tiefgang-canary.*Content Security Policy|Content Security Policy.*example\.org/s,
      );
    // The CSP stopped it before it became a request.
    expect(requests.filter((url) => !isOwn(url))).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });
});
