/**
 * Logging and matching in Debian Chromium against the real router and store: the quick log finds
 * "Größinger" by typing "grossinger", offers "Did you mean Clara Huber?" for "Klara" before adding a new
 * person, types a context ahead and adds a new one in place, and saves with Ctrl+Enter from the notes; the
 * People search forgives a typo; the merge dialog keeps the richer record by default; LinkedIn's
 * "Connected On" counts as a first touch only when the switch in the import preview is on.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import { type AppHarness, call, launchApp } from '../harness/app-harness';
import { ROOT } from '../harness/browser';

let dir: string;
let dataFile: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-logging-'));
  dataFile = join(dir, 'tiefgang.json');
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Database> => JSON.parse(await readFile(dataFile, 'utf8')) as Database;

/** Presses a window shortcut with the focus on the page itself, not in a text field. */
async function shortcut(page: Page, keys: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(keys);
}

const view = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });

describe('the quick log', () => {
  it('finds people however they are typed, adds a context in place and saves with Ctrl+Enter from the notes', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1280, height: 800 } });
    const { page } = app;
    const karin = await call(app, 'people.create', { displayName: 'Karin Größinger' });
    const clara = await call(app, 'people.create', { displayName: 'Clara Huber' });
    await call(app, 'contexts.create', { name: 'Riverside Tennis Club' });
    // The window has them (it is up, and its shortcuts listen) before Ctrl+L.
    await page.getByRole('button', { name: 'Clara Huber', exact: true }).waitFor();

    await shortcut(page, 'Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await dialog.waitFor();
    const people = dialog.getByRole('combobox', { name: 'People' });
    await expect.poll(() => people.evaluate((el) => el === document.activeElement)).toBe(true);

    // ß, ö and case do not matter: "grossinger" finds Größinger.
    await page.keyboard.type('grossinger');
    await dialog.getByRole('option', { name: 'Karin Größinger' }).waitFor();
    await page.keyboard.press('Enter');

    // A small typo: "Klara" offers Clara Huber first, then adding Klara as a new person.
    await page.keyboard.type('Klara');
    const options = dialog.getByRole('listbox').getByRole('option');
    await dialog.getByRole('option', { name: 'Did you mean Clara Huber?' }).waitFor();
    expect(await options.allTextContents()).toEqual([
      'Did you mean Clara Huber?',
      'Add “Klara” as a new person',
    ]);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await dialog.locator('.chip').allTextContents()).toEqual(['Karin Größinger×', 'Clara Huber×']);

    // The context: typed ahead among the contexts, a new name added in place.
    const context = dialog.getByRole('combobox', { name: /^Context/ });
    await context.fill('tennis');
    await dialog.getByRole('option', { name: 'Riverside Tennis Club' }).waitFor();
    await context.fill('Rowing Club');
    await dialog.getByRole('option', { name: 'Add “Rowing Club” as a new context' }).waitFor();
    await page.keyboard.press('Escape'); // closes the list, not the dialog
    await dialog.getByText('“Rowing Club” will be added as a new context.').waitFor();
    expect(await dialog.isVisible()).toBe(true);

    // Ctrl+Enter in the notes saves (Enter alone is a new line there).
    const notes = dialog.getByLabel(/^Notes/);
    await notes.click();
    await page.keyboard.type('First line');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    const revision = app.core.store.revision;
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });

    // One write: the new context and the encounter together.
    expect(app.core.store.revision).toBe(revision + 1);
    const db = await onDisk();
    const rowing = db.contexts.find((c) => c.name === 'Rowing Club');
    expect(rowing).toBeDefined();
    expect(db.encounters).toMatchObject([
      { participants: [karin.id, clara.id], contextId: rowing!.id, notes: 'First line\nsecond line' },
    ]);
    expect(db.people).toHaveLength(2);
  });

  it('saves with Ctrl+Enter from the people field too', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1280, height: 800 } });
    const { page } = app;
    const anna = await call(app, 'people.create', { displayName: 'Anna Berger' });
    // The window has her (it is up, and its shortcuts listen) before Ctrl+L.
    await page.getByRole('button', { name: 'Anna Berger', exact: true }).waitFor();
    await shortcut(page, 'Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await dialog.waitFor();
    await page.keyboard.type('berg');
    await dialog.getByRole('option', { name: 'Anna Berger' }).waitFor();
    await page.keyboard.press('Enter');
    // Chosen (her chip is there) before the form is sent.
    await dialog.getByRole('button', { name: 'Remove Anna Berger' }).waitFor();
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect((await onDisk()).encounters).toMatchObject([{ participants: [anna.id] }]);
  });
});

