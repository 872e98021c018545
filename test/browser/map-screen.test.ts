/**
 * The map screen as a weekly user meets it, at 1280 × 800, in Debian Chromium against the real router
 * and store: the sample network (room for the map, a collapsible legend remembered across a reload, a
 * network summary instead of an empty panel, the closest five standing out, the hover card flipped at
 * the bottom edge, the selected person docked in the side panel, Escape clearing the search, the drift
 * list, the "By context" names and me on top) and a 2,000-person network (opened on the rings with the
 * known people folded into a counted band that opens on demand; a ring filter that re-fits the view).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scene } from '../../renderer/src/scene/types';
import type { MapTestHook } from '../../renderer/src/views/map/test-hook';
import { emptyDatabase } from '../../shared/domain/schema';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';
import { generateSampleNetwork } from '../../shared/sample/sample-network';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { clickPerson, drawnScene, enableMapHook, visibleNodes } from './map-page';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-map-screen-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const VIEWPORT = { width: 1280, height: 800 };

async function open(name: string, db: unknown): Promise<AppHarness> {
  const dataFile = join(dir, `${name}.json`);
  await writeFile(dataFile, JSON.stringify(db));
  const app = await launchApp({ dataFile, viewport: VIEWPORT });
  await enableMapHook(app);
  return app;
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on the page`);
  return b;
}

/** The on-screen radius of the outermost ring drawn, as a share of the canvas's shorter side. */
/** A 2,000-person scene can take seconds to arrive when the whole suite shares two cores. */
const SLOW = { timeout: 30_000, interval: 200 };

async function fill(page: Page, scene: Scene): Promise<number> {
  const { view } = await drawnScene(page, (s) => s.extentKey === scene.extentKey);
  const outer = scene.rings.at(-1)!.radius;
  return (2 * outer * view!.k) / Math.min(view!.width, view!.height);
}

