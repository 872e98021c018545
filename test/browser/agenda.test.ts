/**
 * Keeping in touch, in Debian Chromium against the real router and store on a temp data file: the person
 * editor's dates (30 February refused with a message, the birthday saved, shown, undone), the agenda view
 * (due ties, birthdays, dates and next steps by day; "Done" offers the quick log, filled in), the next
 * step in the side panel beside the map, and the Settings for reminders and the calendar file (which then
 * appears beside the data file). Keyboard where a person would use it; screenshots of each screen.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import type { InvokeChannel } from '../../shared/ipc/channels';
import {
  type AppHarness,
  call as callCore,
  launchApp,
  shiftDay as shift,
  todayInPage,
} from '../harness/app-harness';

let dir: string;
let dataFile: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-agenda-'));
  dataFile = join(dir, 'tiefgang.json');
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Database> => JSON.parse(await readFile(dataFile, 'utf8')) as Database;

const call = <T = { id: string }>(channel: InvokeChannel, payload: unknown): Promise<T> =>
  callCore<T>(app!, channel, payload);

const view = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });

function expectCleanPage(harness: AppHarness) {
  expect(harness.blockedRequests, 'requests to anything but the app itself').toEqual([]);
  expect(harness.consoleErrors, 'console errors').toEqual([]);
  expect(harness.pageErrors, 'uncaught errors in the page').toEqual([]);
}

describe('the person editor', () => {
  it('refuses 30 February with a message, saves a birthday and a named date, shows them, and undo takes them back', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    await call('welcome.finish', {});
    const anna = await call('people.create', { displayName: 'Anna Berg', kind: 'client' });
    await view(page, 'People').click();
    await page.locator('table.people-grid').getByRole('button', { name: 'Anna Berg' }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Anna Berg' });
    await editor.waitFor();

    // 30 February, chosen with the keyboard.
    const day = editor.getByLabel('Birthday', { exact: false }).first();
    await day.selectOption('30');
    await editor.getByRole('combobox', { name: 'Month' }).first().selectOption({ label: 'February' });
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText('There is no such day (such as 30 February, or the year 0).').waitFor();
    // The failed save puts the keyboard on the field that is wrong.
    expect(await day.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await day.getAttribute('aria-invalid')).toBe('true');
    expect((await onDisk()).people[0]!.birthday).toBeUndefined();
    await app.screenshot('agenda-editor-error');

    await day.selectOption('10');
    await editor.getByRole('combobox', { name: 'Month' }).first().selectOption({ label: 'December' });
    await editor.getByRole('textbox', { name: 'Year' }).first().fill('1980');
    // A named date: "Add a date" gives the keyboard to its name.
    await editor.getByRole('button', { name: 'Add a date' }).click();
    const label = editor.getByRole('textbox', { name: 'Name of date 1' });
    expect(await label.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Name day');
    await editor.getByLabel('Date 1', { exact: true }).selectOption('26');
    await editor.getByRole('combobox', { name: 'Month' }).nth(1).selectOption({ label: 'July' });
    await app.screenshot('agenda-editor');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await onDisk()).people[0])
      .toMatchObject({ birthday: '1980-12-10', dates: [{ label: 'Name day', date: '--07-26' }] });

    const detail = page.getByRole('complementary', { name: 'Selected person' });
    await expect
      .poll(() => detail.getByTestId('birthday').textContent())
      .toMatch(/^10 December 1980 · \d+ years old$/);
    await detail.getByText('26 July').waitFor();
    // People list: the next date column.
    const row = page.locator(`tr[data-person-id="${anna.id}"]`);
    await expect.poll(() => row.locator('td.next-date').textContent()).toMatch(/Birthday|Name day/);

    // Undo: the dates are gone again, in one step.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await onDisk()).people[0]!.birthday).toBeUndefined();
    expect((await onDisk()).people[0]!.dates).toBeUndefined();
    await page.getByText(/Undone: change Anna Berg/).waitFor();
    expectCleanPage(app);
  });
});

describe('the agenda', () => {
  it('lists what is coming by day; "Done" on a next step offers the quick log, filled in', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    const today = await todayInPage(page);
    await call('welcome.finish', {});
    // Ben: weekly for two months, then silent for ten weeks, and close — overdue.
    const ben = await call('people.create', { displayName: 'Ben Vogel', kind: 'friend', closeness: 5 });
    for (let week = 18; week >= 10; week--) {
      await call('encounters.create', {
        date: shift(today, -7 * week),
        participants: [ben.id],
        channel: 'in_person',
      });
    }
    const tomorrow = shift(today, 1);
    const anna = await call('people.create', {
      displayName: 'Anna Berg',
      birthday: `1980-${tomorrow.slice(5)}`,
      nextStep: { text: 'Send the offer', due: today },
    });
    await call('people.create', {
      displayName: 'Cleo Hahn',
      dates: [{ label: 'Contract renewal', date: shift(today, 5) }],
      nextStep: { text: 'Ask about the fair' },
    });

    await page.keyboard.press('Control+4');
    await page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
    const items = page.locator('.agenda-item');
    await expect.poll(() => items.count()).toBe(5);
    const sections = await page.locator('.agenda-group h2').allTextContents();
    expect(sections[0]).toBe('Late (1)');
    expect(sections[1]).toMatch(/^Today, .+ \(1\)$/);
    expect(sections[2]).toMatch(/^Tomorrow, .+ \(1\)$/);
    expect(sections.at(-1)).toBe('Next steps without a day (1)');
    expect(await items.evaluateAll((list) => list.map((li) => li.getAttribute('data-kind')))).toEqual([
      'overdue',
      'next-step',
      'birthday',
      'date',
      'next-step',
    ]);
    await expect
      .poll(() => page.locator('.agenda-item.kind-birthday').textContent())
      .toMatch(/Anna Berg.*turns \d+/);
    await app.screenshot('agenda-view');

    // Done with one click (from the keyboard), then the offer: the quick log with Anna and the step.
    const done = page.getByRole('button', { name: 'The next step for Anna Berg is done' });
    await done.focus();
    await page.keyboard.press('Enter');
    const log = page.locator('.agenda-offer').getByRole('button', { name: 'Log encounter', exact: true });
    await expect.poll(() => log.evaluate((e) => e === document.activeElement)).toBe(true);
    expect((await onDisk()).people.find((p) => p.id === anna.id)!.nextStep).toBeUndefined();
    await expect.poll(() => items.count()).toBe(4);
    await app.screenshot('agenda-done-offer');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Send the offer');
    await dialog.getByText('Anna Berg').waitFor();
    await dialog.getByRole('button', { name: 'Log encounter' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await onDisk()).encounters.filter((e) => e.participants.includes(anna.id)).length)
      .toBe(1);
    expect((await onDisk()).encounters.find((e) => e.participants.includes(anna.id))!.notes).toBe(
      'Send the offer',
    );
    expectCleanPage(app);
  });

  it('speaks German with the formal address', async () => {
    app = await launchApp({ dataFile, locale: 'de-AT', viewport: { width: 1360, height: 860 } });
    const { page } = app;
    const today = await todayInPage(page);
    await call('welcome.finish', {});
    await call('people.create', { displayName: 'Jürgen Weiß', birthday: `--${today.slice(5)}` });
    await call('people.create', {
      displayName: 'Grete Köhler',
      nextStep: { text: 'Angebot schicken', due: shift(today, 3) },
    });
    await page.getByRole('navigation', { name: 'Ansichten' }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
    await page.getByText(/^Heute, /).waitFor();
    await page.getByText('Die tägliche Erinnerung ist aus.').waitFor();
    await app.screenshot('agenda-view-de');
    expectCleanPage(app);
  });
});

describe('the next step beside the map', () => {
  it('is set, shown and done from the selected person in the side panel beside the map', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    const today = await todayInPage(page);
    await call('welcome.finish', {});
    const jan = await call('people.create', { displayName: 'Jan Jäger', kind: 'prospect' });
    await call('encounters.create', { date: shift(today, -3), participants: [jan.id], channel: 'call' });
    // The map lays out what the page loaded with.
    await page.reload();
    const search = page.getByRole('combobox', { name: 'Find a person' });
    await search.fill('jag');
    await page.getByRole('option', { name: /Jan Jäger/ }).waitFor();
    await page.keyboard.press('Enter');
    const card = page.locator('.side-panel');
    await expect.poll(() => card.locator('#panel-title').textContent()).toBe('Jan Jäger');

    await card.getByRole('button', { name: 'Set a next step for Jan Jäger' }).click();
    const text = card.getByRole('textbox', { name: 'What is the next step?' });
    expect(await text.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Send the brochure');
    // A day that does not exist is refused with a message; nothing is written.
    await card.getByRole('textbox', { name: /Due on/ }).fill('31.11.2026');
    await page.keyboard.press('Enter');
    await card.getByText('Write the day as 2026-12-03 or 3.12.2026, or leave it empty.').waitFor();
    expect((await onDisk()).people[0]!.nextStep).toBeUndefined();
    await card.getByRole('textbox', { name: /Due on/ }).fill(shift(today, 2));
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await onDisk()).people[0]!.nextStep)
      .toEqual({ text: 'Send the brochure', due: shift(today, 2) });
    await card.getByText('Send the brochure').waitFor();
    await app.screenshot('agenda-map-card');

    await card.getByRole('button', { name: 'The next step for Jan Jäger is done' }).click();
    await card.getByText('Done: “Send the brochure”. Log the encounter now?').waitFor();
    await card.getByRole('button', { name: 'Not now' }).click();
    await card.getByRole('button', { name: 'Set a next step for Jan Jäger' }).waitFor();
    expect((await onDisk()).people[0]!.nextStep).toBeUndefined();
    // Undo brings the step back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await card.getByText('Send the brochure').waitFor();
    expectCleanPage(app);
  });
});

describe('settings for reminders and the calendar file', () => {
  it('switches the reminder on with a time, and keeps a calendar file beside the data file', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 1000 } });
    const { page } = app;
    const today = await todayInPage(page);
    // The welcome screen offers the reminder (off by default).
    const welcome = page.getByRole('checkbox', { name: /Remind me once a day of who is due/ });
    await welcome.waitFor();
    expect(await welcome.isChecked()).toBe(false);
    await app.screenshot('agenda-welcome');
    await call('welcome.finish', {});
    await call('people.create', { displayName: 'Anna Berg', birthday: `--${shift(today, 9).slice(5)}` });

    await view(page, 'Settings').click();
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await reminders.getByRole('checkbox', { name: 'Remind me once a day' }).check();
    await expect
      .poll(async () => (await onDisk()).settings.reminders)
      .toEqual({
        enabled: true,
        time: '09:00',
        quietWeekends: false,
      });
    await reminders.getByLabel('Time of the reminder').fill('07:30');
    await reminders.getByRole('button', { name: 'Save time' }).click();
    await reminders.getByRole('checkbox', { name: 'Quiet on Saturdays and Sundays' }).check();
    await expect
      .poll(async () => (await onDisk()).settings.reminders)
      .toEqual({
        enabled: true,
        time: '07:30',
        quietWeekends: true,
      });

    const calendar = page.getByRole('region', { name: 'Calendar file' });
    await calendar.getByText('Off: no calendar file is written.').waitFor();
    await calendar.getByRole('checkbox', { name: 'Keep a calendar file beside the data file' }).check();
    const ics = join(dir, 'tiefgang.ics');
    await calendar.getByText('Up to date.').waitFor({ timeout: 15_000 });
    expect(await calendar.getByTestId('calendar-file').textContent()).toBe(ics);
    expect((await stat(ics)).isFile()).toBe(true);
    const events = new ICAL.Component(ICAL.parse(await readFile(ics, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).summary)).toEqual(['Birthday of Anna Berg']);
    await app.screenshot('agenda-settings');
    expectCleanPage(app);
  });
});

describe('the coaching pack', () => {
  it('writes the open next steps into the agreed actions box, and none once the print is anonymised', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    const today = await todayInPage(page);
    await call('welcome.finish', {});
    const anna = await call('people.create', {
      displayName: 'Anna Berg',
      nextStep: { text: 'Send the offer to Berg & Söhne', due: shift(today, -2) },
    });
    await call('encounters.create', { date: shift(today, -20), participants: [anna.id], channel: 'call' });
    await call('people.create', { displayName: 'Ben Vogel', nextStep: { text: 'Invite to the fair' } });
    await page.reload();
    await page.locator('.map-canvas').waitFor();
    await page.keyboard.press('Control+p');
    const preview = page.getByRole('dialog', { name: 'Print the network map' });
    await preview.waitFor();
    await page.getByLabel(/^Coaching pack/).check();
    const steps = page.locator('.print-preview [data-table="actions"]');
    await steps.waitFor();
    expect(await steps.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^Anna BergSend the offer to Berg & Söhne.+\(late\)$/),
      'Ben VogelInvite to the fair',
    ]);
    await steps.scrollIntoViewIfNeeded();
    await app.screenshot('agenda-pack');
    await page.getByLabel('Names').selectOption('initials');
    await expect.poll(() => steps.count()).toBe(0);
    // The box stays, with lines to write on.
    await page.locator('.print-preview [data-box="actions"]').waitFor();
    expect(await page.locator('.print-preview-pages').textContent()).not.toContain('Send the offer');
    expectCleanPage(app);
  });
});
