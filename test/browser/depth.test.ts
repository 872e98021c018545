/**
 * Truthful depth in the app, in Debian Chromium against the real router and store: a new user's five
 * people land in the rings their rhythm keeps (someone met twice is not "about weekly"), a person not met
 * yet is on the map in the outer band, the person card says why; the sample network's review is a weekly
 * list in four sections; a date after today asks before it is saved as a planned meeting, and every view
 * counts it the same way.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import { type AppHarness, call, launchApp, shiftDay, todayInPage } from '../harness/app-harness';
import { clickPerson, drawnScene, enableMapHook } from './map-page';

let dir: string;
let dataFile: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-depth-'));
  dataFile = join(dir, 'tiefgang.json');
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Database> => JSON.parse(await readFile(dataFile, 'utf8')) as Database;

const view = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });

describe('rings a new user can trust', () => {
  it('places five people by the rhythm they keep, shows the one not met yet, and says why', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    await enableMapHook(app);
    const { page } = app;
    const today = await todayInPage(page);
    const add = (displayName: string) => call(app!, 'people.create', { displayName, kind: 'friend' });
    const wanda = await add('Wanda Weekly');
    const moritz = await add('Moritz Monthly');
    const tom = await add('Tom Twice');
    const olga = await add('Olga Once');
    const nina = await add('Nina New');
    const meet = (id: string, daysAgo: number) =>
      call(app!, 'encounters.create', {
        date: shiftDay(today, -daysAgo),
        participants: [id],
        channel: 'in_person',
      });
    for (let d = 1; d <= 120; d += 7) await meet(wanda.id, d);
    for (let d = 3; d <= 280; d += 30) await meet(moritz.id, d);
    // Twice in 21 months: the first version put him in "Ring 1 · about weekly" with the others.
    await meet(tom.id, 630);
    await meet(tom.id, 40);
    await meet(olga.id, 10);

    // Wait for the scene of all the data (each encounter is a change of its own).
    const drawn = await drawnScene(
      page,
      (s) => s.stats.total === 5 && s.nodes.filter((n) => n.ring === 'not-met').length === 1,
    );
    const ring = Object.fromEntries(drawn.scene.nodes.map((n) => [n.name, n.ring]));
    expect(ring).toMatchObject({
      'Wanda Weekly': 1,
      'Moritz Monthly': 2,
      'Olga Once': 'known',
      'Nina New': 'not-met',
    });
    // Met twice, 21 months apart: about yearly at most (depending on where the year's blocks fall), never
    // weekly or monthly.
    expect(['known', 4]).toContain(ring['Tom Twice']);
    // Nobody disappears: Nina is drawn in the outer band (no line from me), and the count says how to
    // place her; no "No one matches the filters".
    const ninaNode = drawn.scene.nodes.find((n) => n.id === nina.id)!;
    expect(ninaNode.visible).toBe(true);
    expect(drawn.scene.egoLines.some((l) => l.personId === nina.id)).toBe(false);
    await expect.poll(() => page.locator('.map-count').textContent()).toMatch(/5 of 5 people shown/);
    expect(await page.locator('.map-count').textContent()).toMatch(/1 not met yet: log a first encounter/);
    expect(await page.getByText('No one matches the filters.').count()).toBe(0);
    // The ring labels speak of rhythms, and the lines agree with the rings.
    const width = (id: string) => drawn.scene.egoLines.find((l) => l.personId === id)!.width;
    expect(width(wanda.id)).toBeGreaterThan(width(moritz.id));
    expect(width(moritz.id)).toBeGreaterThan(width(tom.id));

    // Why is Wanda in ring 1? The side panel says it in words.
    await clickPerson(page, wanda.id);
    const why = page.locator('.side-panel .person-why');
    await why.waitFor();
    await expect
      .poll(() => why.locator('li').first().textContent())
      .toMatch(/^Ring 1: your contact keeps a weekly rhythm — contact in \d of the last \d weeks\.$/);
    expect(await why.textContent()).toMatch(
      /days with contact and [\d.]+ hours together in the last 12 months/,
    );
    await app.screenshot('depth-five-people');
    expect(app.pageErrors).toEqual([]);
    expect(olga.id && tom.id).toBeTruthy();
  });
});

describe('the weekly review of the sample network', () => {
  it('lists overdue ties, stalled prospects, drift and who is due this week, each with its reason', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Explore the sample network' }).click();
    await page.getByText(/The sample network was loaded: \d+ people/).waitFor({ timeout: 15_000 });
    await view(page, 'Review').click();
    const sections = page.locator('.review-section');
    await sections.first().waitFor();
    expect(await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-section')))).toEqual([
      'overdue',
      'stalled-prospect',
      'drifted',
      'due-soon',
    ]);
    const titles = await sections.locator('h2').allTextContents();
    expect(titles[0]).toMatch(/^Overdue \(\d+\)$/);
    expect(titles[1]).toMatch(/^Stalled prospects \(\d+\)$/);
    expect(titles[2]).toMatch(/^Recently drifted outward \(\d+\)$/);
    expect(titles[3]).toMatch(/^Due this week \(\d+\)$/);
    // A weekly list, not the whole network and not one person.
    const items = await page.locator('.review-item').count();
    expect(items).toBeGreaterThanOrEqual(10);
    expect(items).toBeLessThanOrEqual(35);
    const overdue = sections.nth(0).locator('.review-item').first();
    expect(await overdue.locator('.review-reason').textContent()).toMatch(
      /^usually every .+ — last seen .+ ago$/,
    );
    expect(await sections.nth(1).locator('.review-reason').first().textContent()).toMatch(
      /^(\d of 7 touches — last touch .+ ago|no touch yet \(0 of 7\))$/,
    );
    expect(await sections.nth(2).locator('.review-reason').first().textContent()).toMatch(
      /^from (weekly|monthly|quarterly|yearly) to (monthly|quarterly|yearly|no regular) contact within 3 months$/,
    );
    // Why? on request, in the same words as the person card.
    await overdue.getByRole('button', { name: 'Why?' }).click();
    await expect.poll(() => overdue.locator('.person-why li').count()).toBeGreaterThan(2);
    expect(await overdue.locator('.person-why li').first().textContent()).toMatch(/^(Ring \d|Known)/);
    await app.screenshot('review-sections');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a date after today', () => {
  it('asks before saving it as a planned meeting, which every view counts the same way', async () => {
    app = await launchApp({ dataFile, viewport: { width: 1360, height: 900 } });
    const { page } = app;
    const today = await todayInPage(page);
    const anna = await call(app, 'people.create', { displayName: 'Anna Berger' });
    await call(app, 'encounters.create', {
      date: shiftDay(today, -3),
      participants: [anna.id],
      channel: 'call',
    });
    await view(page, 'People').click();
    await page.getByRole('table').getByText('Anna Berger').click();
    await page.locator('.person-detail').getByRole('button', { name: 'Log encounter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await dialog.waitFor();
    const future = shiftDay(today, 10);
    await dialog.getByLabel('Date').fill(future);
    const before = await readFile(dataFile);
    await dialog.getByRole('button', { name: 'Log encounter', exact: true }).click();
    const question = dialog.getByRole('alert');
    await question.waitFor();
    expect(await question.textContent()).toMatch(/is after today\. Save it as a planned meeting\?/);
    // Nothing is written until the user says so; the question's button has the focus.
    expect(await readFile(dataFile)).toEqual(before);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Save as planned');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await onDisk()).encounters.map((e) => e.date).sort())
      .toEqual([shiftDay(today, -3), future]);
    // The table counts one encounter and one planned; the detail marks the planned one.
    const row = page.getByRole('row', { name: /Anna Berger/ });
    await expect.poll(() => row.textContent()).toMatch(/1 \(\+1 planned\)/);
    const detail = page.locator('.person-detail');
    await expect
      .poll(() => detail.locator('h3', { hasText: 'encounter' }).first().textContent())
      .toMatch(/1 encounter · 1 planned/);
    expect(await detail.locator('.tag-planned').count()).toBe(1);
    await app.screenshot('quick-log-planned');
    expect(app.pageErrors).toEqual([]);
  });
});
