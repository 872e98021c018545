/**
 * Everyday use in Debian Chromium against the real router and store on a temp data file:
 * first run with the sample network, keyboard-only quick log (Ctrl+L), merge with preview, undo/redo
 * of a delete (also after a reload), snooze in the review, import, plan and settings; bad input shows
 * a clear message and leaves the data file byte for byte as it was.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import { type AppHarness, call, launchApp, shiftDay, todayInPage } from '../harness/app-harness';
import { ROOT } from '../harness/browser';

let dir: string;
let dataFile: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-everyday-'));
  dataFile = join(dir, 'tiefgang.json');
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Database> => JSON.parse(await readFile(dataFile, 'utf8')) as Database;
const bytes = () => readFile(dataFile);

const view = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });

/**
 * Ctrl+L until the quick log is open: a dialog closed with Escape a moment ago reports its close a task
 * later, and a shortcut pressed before that lands while it still counts as open.
 */
async function openQuickLog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Log encounter' });
  await expect
    .poll(async () => {
      if (!(await dialog.isVisible())) await shortcut(page, 'Control+l');
      return dialog.isVisible();
    })
    .toBe(true);
  return dialog;
}

/** Presses a shortcut with the focus on the page itself (not in a text field, where Ctrl+Z is the field's own). */
async function shortcut(page: Page, keys: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(keys);
}

function expectCleanPage(harness: AppHarness) {
  expect(harness.blockedRequests, 'requests to anything but the app itself').toEqual([]);
  expect(harness.consoleErrors, 'console errors (CSP violations land here)').toEqual([]);
  expect(harness.pageErrors, 'uncaught errors in the page').toEqual([]);
}