describe('one matcher everywhere', () => {
  it('finds a person in the People search despite a typo, and by "grossinger" on the map', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await call(app, 'people.create', { displayName: 'Karin Größinger' });
    await call(app, 'people.create', { displayName: 'Ben Novak' });
    const search = page.getByRole('combobox', { name: 'Find a person' });
    await search.fill('grossinger');
    await page.getByRole('option', { name: 'Karin Größinger' }).waitFor();
    await search.press('Escape');

    await view(page, 'People').click();
    const peopleSearch = page.getByRole('searchbox', { name: /^Search/ });
    await peopleSearch.waitFor();
    await peopleSearch.fill('Grossigner');
    await expect
      .poll(() => page.locator('.people-grid tbody tr[data-person-id]').allTextContents())
      .toEqual([expect.stringContaining('Karin Größinger')]);
  });

  it('the merge dialog keeps the richer record by default', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    // The bare record, added by an import, and the one with the history.
    const bare = await call(app, 'people.create', { displayName: 'A. Berger' });
    const rich = await call(app, 'people.create', {
      displayName: 'Anna Berger',
      emails: ['anna@example.org'],
      organisation: 'Berger Consulting',
    });
    const ben = await call(app, 'people.create', { displayName: 'Ben Novak' });
    for (const date of ['2026-09-01', '2026-10-01', '2026-11-01'])
      await call(app, 'encounters.create', { date, participants: [rich.id], channel: 'call' });
    await call(app, 'ties.create', { a: rich.id, b: ben.id });

    await view(page, 'People').click();
    await page.locator('.people-grid').getByRole('button', { name: 'A. Berger', exact: true }).click();
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge two people' });
    await dialog.getByRole('combobox').fill('Anna');
    await dialog.getByRole('option', { name: /Anna Berger/ }).click();
    // Merging "A. Berger" with Anna Berger: Anna's record holds more and is kept unless chosen otherwise.
    await dialog.getByText('A. Berger is merged into Anna Berger.').waitFor();
    expect(await dialog.getByLabel(/^Anna Berger/).isChecked()).toBe(true);
    expect(await dialog.locator('.merge-richness[data-richer="true"]').textContent()).toContain(
      '3 encounters',
    );
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const db = await onDisk();
    expect(db.people.map((p) => p.id).sort()).toEqual([rich.id, ben.id].sort());
    expect(db.people.find((p) => p.id === rich.id)?.displayName).toBe('Anna Berger');
    expect(bare.id).not.toBe(rich.id);
  });
});

describe('importing LinkedIn connections', () => {
  it('counts the day you connected as a first touch only when the switch is on', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    await call(app, 'people.create', { displayName: 'Someone Already' });
    await view(page, 'Settings').click();
    const file = resolve(ROOT, 'test/fixtures/csv/linkedin-Connections.csv');
    await page.getByLabel(/^File to import/).setInputFiles(file);
    const preview = page.locator('.import-preview');
    await preview.waitFor();
    const switchBox = preview.getByLabel('Count the day you connected as a first touch');
    expect(await switchBox.isChecked()).toBe(false);
    const encounters = () => preview.locator('.import-counts li').nth(4).textContent();
    expect(await encounters()).toBe('Encounters: 0');
    await switchBox.check();
    await expect.poll(encounters).toMatch(/^Encounters: [1-9]\d*$/);
    expect(await preview.getByLabel('Count the day you connected as a first touch').isChecked()).toBe(true);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(async () => (await onDisk()).encounters.length).toBeGreaterThan(0);
    const db = await onDisk();
    expect(new Set(db.encounters.map((e) => e.channel))).toEqual(new Set(['message']));
    expect(db.encounters.every((e) => e.notes === 'Connected on LinkedIn')).toBe(true);
  });
});
