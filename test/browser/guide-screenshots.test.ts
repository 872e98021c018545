/**
 * The screenshots of the user guide (docs/user-guide.{en,de}.md), taken the way a new user meets the app:
 * in English (en-GB) and in German (de-AT), on a fresh temp data file, the welcome screen first, then the
 * sample network loaded with the welcome's button, then every main view at 1280 × 800. Each step asserts
 * what the picture is meant to show (the heading, ~120 people on the map, the logged encounter on disk, the
 * import preview's counts …), so a broken view fails here instead of ending up in the guide.
 *
 * Saved as docs/screenshots/guide-<lang>-<view>.png. Texts come from the app's own i18n resources, so
 * the German run also checks that each view speaks German (its heading differs from the English one).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SceneNode } from '../../renderer/src/scene/types';
import type { Database } from '../../shared/domain/schema';
import { type Locale, NAMESPACES, resources } from '../../shared/i18n/resources';
import { type AppHarness, call, launchApp, shiftDay, todayInPage } from '../harness/app-harness';
import { ROOT } from '../harness/browser';
import { clickPerson, drawnScene, enableMapHook, visibleNodes } from './map-page';

const i18n = i18next.createInstance();
await i18n.init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'app',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const english = i18n.getFixedT('en');

const LANGUAGES: { lang: Locale; locale: string }[] = [
  { lang: 'en', locale: 'en-GB' },
  { lang: 'de', locale: 'de-AT' },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses a window shortcut with the focus on the page itself, not in a text field. */
async function shortcut(page: Page, keys: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(keys);
}

