/**
 * The application menu's commands as the window receives them (event `menu.command`, dispatched by the
 * harness exactly as the preload would deliver it from electron/main/menu.ts), in Debian Chromium
 * against the real router and store: views, find, import, quick log, undo/redo (and the text field's own
 * undo inside a dialog), print.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { type AppHarness, launchApp } from '../harness/app-harness';

let dir: string;
let app: AppHarness | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-menu-'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** What the preload does when main sends `event:menu.command`. */
function menu(page: Page, command: MenuCommand): Promise<void> {
  return page.evaluate((c) => {
    const emit = (window as unknown as { __tiefgangEmit: (channel: string, payload: unknown) => void })
      .__tiefgangEmit;
    emit('menu.command', { command: c });
  }, command);
}

const activeElement = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    return { tag: e?.tagName.toLowerCase(), type: e?.type, value: e?.value };
  });

async function withSample(locale = 'en-GB') {
  app = await launchApp({
    dataFile: join(dir, 'tiefgang.json'),
    locale,
    viewport: { width: 1360, height: 860 },
  });
  const today = await app.page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const loaded = await app.core.router.handle('sample.load', { locale: 'en', today });
  expect(loaded.ok).toBe(true);
  await app.page.locator('canvas').first().waitFor();
  return app;
}

describe('menu commands in the window', () => {
  it('switch views, find a person, open the import, in the view the menu names', async () => {
    const { page } = await withSample();
    await menu(page, 'view.people');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#people');
    await page.getByRole('heading', { name: 'People', exact: true }).waitFor();

    // Find: the People filter takes the focus; on the map, the map's person search.
    await menu(page, 'find');
    await expect.poll(() => activeElement(page)).toMatchObject({ tag: 'input', type: 'search' });
    await menu(page, 'view.map');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
    await menu(page, 'find');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.map-search') !== null))
      .toBe(true);
    // From a view without a search (Dashboard), Find goes to People.
    await menu(page, 'view.dashboard');
    await page.getByRole('heading', { name: 'People met per month' }).waitFor();
    await menu(page, 'find');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#people');
    await expect.poll(() => activeElement(page)).toMatchObject({ tag: 'input', type: 'search' });

    await menu(page, 'import');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#settings');
    await expect.poll(() => activeElement(page)).toMatchObject({ tag: 'input', type: 'file' });
    expect(app!.blockedRequests).toEqual([]);
  });

  it('undo and redo take back saved changes, but inside a text field only the typing', async () => {
    const { page } = await withSample();
    const people = () => app!.core.store.read().people.length;
    const withSampleCount = people();
    expect(withSampleCount).toBeGreaterThan(100);

    await menu(page, 'quickLog');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await dialog.waitFor();
    const notes = dialog.getByLabel('Notes');
    await notes.fill('');
    await notes.pressSequentially('met at the fair');
    await menu(page, 'undo');
    await expect.poll(() => notes.inputValue()).not.toBe('met at the fair');
    await menu(page, 'redo');
    await expect.poll(() => notes.inputValue()).toBe('met at the fair');
    // Nothing saved was undone meanwhile, and the view stays while the dialog is open.
    expect(people()).toBe(withSampleCount);
    await menu(page, 'view.plan');
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await menu(page, 'undo');
    await expect.poll(people).toBe(0);
    await page.getByRole('heading', { name: 'Welcome to Tiefgang' }).waitFor();
    await menu(page, 'redo');
    await expect.poll(people).toBe(withSampleCount);
  });

  it('print opens the print preview', async () => {
    const { page } = await withSample();
    await menu(page, 'print');
    await page.getByRole('dialog', { name: 'Print the network map' }).waitFor();
    expect(app!.blockedRequests).toEqual([]);
  });

  it('a map layout brings the map back', async () => {
    const { page } = await withSample();
    await menu(page, 'view.review');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#review');
    await menu(page, 'layout.force');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
    await page.locator('canvas').first().waitFor();
    const layouts = page.getByRole('group', { name: 'Layout' });
    const pressed = (name: string) => layouts.getByRole('button', { name }).getAttribute('aria-pressed');
    await expect.poll(() => pressed('Network')).toBe('true');
    expect(await pressed('Rings')).toBe('false');
    // With the map already shown, the next layout command switches it in place.
    await menu(page, 'layout.context');
    await expect.poll(() => pressed('By context')).toBe('true');
    expect(await pressed('Network')).toBe('false');
  });
});