describe('first run', () => {
  it('welcomes, loads the sample network for today in English, shows every view, and undo brings the welcome back', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Tiefgang' }).waitFor();
    // No empty side panel beside the welcome: it takes the window's width.
    expect(await page.locator('.side-panel').count()).toBe(0);
    await app.screenshot('everyday-welcome');
    const empty = await bytes();

    await page.getByRole('button', { name: 'Explore the sample network' }).click();
    await page.getByText(/The sample network was loaded: \d+ people/).waitFor();
    const db = await onDisk();
    expect(db.people.length).toBeGreaterThanOrEqual(110);
    expect(db.settings.onboarded).toBe(true);
    const today = await todayInPage(page);
    expect(db.encounters.every((e) => e.date <= today)).toBe(true);
    expect(db.contexts.map((c) => c.name)).toContain('Riverside Tennis Club');
    expect(await page.getByRole('heading', { name: 'Welcome to Tiefgang' }).count()).toBe(0);
    // With a network, the side panel sums it up beside the map.
    await page.locator('.side-panel .network-summary').waitFor();

    await view(page, 'People').click();
    await expect.poll(() => page.locator('table.people-grid tbody tr').count()).toBe(db.people.length);
    await app.screenshot('everyday-people');
    await view(page, 'Review').click();
    await page.getByRole('heading', { name: 'Who should I meet?' }).waitFor();
    expect(await page.locator('.review-item').count()).toBeGreaterThan(0);
    await view(page, 'Plan').click();
    expect(await page.locator('.touch-table tbody tr').count()).toBeGreaterThan(3);
    await view(page, 'Dashboard').click();
    await page.getByRole('heading', { name: 'People met per month' }).waitFor();
    // 24 months of bars; the channel chart stacks three groups.
    expect(await page.locator('figure.chart').nth(0).locator('svg.chart-svg rect').count()).toBe(24);
    expect(await page.locator('figure.chart').nth(2).locator('svg.chart-svg rect').count()).toBe(72);
    await app.screenshot('everyday-dashboard');

    // Undo takes the whole sample back in one step: the file is byte for byte the empty one again.
    await shortcut(page, 'Control+z');
    await page.getByText('Undone: load the sample network.', { exact: false }).waitFor();
    await view(page, 'Map').click();
    await page.getByRole('heading', { name: 'Welcome to Tiefgang' }).waitFor();
    expect((await bytes()).equals(empty)).toBe(true);
    expectCleanPage(app);
  });

  it('in German, the sample has German names and the welcome speaks German', async () => {
    app = await launchApp({ dataFile, locale: 'de-AT' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Willkommen bei Tiefgang' }).waitFor();
    await page.getByRole('button', { name: 'Beispielnetzwerk erkunden' }).click();
    await page.getByText(/Das Beispielnetzwerk wurde geladen/).waitFor();
    const db = await onDisk();
    expect(db.contexts.map((c) => c.name).join(' ')).toMatch(/Tennisclub/);
    expect(db.settings.ownerName).not.toBe('');
    expectCleanPage(app);
  });
});

describe('quick log', () => {
  it('logs a group encounter with the keyboard alone: Ctrl+L, type-ahead, a new person, yesterday, channel, minutes, initiator, notes', async () => {
    app = await launchApp({ dataFile });
    const { page } = app;
    const anna = await call(app, 'people.create', { displayName: 'Anna Berger' });
    await call(app, 'people.create', { displayName: 'Ben Novak' });
    await page.getByRole('button', { name: 'Anna Berger', exact: true }).waitFor();
    const today = await todayInPage(page);
    const revision = app.core.store.revision;

    await shortcut(page, 'Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await dialog.waitFor();
    const people = dialog.getByRole('combobox', { name: 'People' });
    await expect.poll(() => people.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('berg');
    await dialog.getByRole('option', { name: 'Anna Berger' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Nora Fink');
    await dialog.getByRole('option', { name: 'Add “Nora Fink” as a new person' }).waitFor();
    await page.keyboard.press('Enter');
    expect(await dialog.locator('.chip').allTextContents()).toEqual(['Anna Berger×', 'Nora Fink (new)×']);

    await page.keyboard.press('Tab'); // date (today)
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(today);
    await page.keyboard.press('Tab'); // Today
    await page.keyboard.press('Tab'); // Yesterday
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // channel (the calendar beside is for the mouse)
    await page.keyboard.type('Call');
    await page.keyboard.press('Tab'); // context
    await page.keyboard.press('Tab'); // duration
    await page.keyboard.type('45');
    await page.keyboard.press('Tab'); // initiator
    await page.keyboard.type('They');
    await page.keyboard.press('Tab'); // notes
    await page.keyboard.type('Coffee at the fair');
    await app.screenshot('everyday-quick-log');
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Log encounter
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Log encounter');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // One write: the new person and the encounter together.
    expect(app.core.store.revision).toBe(revision + 1);
    const db = await onDisk();
    const nora = db.people.find((p) => p.displayName === 'Nora Fink');
    expect(nora).toBeDefined();
    expect(db.encounters).toMatchObject([
      {
        date: shiftDay(today, -1),
        participants: [anna.id, nora!.id],
        channel: 'call',
        durationMinutes: 45,
        initiator: 'them',
        notes: 'Coffee at the fair',
      },
    ]);

    // The person's timeline in the People view lists it; it can be edited there.
    await view(page, 'People').click();
    await page.locator('table.people-grid').getByRole('button', { name: 'Anna Berger' }).click();
    const detail = page.getByRole('complementary', { name: 'Selected person' });
    await detail.getByText('with Nora Fink').waitFor();
    await detail.getByRole('button', { name: /^Edit the encounter of / }).click();
    const edit = page.getByRole('dialog', { name: 'Edit encounter' });
    await edit.getByLabel('Duration in minutes').fill('60');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await onDisk()).encounters[0]?.durationMinutes).toBe(60);
    expectCleanPage(app);
  });
});

describe('merge', () => {
  it('suggests the duplicate, previews the merge without writing, then merges encounters and ties in one write', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    const anna = await call(app, 'people.create', {
      displayName: 'Anna Berger',
      emails: ['anna@example.org'],
    });
    const dup = await call(app, 'people.create', {
      displayName: 'A. Berger',
      emails: ['ANNA@example.org'],
      phones: ['+43 660 1234567'],
      organisation: 'Berger Consulting',
    });
    const ben = await call(app, 'people.create', { displayName: 'Ben Novak' });
    await call(app, 'encounters.create', { date: '2026-10-01', participants: [anna.id], channel: 'call' });
    await call(app, 'encounters.create', { date: '2026-10-02', participants: [anna.id], channel: 'video' });
    await call(app, 'encounters.create', {
      date: '2026-10-05',
      participants: [dup.id],
      channel: 'in_person',
    });
    await call(app, 'encounters.create', {
      date: '2026-10-09',
      participants: [dup.id, anna.id],
      channel: 'event',
    });
    await call(app, 'ties.create', { a: dup.id, b: ben.id });

    await view(page, 'People').click();
    await page.getByRole('tab', { name: 'Duplicates' }).click();
    const item = page.locator('.duplicate-item');
    await item.getByText('same e-mail address').waitFor();
    await item.getByRole('button', { name: 'Review and merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge two people' });
    await dialog.getByRole('heading', { name: 'What the merge will do' }).waitFor();
    await dialog.getByText('A. Berger is merged into Anna Berger.').waitFor();
    expect(await dialog.locator('.merge-counts li').allTextContents()).toEqual([
      '1 encounter moves over',
      '1 encounter both took part in stays once',
      '1 tie moves over',
    ]);
    await dialog.getByText('+43 660 1234567').waitFor();
    await app.screenshot('everyday-merge');
    const before = await bytes();
    const revision = app.core.store.revision;
    expect(app.core.store.revision).toBe(revision);

    // Keeping the other record instead changes the preview, still without writing.
    await dialog.getByLabel(/^A\. Berger/).check();
    await dialog.getByText('Anna Berger is merged into A. Berger.').waitFor();
    await dialog.getByLabel(/^Anna Berger/).check();
    await dialog.getByText('A. Berger is merged into Anna Berger.').waitFor();
    expect((await bytes()).equals(before)).toBe(true);

    await dialog.getByRole('button', { name: 'Merge' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('A. Berger was merged into Anna Berger.').waitFor();
    expect(app.core.store.revision).toBe(revision + 1);
    const db = await onDisk();
    expect(db.people.map((p) => p.displayName)).toEqual(['Anna Berger', 'Ben Novak']);
    expect(db.people[0]).toMatchObject({ phones: ['+43 660 1234567'], organisation: 'Berger Consulting' });
    expect(db.encounters.map((e) => e.participants)).toEqual([[anna.id], [anna.id], [anna.id], [anna.id]]);
    expect(db.ties.map((t) => [t.a, t.b])).toEqual([[anna.id, ben.id]]);
    expect(await page.locator('.duplicate-item').count()).toBe(0);
    expectCleanPage(app);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes the delete of a person, byte for byte, also after the window was reloaded', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    const anna = await call(app, 'people.create', { displayName: 'Anna Berger' });
    const ben = await call(app, 'people.create', { displayName: 'Ben Novak' });
    await call(app, 'encounters.create', { date: '2026-09-01', participants: [anna.id], channel: 'call' });
    await call(app, 'encounters.create', {
      date: '2026-09-02',
      participants: [anna.id, ben.id],
      channel: 'event',
    });
    await call(app, 'ties.create', { a: anna.id, b: ben.id });
    const beforeDelete = await bytes();

    await view(page, 'People').click();
    await page.locator('table.people-grid').getByRole('button', { name: 'Anna Berger' }).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Anna Berger?' });
    await confirm.getByText('Their 1 encounter with only them is deleted too.').waitFor();
    expect(await confirm.locator('li').allTextContents()).toEqual([
      'Their 1 encounter with only them is deleted too.',
      '1 group encounter keeps the others.',
      '1 tie to someone else goes with them.',
    ]);
    // Focus starts on Cancel: Enter alone does not delete.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Anna Berger was deleted. Undo with Ctrl+Z.').waitFor();
    const afterDelete = await bytes();
    expect((await onDisk()).people.map((p) => p.displayName)).toEqual(['Ben Novak']);

    await shortcut(page, 'Control+z');
    await page.getByText('Undone: delete Anna Berger.', { exact: false }).waitFor();
    await app.screenshot('everyday-undo');
    expect((await bytes()).equals(beforeDelete)).toBe(true);
    await shortcut(page, 'Control+Shift+z');
    await page.getByText('Redone: delete Anna Berger.').waitFor();
    expect((await bytes()).equals(afterDelete)).toBe(true);

    // The history lives in main: a reload of the window keeps it (and the view).
    await page.reload();
    await page.locator('table.people-grid').waitFor();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.getAttribute('title')).toBe('Undo: delete Anna Berger (Ctrl+Z)');
    await undo.click();
    await page.getByText('Undone: delete Anna Berger.', { exact: false }).waitFor();
    expect((await bytes()).equals(beforeDelete)).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Redo', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Redo', exact: true }).isEnabled()).toBe(true);
    await shortcut(page, 'Control+Shift+z');
    await page.getByText('Redone: delete Anna Berger.').waitFor();
    expect((await bytes()).equals(afterDelete)).toBe(true);
    expectCleanPage(app);
  });
});

