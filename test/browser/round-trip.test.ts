/**
 * The round trip in real Chromium against the real router and store on a temp data file:
 * add two people, log encounters (a group one and a single one), see them in the list and on the map,
 * reload, still there, and the data file on disk holds them. Bad input shows an error and writes nothing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { clickPerson, drawnScene, enableMapHook, tabToMap, visibleNodes } from './map-page';

let dir: string;
let dataFile: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-round-trip-'));
  dataFile = join(dir, 'tiefgang.json');
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function readDataFile(): Promise<Database> {
  return JSON.parse(await readFile(dataFile, 'utf8')) as Database;
}

async function addPerson(page: Page, person: { name: string; email?: string; kind?: string }) {
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add person' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  // The dialog opens with the cursor in the name field: typing goes straight there.
  await page.keyboard.type(person.name);
  if (person.email) await dialog.getByLabel('E-mail').fill(person.email);
  if (person.kind) await dialog.getByLabel('Kind').selectOption(person.kind);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await peopleRow(page, person.name).waitFor();
}

/** Fills the log dialog with the keyboard: type part of a name, Enter to add; Enter on an empty input submits. */
async function logEncounter(
  page: Page,
  encounter: { with: string[]; date: string; channel: string; minutes?: number; notes?: string },
) {
  await page.getByRole('button', { name: 'Log encounter', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Log encounter' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const people = dialog.getByRole('combobox', { name: 'People' });
  await expect.poll(() => people.evaluate((el) => el === document.activeElement)).toBe(true);
  for (const query of encounter.with) {
    await page.keyboard.type(query);
    await dialog.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
  }
  await dialog.getByLabel('Date').fill(encounter.date);
  await dialog.getByLabel('Channel').selectOption(encounter.channel);
  if (encounter.minutes !== undefined)
    await dialog.getByLabel('Duration in minutes').fill(String(encounter.minutes));
  if (encounter.notes) await dialog.getByLabel('Notes').fill(encounter.notes);
  await dialog.getByRole('button', { name: 'Log encounter' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const peopleRow = (page: Page, name: string): Locator =>
  page
    .locator('table.people-table tbody tr')
    .filter({ has: page.getByRole('button', { name, exact: true }) });

async function listedPeople(page: Page) {
  return page.locator('table.people-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.querySelector('th')?.textContent?.trim(),
      encounters: row.querySelectorAll('td')[1]?.textContent?.trim(),
    })),
  );
}

/**
 * What the map drew for the data as it is now (its scene model, read through the map's test hook): one node
 * and one line per person.
 */
async function mapState(page: Page, revision: number) {
  const { scene } = await drawnScene(page, (s) => s.stats.total > 0, 30_000, revision);
  return {
    me: scene.me ? 1 : 0,
    nodes: visibleNodes(scene).map((n) => ({ id: n.id, label: n.name })),
    lines: Object.fromEntries(scene.egoLines.map((l) => [l.personId, l.width])),
  };
}

function expectCleanPage(harness: AppHarness) {
  expect(harness.blockedRequests, 'requests to anything but the app itself').toEqual([]);
  expect(harness.consoleErrors, 'console errors (CSP violations land here)').toEqual([]);
  expect(harness.pageErrors, 'uncaught errors in the page').toEqual([]);
}

describe('from the UI to the data file and back', () => {
  it('adds two people, logs encounters, shows them in the list and on the map, and keeps them across a reload', async () => {
    app = await launchApp({ dataFile });
    await enableMapHook(app);
    const { page } = app;
    await page.getByText('No people yet.').waitFor();

    await addPerson(page, { name: 'Anna Berger', email: 'anna@example.com', kind: 'client' });
    await addPerson(page, { name: 'Jürgen Öhlinger', kind: 'colleague' });
    // Accent-insensitive type-ahead: "jurg" finds Jürgen.
    await logEncounter(page, {
      with: ['anna', 'jurg'],
      date: '2026-11-20',
      channel: 'in_person',
      minutes: 90,
      notes: 'Lunch at the club',
    });
    await logEncounter(page, { with: ['berger'], date: '2026-11-24', channel: 'call' });

    const people = await listedPeople(page);
    expect(people).toEqual([
      { name: 'Anna Berger', encounters: '2' },
      { name: 'Jürgen Öhlinger', encounters: '1' },
    ]);

    const map = await mapState(page, app.core.store.revision);
    const db = await readDataFile();
    const anna = db.people.find((p) => p.displayName === 'Anna Berger')!;
    const jurgen = db.people.find((p) => p.displayName === 'Jürgen Öhlinger')!;
    expect(map.me).toBe(1);
    expect(map.nodes).toHaveLength(2);
    expect(Object.keys(map.lines).sort()).toEqual([anna.id, jurgen.id].sort());
    expect(map.nodes.find((n) => n.id === anna.id)).toMatchObject({ label: 'Anna Berger' });
    expect(map.lines[anna.id]!, 'more encounters, thicker line').toBeGreaterThan(map.lines[jurgen.id]!);

    // Selecting on the map shows the person in the side panel, with their encounters newest first.
    await clickPerson(page, anna.id);
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Anna Berger');
    expect(await panel.getByTestId('panel-encounter-count').textContent()).toBe('2');
    expect(await panel.locator('.timeline li .timeline-date').allTextContents()).toEqual([
      '24 Nov 2026',
      '20 Nov 2026',
    ]);
    expect(await panel.locator('.timeline li').nth(1).textContent()).toContain('with Jürgen Öhlinger');
    expect((await drawnScene(page)).state?.selectedId).toBe(anna.id);
    await app.screenshot('round-trip-map');

    await page.reload();
    await peopleRow(page, 'Anna Berger').waitFor();
    expect(await listedPeople(page)).toEqual(people);
    expect(await mapState(page, app.core.store.revision)).toEqual(map);

    // The side panel's button opens the log dialog with the person already chosen; Escape leaves it unsaved.
    await page.getByRole('button', { name: 'Anna Berger', exact: true }).click();
    await page.getByRole('button', { name: 'Log encounter with Anna Berger' }).click();
    const preset = page.getByRole('dialog', { name: 'Log encounter' });
    expect(await preset.locator('.chip').allTextContents()).toEqual(['Anna Berger×']);
    await page.keyboard.press('Escape');
    await preset.waitFor({ state: 'hidden' });

    // On disk: exactly what was entered, in the durable, human-readable JSON file.
    const onDisk = await readDataFile();
    expect(onDisk.people.map((p) => [p.displayName, p.kind, p.emails])).toEqual([
      ['Anna Berger', 'client', ['anna@example.com']],
      ['Jürgen Öhlinger', 'colleague', []],
    ]);
    const encounters = [...onDisk.encounters].sort((a, b) => a.date.localeCompare(b.date));
    expect(encounters.map((e) => ({ ...e, participants: [...e.participants].sort() }))).toMatchObject([
      {
        date: '2026-11-20',
        channel: 'in_person',
        durationMinutes: 90,
        notes: 'Lunch at the club',
        participants: [anna.id, jurgen.id].sort(),
      },
      { date: '2026-11-24', channel: 'call', participants: [anna.id] },
    ]);
    expectCleanPage(app);
  });

  it('shows an error beside an empty name and writes nothing', async () => {
    app = await launchApp({ dataFile });
    const { page } = app;
    await page.getByText('No people yet.').waitFor();
    await app.screenshot('round-trip-empty');
    const before = await readFile(dataFile, 'utf8');
    const revision = app.core.store.revision;

    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add person' });
    const name = dialog.getByLabel('Name');
    await name.fill('   ');
    await dialog.getByRole('button', { name: 'Add person' }).click();

    await dialog.getByText('Please enter a name.').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's description, so a screen reader reads it with the field.
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe(
      'Please enter a name.',
    );
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await dialog.isVisible()).toBe(true);
    await app.screenshot('round-trip-form-error');

    // A bad e-mail address is caught too, next to its own field.
    await name.fill('Clara Novak');
    await dialog.getByLabel('E-mail').fill('clara@');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.getByText('This is not a valid e-mail address, e.g. anna@example.com.').waitFor();
    expect(await dialog.getByText('Please enter a name.').count()).toBe(0);

    // Escape closes the dialog without saving.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // An encounter without people is refused the same way.
    await page.getByRole('button', { name: 'Log encounter', exact: true }).click();
    const logDialog = page.getByRole('dialog', { name: 'Log encounter' });
    await logDialog.getByRole('button', { name: 'Log encounter' }).click();
    await logDialog.getByText('Choose at least one person.').waitFor();
    await page.keyboard.press('Escape');
    await logDialog.waitFor({ state: 'hidden' });

    expect(app.core.store.revision).toBe(revision);
    expect(await readFile(dataFile, 'utf8')).toBe(before);
    expect((await readDataFile()).people).toEqual([]);
    expectCleanPage(app);
  });

  it('works with the keyboard alone: add a person, log an encounter', async () => {
    app = await launchApp({ dataFile });
    const { page } = app;
    await page.getByText('No people yet.').waitFor();

    // Tab order starts in the toolbar: "Add person", then "Log encounter".
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add person');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Maria Gruber');
    await page.keyboard.press('Enter'); // submits the form
    await peopleRow(page, 'Maria Gruber').waitFor();
    // Focus returns to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add person');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Log encounter');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await page.keyboard.type('gru');
    const options = dialog.getByRole('listbox');
    await options.waitFor();
    // The first Escape closes only the list of matches, not the dialog.
    await page.keyboard.press('Escape');
    await options.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown'); // opens the list again
    await options.waitFor();
    await page.keyboard.press('Enter'); // adds Maria
    await dialog.locator('.chip', { hasText: 'Maria Gruber' }).waitFor();
    await page.keyboard.press('Enter'); // the list is closed, so Enter submits: date defaults to today
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(async () => (await listedPeople(page))[0]?.encounters).toBe('1');
    const db = await readDataFile();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(db.encounters).toMatchObject([
      { date: today, channel: 'in_person', participants: [db.people[0]!.id] },
    ]);

    // Focus is back on "Log encounter"; past the language switch come the map's controls, then the map,
    // where the arrow keys move from person to person.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language-select');
    await tabToMap(page);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('.map-view [aria-live="polite"]').textContent())
      .toContain('Maria Gruber');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent())
      .toBe('Maria Gruber');
    await app.screenshot('round-trip-keyboard');
    expectCleanPage(app);
  });

  it('switches to German, saves the choice and formats dates for de-AT', async () => {
    app = await launchApp({ dataFile });
    const { page, core } = app;
    const created = await core.router.handle('people.create', { displayName: 'Lukas Hofer', kind: 'friend' });
    if (!created.ok) throw new Error(created.error.message);
    await core.router.handle('encounters.create', {
      date: '2026-03-05',
      participants: [(created.data as { id: string }).id],
      channel: 'video',
    });
    // A change made outside the window (here: directly through the router) reaches it as a db.changed event.
    await peopleRow(page, 'Lukas Hofer').waitFor();

    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Person hinzufügen' }).waitFor();
    await expect.poll(async () => (await readDataFile()).settings.language).toBe('de');

    await page.reload();
    await page.getByRole('button', { name: 'Begegnung erfassen', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await peopleRow(page, 'Lukas Hofer').locator('td').allTextContents()).toEqual([
      'Freund/in',
      '1',
      '05.03.2026',
    ]);
    await page.getByRole('button', { name: 'Lukas Hofer', exact: true }).click();
    await page.getByRole('complementary').getByText('Videoanruf').waitFor();
    await app.screenshot('round-trip-map-de');
    expectCleanPage(app);
  });
});