describe('the map screen with the sample network', () => {
  let app: AppHarness;
  let page: Page;
  let scene: Scene;

  beforeAll(async () => {
    const today = new Date().toISOString().slice(0, 10);
    app = await open('sample', generateSampleNetwork({ locale: 'en', today }));
    page = app.page;
    scene = (await drawnScene(page, (s) => s.stats.total > 100)).scene;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives the map the room: a legend that folds (remembered), a summary instead of an empty panel', async () => {
    const canvas = await box(page, '.map-canvas');
    // Wider and taller than before (670 × 450 at 1280 × 800).
    expect(canvas.width).toBeGreaterThan(680);
    expect(canvas.height).toBeGreaterThan(480);
    const panel = page.locator('aside.side-panel');
    await panel.getByRole('heading', { name: 'Your network', level: 2 }).waitFor();
    expect(await panel.locator('.summary-ring[data-ring="1"] dd').textContent()).toBe('5');
    expect(await panel.locator('.summary-people li').count()).toBe(5);

    await page.getByRole('button', { name: 'Hide the legend' }).click();
    await expect.poll(async () => (await box(page, '.map-canvas')).width).toBeGreaterThan(canvas.width + 150);
    expect(await page.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await drawnScene(page, (s) => s.stats.total > 100);
    expect(await page.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).toBe('false');
    expect((await box(page, '.map-canvas')).width).toBeGreaterThan(canvas.width + 150);
    // A map nobody moved fills its new room.
    const wide = await drawnScene(page, (s) => s.stats.total > 100);
    expect(await fill(page, wide.scene)).toBeGreaterThan(0.85);
    await page.getByRole('button', { name: 'Legend' }).click();
    await page.getByRole('button', { name: 'Hide the legend' }).waitFor();
    await app.screenshot('map-screen-sample');
  });

  it('makes the closest five stand out: outlined, named in bold, listed by name', async () => {
    const hook = await drawnScene(page);
    expect(hook.scene.closest).toHaveLength(5);
    for (const id of hook.scene.closest) {
      const n = hook.scene.nodes.find((x) => x.id === id)!;
      expect(n.ring).toBe(1);
      expect(n.strokeWidth === 2).toBe(true);
      expect(hook.labels!.map((l) => l.id)).toContain(id);
    }
    // Lines to the outer rings are fainter than those to the inner ones.
    const line = (ring: number) =>
      Math.max(
        ...hook.scene.egoLines
          .filter((l) => hook.scene.nodes.find((n) => n.id === l.personId)!.ring === ring && !l.dash.length)
          .map((l) => l.opacity),
      );
    expect(line(4)).toBeLessThan(line(1));
  });

  it('flips the hover card above the pointer at the bottom edge of the map', async () => {
    const canvas = await box(page, '.map-canvas');
    let lowest: { x: number; y: number } | undefined;
    for (const n of visibleNodes(scene)) {
      const p = await page.evaluate(
        (id) => (window as unknown as { __tiefgangMap: MapTestHook }).__tiefgangMap.control.screenPoint?.(id),
        n.id,
      );
      if (p && p.x > 40 && p.x < canvas.width - 260 && p.y < canvas.height - 4 && (!lowest || p.y > lowest.y))
        lowest = p;
    }
    expect(lowest!.y).toBeGreaterThan(canvas.height * 0.8);
    await page.mouse.move(canvas.x + lowest!.x, canvas.y + lowest!.y);
    const card = page.getByRole('tooltip');
    await card.waitFor();
    await expect.poll(() => card.getAttribute('data-flip')).toContain('y');
    const c = (await card.boundingBox())!;
    const main = await box(page, '.map-main');
    expect(c.y + c.height).toBeLessThanOrEqual(main.y + main.height);
    expect(c.y + c.height).toBeLessThan(canvas.y + lowest!.y);
    await app.screenshot('map-screen-hover-flipped');
    await page.mouse.move(5, 5);
  });

  it('docks the selected person in the side panel, with their map figures, and goes back to the network', async () => {
    const person = scene.nodes.find((n) => n.id === scene.closest[0])!;
    await clickPerson(page, person.id);
    const panel = page.locator('aside.side-panel');
    await expect.poll(() => panel.locator('h2.person-name').textContent()).toBe(person.name);
    const onMap = panel.locator('.selected-on-map');
    expect(await onMap.getAttribute('data-person')).toBe(person.id);
    expect(await onMap.locator('[data-figure="ring"]').textContent()).toBe('Ring 1');
    await panel.locator('.person-why').waitFor();
    expect(await page.locator('.map-main .map-selection-card').count()).toBe(0);
    // Nothing lies over the map but its own buttons.
    const main = await box(page, '.map-main');
    const covering = await page.evaluate(
      (b) => document.elementFromPoint(b.x + b.width / 2, b.y + b.height - 40)?.className,
      main,
    );
    expect(covering).toBe('map-canvas');
    await page.mouse.move(1270, 790);
    await app.screenshot('map-screen-selected');
    await panel.getByRole('button', { name: 'Back to the network' }).click();
    await panel.getByRole('heading', { name: 'Your network' }).waitFor();
  });

  it('clears the search with Escape, in the field or anywhere on the map, so nothing stays dimmed', async () => {
    const search = page.getByRole('combobox', { name: 'Find a person' });
    const highlighted = async () => (await drawnScene(page)).state?.highlightIds?.length ?? 0;
    await search.fill('an');
    await expect.poll(highlighted).toBeGreaterThan(1);
    await search.press('Escape');
    await expect.poll(highlighted).toBe(0);
    expect(await search.inputValue()).toBe('');

    await search.fill('an');
    await expect.poll(highlighted).toBeGreaterThan(1);
    // The focus elsewhere (the side panel's heading): Escape still clears it.
    await page.locator('#network-summary-title').click();
    await page.keyboard.press('Escape');
    await expect.poll(highlighted).toBe(0);
    expect(await search.inputValue()).toBe('');
  });

  it('lists who moved in and who drifted out, with the rings and since when, beside the map', async () => {
    await page.getByRole('combobox', { name: /^Drift/ }).selectOption('12');
    const drift = (await drawnScene(page, (s) => s.drift.length > 0)).scene;
    const list = page.locator('.drift-list');
    await list.getByRole('heading', { name: 'Moved in, drifted out: the last 12 months' }).waitFor();
    const rows = list.locator('li[data-person]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const listed = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-person')));
    // The same people the map draws drifting (everyone whose ring changed, not met at neither end).
    expect(new Set(listed)).toEqual(new Set(drift.drift.map((d) => d.personId)));
    const outward = drift.drift.find((d) => d.direction === 'outward')!;
    const row = list.locator(`[data-drift="outward"] li[data-person="${outward.personId}"]`);
    const text = (await row.locator('.drift-move').textContent()) ?? '';
    expect(text).toMatch(/^(Ring \d|Known) → (Ring \d|Known), since \w{3,4} \d{4}$/);
    await app.screenshot('map-screen-drift');
    // A name selects the person.
    await row.getByRole('button').click();
    await expect
      .poll(() => page.locator('aside.side-panel').getAttribute('data-selected'))
      .toBe(outward.personId);
    await page.getByRole('button', { name: 'Back to the network' }).click();
    await page.getByRole('combobox', { name: /^Drift/ }).selectOption('0');
  });

  it('"By context" names each group by its context or its most common kind, apart, with me on top', async () => {
    await page.getByRole('button', { name: 'By context', exact: true }).click();
    const hook = await drawnScene(page, (s) => s.layout === 'context');
    const names = hook.scene.groups.map((g) => g.label.key);
    expect(names).not.toContain('group.ties');
    expect(names.some((k) => k.startsWith('group.kind.'))).toBe(true);
    // No group's name runs into another's people: each stands above its own cluster.
    const { view } = hook;
    const me = { x: view!.tx, y: view!.ty };
    for (const l of hook.labels!)
      expect(
        me.x >= l.x && me.x <= l.x + l.width && me.y >= l.y && me.y <= l.y + l.height,
        `${l.text} covers me`,
      ).toBe(false);
    await app.screenshot('map-screen-by-context');
    await page.getByRole('button', { name: 'Rings', exact: true }).click();
    await drawnScene(page, (s) => s.layout === 'ego');
  });

  it('made no request and logged no error', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the map screen with 2,000 people', () => {
  let app: AppHarness;
  let page: Page;

  beforeAll(async () => {
    const today = new Date().toISOString().slice(0, 10);
    const net = generateSyntheticNetwork({ seed: 7, people: 2000, encounters: 40_000, end: today });
    app = await open('large', {
      ...emptyDatabase(),
      people: net.people,
      encounters: net.encounters,
      contexts: net.contexts,
      ties: net.ties.slice(0, 4000),
    });
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens on the rings, the known people folded into a counted band that opens on demand', async () => {
    const hook = await drawnScene(page, (s) => s.stats.total > 1900, 240_000);
    const known = hook.scene.rings.find((r) => r.ring === 'known')!;
    expect(known.folded).toBe(true);
    expect(known.count).toBeGreaterThan(1000);
    expect(hook.scene.stats.folded).toBeGreaterThanOrEqual(known.count);
    expect(hook.scene.nodes.filter((n) => n.visible && n.ring === 'known')).toHaveLength(0);
    // What matters is named: far more than the 30 labels of a disc of 2,000 dots.
    expect(hook.labels!.length).toBeGreaterThan(40);
    const show = page.getByRole('button', { name: /^Show the [\d,]+ known people$/ });
    await app.screenshot('map-screen-2000');

    await show.click();
    const open = await drawnScene(page, (s) => !s.rings.some((r) => r.folded && r.ring === 'known'), 120_000);
    expect(open.scene.nodes.filter((n) => n.visible && n.ring === 'known').length).toBe(known.count);
    await page.getByRole('button', { name: 'Fold the known people' }).click();
    await drawnScene(page, (s) => s.rings.some((r) => r.folded && r.ring === 'known'), 120_000);
  });

  it('re-fits under a ring filter: rings 1–3 fill the screen, and so does "Fit to screen"', async () => {
    await page.locator('details.map-filters summary').click();
    const facet = page.locator('fieldset[data-facet="ring"]');
    for (const ring of ['Ring 4', 'Known', 'Not yet met'])
      await facet.getByLabel(ring, { exact: true }).uncheck();
    await page.locator('details.map-filters summary').click();
    const filtered = (await drawnScene(page, (s) => s.rings.map((r) => r.ring).join() === '1,2,3', 120_000))
      .scene;
    expect(filtered.nodes.filter((n) => n.visible).every((n) => [1, 2, 3].includes(n.ring as number))).toBe(
      true,
    );
    // Fitted on its own when the filter changed: ring 3 spans most of the map, not its centre quarter.
    await expect.poll(() => fill(page, filtered), SLOW).toBeGreaterThan(0.7);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => fill(page, filtered), SLOW).toBeLessThan(0.6);
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect.poll(() => fill(page, filtered), SLOW).toBeGreaterThan(0.7);
    await app.screenshot('map-screen-2000-rings-1-3');
  });
});