describe('review', () => {
  it('ranks a neglected close tie with its reason; snoozing a month takes it out of the queue until then', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    const today = await todayInPage(page);
    const hanna = await call(app, 'people.create', {
      displayName: 'Hanna Lechner',
      kind: 'friend',
      closeness: 5,
    });
    const tom = await call(app, 'people.create', { displayName: 'Tom Weber' });
    // Every two weeks for most of a year, then silence for five months.
    for (let days = 400; days >= 150; days -= 14) {
      await call(app, 'encounters.create', {
        date: shiftDay(today, -days),
        participants: [hanna.id],
        channel: 'in_person',
      });
    }
    await call(app, 'encounters.create', {
      date: shiftDay(today, -3),
      participants: [tom.id],
      channel: 'call',
    });

    await view(page, 'Review').click();
    const item = page.locator('.review-item', { hasText: 'Hanna Lechner' });
    await item.waitFor();
    expect(await item.locator('.review-reason').textContent()).toMatch(
      // Every 14 days, shrunk a little toward the monthly rhythm she kept when last seen: (8·14 + 2·30)/10
      // = 17.2 days, about 2 weeks (docs/depth-model.md).
      /^usually every 2 weeks — last seen 5 months ago$/,
    );
    expect(await page.locator('.review-item', { hasText: 'Tom Weber' }).count()).toBe(0);
    await app.screenshot('everyday-review');

    await item.getByRole('button', { name: 'Snooze a month' }).click();
    await page.getByText(/Hanna Lechner is snoozed until/).waitFor();
    await item.waitFor({ state: 'detached' });
    await page.getByText('Nobody is overdue or due, and no prospect has stalled. Well kept!').waitFor();
    const snoozed = (await onDisk()).people.find((p) => p.id === hanna.id)!;
    expect(snoozed.snoozedUntil! > shiftDay(today, 27)).toBe(true);
    expect(snoozed.snoozedUntil! <= shiftDay(today, 31)).toBe(true);
    await page.getByRole('heading', { name: 'Snoozed (1)' }).waitFor();

    // Back into the queue with one click.
    await page.getByRole('button', { name: 'Back into the queue' }).click();
    await page.locator('.review-item', { hasText: 'Hanna Lechner' }).waitFor();
    expect((await onDisk()).people.find((p) => p.id === hanna.id)!.snoozedUntil).toBeUndefined();

    // "Log encounter" opens the quick log with her chosen.
    await page
      .locator('.review-item', { hasText: 'Hanna Lechner' })
      .getByRole('button', { name: 'Log encounter' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    expect(await dialog.locator('.chip').allTextContents()).toEqual(['Hanna Lechner×']);
    await dialog.getByRole('button', { name: 'Log encounter' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Seen today, she is no longer overdue (her rhythm of the last months may still read as drifted).
    await expect
      .poll(() => page.locator('[data-section="overdue"] .review-item', { hasText: 'Hanna Lechner' }).count())
      .toBe(0);
    expectCleanPage(app);
  });
});

describe('bad input changes nothing', () => {
  it('an empty name, an impossible date, a participant who no longer exists: a clear message, the file untouched', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    const anna = await call(app, 'people.create', { displayName: 'Anna Berger' });
    const ghost = await call(app, 'people.create', { displayName: 'Gus Gone' });
    await view(page, 'People').click();
    await page.locator('table.people-grid').getByRole('button', { name: 'Gus Gone' }).waitFor();
    let before = await bytes();

    // Empty name in the full editor.
    await page.getByRole('button', { name: 'New person' }).first().click();
    const editor = page.getByRole('dialog', { name: 'New person' });
    await editor.getByLabel('Name', { exact: true }).fill('   ');
    await editor.getByLabel('E-mail addresses').fill('anna@');
    await editor.getByRole('button', { name: 'Add person' }).click();
    await editor.getByText('Please enter a name.').waitFor();
    await editor.getByText('“anna@” is not a valid e-mail address, e.g. anna@example.com.').waitFor();
    expect(
      await editor.getByLabel('Name', { exact: true }).evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });
    expect((await bytes()).equals(before)).toBe(true);

    // A date in an impossible format, and an impossible day.
    await shortcut(page, 'Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await page.keyboard.type('anna');
    await dialog.getByRole('option', { name: 'Anna Berger' }).waitFor();
    await page.keyboard.press('Enter');
    const date = dialog.getByLabel('Date', { exact: true });
    for (const bad of ['27 Nov 2026', '2026-02-30', '31.02.2026']) {
      await date.fill(bad);
      await dialog.getByRole('button', { name: 'Log encounter' }).click();
      await dialog
        .getByText('This is not a real date. Write it as YYYY-MM-DD (e.g. 2026-11-27) or 27.11.2026.')
        .waitFor();
      expect(await date.getAttribute('aria-invalid')).toBe('true');
    }
    await app.screenshot('everyday-bad-input');
    expect((await bytes()).equals(before)).toBe(true);

    // A participant who was deleted while the dialog was open (e.g. from another window).
    await date.fill('2026-11-20');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await openQuickLog(page);
    await page.keyboard.type('gus');
    await dialog.getByRole('option', { name: 'Gus Gone' }).waitFor();
    await page.keyboard.press('Enter');
    await call(app, 'people.delete', { id: ghost.id });
    await expect.poll(async () => (await onDisk()).people.length).toBe(1);
    before = await bytes();
    const revision = app.core.store.revision;
    await dialog.getByRole('button', { name: 'Log encounter' }).click();
    await dialog
      .getByText('One of the chosen people does not exist (any more). Remove them and choose again.')
      .waitFor();
    expect(app.core.store.revision).toBe(revision);
    expect((await bytes()).equals(before)).toBe(true);
    await page.keyboard.press('Escape');

    // The same request straight to main is refused there too, naming the unknown person.
    const refused = await app.core.router.handle('encounters.log', {
      date: '2026-11-20',
      participants: [anna.id, ghost.id],
      newPeople: ['Would Be Created'],
      channel: 'call',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'not-found', fields: { participants: `unknown: ${ghost.id}` } },
    });
    expect((await bytes()).equals(before)).toBe(true);
    expectCleanPage(app);
  });
});

describe('contexts, ties, plan and touches', () => {
  it('creates and renames a context, ties two people, sets a weekly goal and marks a prospect as client', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    const today = await todayInPage(page);
    const anna = await call(app, 'people.create', {
      displayName: 'Anna Berger',
      closeness: 5,
      pinnedRing: 1,
    });
    const pia = await call(app, 'people.create', { displayName: 'Pia Prospect', kind: 'prospect' });
    await call(app, 'encounters.create', { date: today, participants: [anna.id], channel: 'in_person' });
    for (const days of [20, 60, 100]) {
      await call(app, 'encounters.create', {
        date: shiftDay(today, -days),
        participants: [pia.id],
        channel: 'email',
      });
    }

    await view(page, 'People').click();
    await page.getByRole('tab', { name: 'Contexts' }).click();
    await page.getByLabel('New context').fill('Rowing Club');
    await page.getByRole('button', { name: 'Add context' }).click();
    await page.getByRole('row', { name: /Rowing Club/ }).waitFor();
    await page.getByRole('button', { name: 'Edit Rowing Club' }).click();
    const row = page.locator('.contexts-panel tbody tr').first();
    await row.getByLabel('Name').fill('Rowing Club Vienna');
    await row.getByLabel('Kind').selectOption('association');
    await row.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('row', { name: /Rowing Club Vienna\s*Association/ }).waitFor();
    expect((await onDisk()).contexts).toMatchObject([{ name: 'Rowing Club Vienna', kind: 'association' }]);

    await page.getByRole('tab', { name: 'People' }).click();
    await page.locator('table.people-grid').getByRole('button', { name: 'Anna Berger' }).click();
    await page.getByLabel('Add someone they know').fill('pia');
    await page.getByRole('option', { name: /Pia Prospect/ }).click();
    await page.getByRole('button', { name: 'Add tie' }).click();
    await page.getByText('Anna Berger and Pia Prospect are now tied.').waitFor();
    expect((await onDisk()).ties).toMatchObject([{ a: anna.id, b: pia.id, kind: 'knows' }]);

    await view(page, 'Plan').click();
    await page.getByText('No weekly goals yet.', { exact: false }).waitFor();
    await page.getByLabel('People', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Add goal' }).click();
    const goal = page.locator('.goal');
    await goal.getByText('See 2 people of rings 1–2 in person').waitFor();
    await goal.getByText('1 of 2 so far — Anna Berger').waitFor();
    expect((await onDisk()).settings.plan?.weeklyGoals).toMatchObject([
      { count: 2, maxRing: 2, channels: 'in_person' },
    ]);

    const prospect = page.locator('.touch-table tbody tr', { hasText: 'Pia Prospect' });
    expect(await prospect.locator('td').first().textContent()).toContain('3 of 7 (43%)');
    await app.screenshot('everyday-plan');
    await prospect.getByRole('button', { name: 'Mark as client' }).click();
    await page.getByText('Pia Prospect is now a client; their history stays.').waitFor();
    const db = await onDisk();
    expect(db.people.find((p) => p.id === pia.id)?.kind).toBe('client');
    expect(db.encounters.filter((e) => e.participants.includes(pia.id))).toHaveLength(3);
    expectCleanPage(app);
  });
});

describe('import and settings', () => {
  it('imports a vCard file after a preview, and refuses a broken file with its reason, writing nothing', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 860 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const before = await bytes();
    const input = page.getByLabel('File to import');
    await input.setInputFiles({
      name: 'broken.vcf',
      mimeType: 'text/vcard',
      buffer: Buffer.from([0, 1, 2, 3, 0, 0, 255]),
    });
    await page
      .getByRole('alert')
      .getByText(/broken\.vcf is not a text file/)
      .waitFor();
    expect((await bytes()).equals(before)).toBe(true);

    await input.setInputFiles(resolve(ROOT, 'test/fixtures/vcard/gmail-export.vcf'));
    await page.getByRole('heading', { name: /Import of gmail-export\.vcf \(vCard\)/ }).waitFor();
    await page.getByText('New people: 1').waitFor();
    expect((await bytes()).equals(before)).toBe(true);
    await app.screenshot('everyday-import');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/gmail-export\.vcf was imported: 1 new people/).waitFor();
    const db = await onDisk();
    expect(db.people).toHaveLength(1);
    expect(db.settings.onboarded).toBe(true);
    expectCleanPage(app);
  });

  it('validates and saves model parameters, resets them, lists and restores a backup', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    await call(app, 'people.create', { displayName: 'Anna Berger' });
    await view(page, 'Settings').click();
    await page.getByTestId('data-file').getByText(dataFile).waitFor();
    expect(await page.getByRole('button', { name: 'Show in folder' }).isDisabled()).toBe(true);
    await page
      .getByText('Showing the folder and moving the file work in the desktop app', { exact: false })
      .waitFor();

    const before = await bytes();
    await page.getByLabel('Half-life', { exact: true }).fill('zero');
    await page.getByLabel('Video call').fill('12');
    await page.getByRole('button', { name: 'Save parameters' }).click();
    await page.getByText('2 values are not valid; nothing was saved.').waitFor();
    expect((await bytes()).equals(before)).toBe(true);
    await page.getByLabel('Half-life', { exact: true }).fill('120');
    await page.getByLabel('Video call').fill('0,8');
    await page.getByRole('button', { name: 'Save parameters' }).click();
    await page.getByText('The model parameters were saved.').waitFor();
    expect((await onDisk()).settings.model).toMatchObject({
      halfLifeDays: 120,
      channelWeights: { video: 0.8 },
    });
    await app.screenshot('everyday-settings');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByText('The model parameters are back at their defaults.', { exact: false }).waitFor();
    expect((await onDisk()).settings.model).toMatchObject({
      halfLifeDays: 90,
      channelWeights: { video: 0.7 },
    });

    // Today's backup holds the file as it was before today's first write: empty.
    const today = await todayInPage(page);
    await page.getByRole('button', { name: /^Restore the backup of / }).click();
    const confirm = page.getByRole('dialog', { name: /^Restore the backup of / });
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await page.getByText(/was restored: 0 people, 0 encounters/).waitFor();
    expect((await onDisk()).people).toEqual([]);
    expect(today.length).toBe(10);
    await shortcut(page, 'Control+z');
    await expect.poll(async () => (await onDisk()).people.map((p) => p.displayName)).toEqual(['Anna Berger']);

    // The owner's own name: saved in the settings, the print preview starts with it.
    expect((await onDisk()).settings.ownerName).toBe('');
    await page.getByLabel('Your name').fill('  Clara Hofbauer ');
    await page.getByText('Shown in the centre of the map and on prints.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Your name was saved: Clara Hofbauer.').waitFor();
    expect((await onDisk()).settings.ownerName).toBe('Clara Hofbauer');
    await shortcut(page, 'Control+p');
    const preview = page.getByRole('dialog', { name: 'Print the network map' });
    await expect.poll(() => preview.getByLabel('Name under the title').inputValue()).toBe('Clara Hofbauer');
    expectCleanPage(app);
  });
});