describe.each(LANGUAGES)('user guide screenshots in $locale', ({ lang, locale }) => {
  const t: TFunction = i18n.getFixedT(lang);
  let dir: string;
  let dataFile: string;
  let app: AppHarness;
  let page: Page;
  const shot = (view: string) => app.screenshot(`guide-${lang}-${view}`);
  const onDisk = async () => JSON.parse(await readFile(dataFile, 'utf8')) as Database;
  const nav = (view: string) =>
    page
      .getByRole('navigation', { name: t('app:nav.label') })
      .getByRole('link', { name: t(`app:nav.${view}`), exact: true });
  /** A view's heading, and (in German) proof that it is not the English one. */
  const heading = async (key: string, level = 1) => {
    const name = t(key);
    // "Plan" and "Agenda" are the German words too.
    if (lang !== 'en' && key !== 'plan:title' && key !== 'agenda:view.title')
      expect(name, `${key} is translated`).not.toBe(english(key));
    const h = page.getByRole('heading', { name, exact: true, level });
    await h.waitFor();
    return h;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `tiefgang-guide-${lang}-`));
    dataFile = join(dir, 'tiefgang.json');
    app = await launchApp({ dataFile, locale, viewport: { width: 1280, height: 800 } });
    page = app.page;
    await enableMapHook(app);
  });

  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('welcome: the first run offers three ways in', async () => {
    await heading('welcome:title', 2);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    for (const key of ['welcome:startEmpty', 'welcome:import', 'welcome:sample']) {
      await page.getByRole('button', { name: t(key) }).waitFor();
    }
    await page.getByText(t('welcome:privacy')).waitFor();
    expect((await onDisk()).people).toEqual([]);
    await shot('welcome');
  });

  let people: Database['people'] = [];
  let ringOne: SceneNode[] = [];

  it('map: the sample network of about 120 people, with labels and the legend', async () => {
    await page.getByRole('button', { name: t('welcome:sample') }).click();
    await expect.poll(async () => (await onDisk()).people.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const db = await onDisk();
    people = db.people;
    expect(people.length).toBeGreaterThanOrEqual(100);
    expect(people.length).toBeLessThanOrEqual(140);
    await page
      .getByText(
        // The counts are formatted in the window's locale: "1,906" / "1 906".
        t('welcome:sampleLoaded', {
          people: new Intl.NumberFormat(locale).format(people.length),
          encounters: new Intl.NumberFormat(locale).format(db.encounters.length),
        }),
      )
      .waitFor();

    const hook = await drawnScene(page, (s) => s.stats.total === people.length);
    const visible = visibleNodes(hook.scene);
    expect(visible.length).toBeGreaterThan(90);
    expect(hook.scene.layout).toBe('ego');
    expect(hook.labels.length).toBeGreaterThan(15);
    expect(hook.scene.nodes.some((n) => n.neglected)).toBe(true);
    ringOne = visible.filter((n) => n.ring === 1).sort((a, b) => b.depth - a.depth);
    expect(ringOne.length).toBe(5);
    await page
      .getByText(t('map:count', { visible: hook.scene.stats.visible, total: hook.scene.stats.total }))
      .first()
      .waitFor();
    await page.getByText(t('map:legend.title'), { exact: true }).first().waitFor();
    await page.waitForTimeout(300);
    await shot('map');
  });

  it('person: a click on the map selects them; the side panel shows their encounters', async () => {
    const person = ringOne[0]!;
    await clickPerson(page, person.id);
    await expect.poll(async () => (await drawnScene(page)).state?.selectedId).toBe(person.id);
    const panel = page.locator('aside.side-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(person.name);
    expect(await panel.locator('ol.timeline li').count()).toBeGreaterThan(3);
    await panel.getByRole('button', { name: t('app:panel.logWith', { name: person.name }) }).waitFor();
    // The pointer leaves the map, so only the selected person's card stays (not the hover card too).
    await page.mouse.move(1100, 780);
    await expect.poll(async () => (await drawnScene(page)).state?.hoverId).toBeUndefined();
    await page.waitForTimeout(300);
    await shot('person');
  });

  it('map drift and filters: where the inner rings stood twelve months ago', async () => {
    await page.getByRole('combobox', { name: new RegExp(`^${t('map:toolbar.drift')}`) }).selectOption('12');
    const filters = page.locator('details.map-filters');
    await filters.locator('summary').click();
    // Rings 1–4 and "known" are ticked by default: untick the outer two to keep rings 1–3.
    for (const ring of ['4', 'known']) {
      await filters.getByLabel(t(`map:ring.${ring}`), { exact: true }).uncheck();
    }
    await filters.getByText(t('map:filters.active', { count: 1 })).waitFor();
    const hook = await drawnScene(page, (s) => s.stats.visible === 50 && s.drift.length > 0);
    const shown = visibleNodes(hook.scene);
    expect(shown.length).toBe(50);
    expect(shown.every((n) => n.ring === 1 || n.ring === 2 || n.ring === 3)).toBe(true);
    // The filters fold away again (they lie over the map), and the side panel goes back from the person
    // to the network: who moved in and who drifted out, with the rings and since when.
    await filters.locator('summary').click();
    await page.getByRole('button', { name: t('map:panel.back') }).click();
    const driftList = page.locator('.drift-list');
    await driftList.getByRole('heading', { name: t('map:drift.title', { months: 12 }) }).waitFor();
    expect(await driftList.locator('li[data-person]').count()).toBeGreaterThan(0);
    await page.mouse.move(1100, 780);
    await expect.poll(async () => (await drawnScene(page)).state?.selectedId).toBeUndefined();
    await page.waitForTimeout(300);
    await shot('map-drift');
    // Back to the default view for the next pictures.
    await filters.locator('summary').click();
    await filters.getByRole('button', { name: t('map:filters.clear') }).click();
    await filters.locator('summary').click();
    await page.getByRole('combobox', { name: new RegExp(`^${t('map:toolbar.drift')}`) }).selectOption('0');
    await drawnScene(page, (s) => s.drift.length === 0 && s.stats.visible > 100);
  });

  it('quick log: Ctrl+L, two people, yesterday, channel, context, minutes, notes — and it is saved', async () => {
    const [first, second] = [ringOne[1]!, ringOne[2]!];
    const before = (await onDisk()).encounters.length;
    await shortcut(page, 'Control+l');
    const dialog = page.getByRole('dialog', { name: t('app:encounterForm.title') });
    await dialog.waitFor();
    for (const name of [first.name, second.name]) {
      await page.keyboard.type(name);
      await expect
        .poll(() => dialog.locator('[role="option"][aria-selected="true"]').textContent())
        .toMatch(new RegExp(`^${escapeRegExp(name)}`));
      await page.keyboard.press('Enter');
    }
    expect(await dialog.locator('.chip').count()).toBe(2);
    await dialog.getByRole('button', { name: t('quickLog:yesterday') }).click();
    await dialog.getByLabel(t('quickLog:channel')).selectOption('in_person');
    // The context typed ahead: the first letters, then the one offered.
    const context = dialog.getByRole('combobox', { name: new RegExp(`^${t('quickLog:context')}`) });
    const contextName = (await onDisk()).contexts[0]!.name;
    await context.fill(contextName.slice(0, 6));
    await dialog.getByRole('option', { name: contextName, exact: true }).click();
    expect(await context.inputValue()).toBe(contextName);
    await dialog.getByLabel(t('quickLog:duration')).fill('90');
    await dialog.getByLabel(t('quickLog:initiator')).selectOption('me');
    const notes =
      lang === 'de'
        ? 'Mittagessen, Projekt für den Herbst besprochen'
        : 'Lunch, talked about the autumn project';
    await dialog.getByLabel(t('quickLog:notes')).fill(notes);
    await shot('quick-log');

    await dialog.getByRole('button', { name: t('quickLog:submit') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(t('app:status.encounterLogged', { count: 2 })).waitFor();
    const db = await onDisk();
    expect(db.encounters).toHaveLength(before + 1);
    const logged = db.encounters.find((e) => e.notes === notes);
    expect(logged).toMatchObject({ channel: 'in_person', durationMinutes: 90, initiator: 'me' });
    expect(logged?.participants.sort()).toEqual([first.id, second.id].sort());
  });

  it('review: the neglected ties, most important first, with their reasons', async () => {
    await nav('review').click();
    await heading('review:title');
    const items = page.locator('.review-item');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().locator('.review-reason').textContent()).toMatch(
      lang === 'de' ? /zuletzt vor .+ gesehen/ : /last seen .+ ago/,
    );
    await items
      .first()
      .getByRole('button', { name: t('review:snoozeWeek') })
      .waitFor();
    await shot('review');
  });

  it('agenda: who is due, a birthday tomorrow and a next step, day by day', async () => {
    const today = await todayInPage(page);
    const [first, second] = people.filter((p) => !p.archived);
    await call(app, 'people.update', {
      id: first!.id,
      patch: { birthday: `1979-${shiftDay(today, 1).slice(5)}` },
    });
    await call(app, 'people.update', {
      id: second!.id,
      patch: {
        nextStep: {
          text: t('agenda:nextStep.textPlaceholder').replace(/^(e\.g\.|z\. B\.) /, ''),
          due: today,
        },
      },
    });
    await nav('agenda').click();
    await heading('agenda:view.title');
    await expect.poll(() => page.locator('.agenda-item.kind-birthday').count()).toBeGreaterThan(0);
    await page.locator('.agenda-item.kind-next-step').first().waitFor();
    expect(await page.locator('.agenda-item.kind-overdue, .agenda-item.kind-due').count()).toBeGreaterThan(0);
    await shot('agenda');
  });

  it('plan: a weekly goal added, rhythms per ring, the prospects’ touches', async () => {
    await nav('plan').click();
    await heading('plan:title');
    await page.getByLabel(t('plan:goalCount'), { exact: true }).fill('3');
    await page.getByRole('button', { name: t('plan:addGoal') }).click();
    const goal = page.locator('.goal');
    await goal.first().waitFor();
    expect((await onDisk()).settings.plan?.weeklyGoals).toMatchObject([{ count: 3 }]);
    expect(await page.locator('.touch-table tbody tr').count()).toBeGreaterThan(3);
    await heading('plan:touchTitle', 2);
    await page.waitForTimeout(200);
    await shot('plan');
  });

  it('dashboard: depth versus breadth over 24 months', async () => {
    await nav('dashboard').click();
    await heading('dashboard:title');
    await heading('dashboard:metTitle', 2);
    expect(await page.locator('figure.chart').nth(0).locator('svg.chart-svg rect').count()).toBe(24);
    await page.waitForTimeout(200);
    await shot('dashboard');
  });

  it('people: everyone in a table', async () => {
    await nav('people').click();
    await expect.poll(() => page.locator('table.people-grid tbody tr').count()).toBe(people.length);
    await page.getByRole('tab', { name: t('people:people.tab.people') }).waitFor();
    await shot('people');
  });

  it('print: the preview (Ctrl+P) shows the page that will print', async () => {
    await nav('map').click();
    await drawnScene(page);
    await shortcut(page, 'Control+p');
    const preview = page.getByRole('dialog', { name: t('print:preview.title') });
    await preview.waitFor();
    await page.locator('.print-preview .print-sheet svg').first().waitFor();
    await expect
      .poll(() => page.locator('.print-preview-count').textContent())
      .toBe(t('print:preview.pages', { count: 1 }));
    expect(await page.locator('.print-preview text.print-label').count()).toBeGreaterThan(20);
    await page.waitForTimeout(300);
    await shot('print');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.print-preview').count()).toBe(0);
  });

  it('settings: language, the data file and its daily backups', async () => {
    await nav('settings').click();
    await heading('settings:title');
    await page.getByTestId('data-file').getByText(dataFile).waitFor();
    await heading('settings:backupsTitle', 2);
    // The sample was the first write of the day: the (empty) file before it is today's backup.
    // "Restore the backup of 27 Nov 2026": one per backup (and not the toolbar's "Redo", in German also
    // "Wiederherstellen").
    const restoreLabel = escapeRegExp(t('settings:restoreOne', { date: 'DAY' })).replace('DAY', '.+');
    const restore = new RegExp(`^${restoreLabel}$`);
    await expect.poll(() => page.getByRole('button', { name: restore }).count()).toBe(1);
    await shot('settings');
  });

  it('import: a Tiefgang encounters CSV previewed before anything is written', async () => {
    const before = await readFile(dataFile);
    await page
      .getByLabel(t('import:panel.choose'))
      .setInputFiles(resolve(ROOT, 'test/fixtures/csv/encounters.csv'));
    const title = page.getByRole('heading', {
      name: t('import:preview.title', { file: 'encounters.csv', format: t('import:format.encounters-csv') }),
    });
    await title.waitFor();
    const counts = await page.locator('.import-counts li').allTextContents();
    expect(counts).toContain(t('import:preview.newPeople', { count: 4 }));
    expect(counts).toContain(t('import:preview.encounters', { count: 5 }));
    expect(counts).toContain(t('import:preview.skipped', { count: 4 }));
    await page.getByText(t('import:panel.skippedList', { count: 4 })).click();
    // Nothing is written before "Import".
    expect((await readFile(dataFile)).equals(before)).toBe(true);
    await page.locator('.import-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(200);
    await shot('import');
    await page.getByRole('button', { name: t('import:panel.confirm'), exact: true }).click();
    await page
      .getByText(t('import:panel.done', { file: 'encounters.csv', people: 4, encounters: 5 }))
      .waitFor();
    expect((await onDisk()).encounters.length).toBe(
      (JSON.parse(before.toString('utf8')) as Database).encounters.length + 5,
    );
  });

  it('made no request outside the app and no error', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
