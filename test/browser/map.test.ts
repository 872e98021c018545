/**
 * The network map in Debian Chromium against the real router and store: what is drawn for a known
 * network (one node per visible person, line widths, neglect), each filter, the search, the time slider,
 * the layouts, the list view, the keyboard, and a dragged person who stays put across a reload.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../electron/core';
import { NEGLECT_COLOUR } from '../../renderer/src/scene/encodings';
import type { Scene } from '../../renderer/src/scene/types';
import { dayOf } from '../../shared/engine/dates';
import { type AppHarness, launchApp } from '../harness/app-harness';
import {
  KNOWN_AS_OF,
  KNOWN_CONTEXTS,
  KNOWN_LINE_WIDTHS,
  KNOWN_PEOPLE,
  KNOWN_TIES,
  knownEncounters,
} from '../unit/scene-known-network';
import {
  clickPerson,
  dragPerson,
  drawnScene,
  enableMapHook,
  personOnPage,
  reachablePerson,
  tabToMap,
  visibleNodes,
} from './map-page';

let dir: string;
let app: AppHarness;
let page: Page;
/** Known key → stored id. */
const ids = new Map<string, string>();
const key = (id: string) => [...ids].find(([, v]) => v === id)?.[0];

async function call<T>(core: AppCore, channel: string, request: unknown): Promise<T> {
  const r = await core.router.handle(channel, request);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
}

/** Writes the known network through the router, as the app would. */
async function loadKnownNetwork(core: AppCore) {
  const contextIds = new Map<string, string>();
  for (const c of KNOWN_CONTEXTS)
    contextIds.set(c.key, (await call<{ id: string }>(core, 'contexts.create', { name: c.name })).id);
  for (const p of KNOWN_PEOPLE) {
    const person = await call<{ id: string }>(core, 'people.create', {
      displayName: p.displayName,
      kind: p.kind,
      tags: p.tags,
      contexts: p.contexts.map((c) => contextIds.get(c)!),
      ...(p.pinnedRing ? { pinnedRing: p.pinnedRing } : {}),
      ...(p.organisation ? { organisation: p.organisation } : {}),
    });
    ids.set(p.key, person.id);
  }
  for (const t of KNOWN_TIES) await call(core, 'ties.create', { ...t, a: ids.get(t.a), b: ids.get(t.b) });
  for (const e of knownEncounters()) {
    await call(core, 'encounters.create', { ...e, participants: e.participants.map((k) => ids.get(k)!) });
  }
}

const visibleKeys = (scene: Scene) =>
  visibleNodes(scene)
    .map((n) => key(n.id))
    .sort();
const sceneWith = (pred: (s: Scene) => boolean) => drawnScene(page, pred).then((h) => h.scene);

async function openFilters() {
  const details = page.locator('details.map-filters');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  return details;
}

async function setAsOf(date: string) {
  await page.locator('#map-as-of').fill(String(dayOf(date)));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-map-'));
  app = await launchApp({ dataFile: join(dir, 'tiefgang.json'), viewport: { width: 1400, height: 950 } });
  page = app.page;
  await loadKnownNetwork(app.core);
  // "Today" is the known date, so the default view is the one the figures were computed for.
  await page.clock.setFixedTime(new Date(`${KNOWN_AS_OF}T12:00:00`));
  await enableMapHook(app);
});

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the network map on a known network', () => {
  it('draws one node per visible person with the right line widths, and marks neglect', async () => {
    const scene = await sceneWith((s) => s.asOf === KNOWN_AS_OF && s.stats.total === 10);
    // Everyone is on the map; Emil (never met) and Jan (only social-media reactions) in the outer band,
    // without a line from me.
    expect(visibleKeys(scene)).toEqual([
      'anna',
      'ben',
      'clara',
      'dora',
      'emil',
      'fritz',
      'greta',
      'hans',
      'ida',
      'jan',
    ]);
    expect(scene.egoLines.map((l) => key(l.personId)).sort()).toEqual(
      visibleKeys(scene).filter((k) => k !== 'emil' && k !== 'jan'),
    );
    for (const [k, width] of Object.entries(KNOWN_LINE_WIDTHS)) {
      expect(scene.egoLines.find((l) => l.personId === ids.get(k))!.width, k).toBeCloseTo(width, 2);
    }
    const dora = scene.nodes.find((n) => n.id === ids.get('dora'))!;
    expect(dora).toMatchObject({ neglected: true, stroke: NEGLECT_COLOUR });
    expect(scene.egoLines.find((l) => l.personId === dora.id)!.dash.length).toBeGreaterThan(0);
    expect(scene.gaps.map((g) => key(g.personId))).toEqual(['fritz']);
    expect(await page.locator('.map-count').textContent()).toContain('10 of 10 people shown');
    expect(await page.locator('.map-canvas').getAttribute('data-visible')).toBe('10');

    // The canvas really has ink where each visible person is (and the legend explains the marks).
    for (const n of visibleNodes(scene)) {
      const p = await personOnPage(page, n.id);
      const box = (await page.locator('.map-canvas').boundingBox())!;
      const [r, g, b] = await page
        .locator('.map-scene-canvas')
        .evaluate(
          (canvas, at) => [
            ...(canvas as HTMLCanvasElement).getContext('2d')!.getImageData(at.x, at.y, 1, 1).data,
          ],
          { x: Math.round((p.x - box.x) * 1), y: Math.round((p.y - box.y) * 1) },
        );
      expect(r! + g! + b!, `${n.name} is drawn`).toBeLessThan(3 * 250);
    }
    const legend = await page
      .locator('.map-legend [data-legend]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-legend')));
    expect(legend).toEqual(
      expect.arrayContaining([
        'rings',
        'line-width',
        'recency',
        'neglected',
        'ring-gap',
        'node-size',
        'node-colour',
        'ties',
      ]),
    );
    await app.screenshot('map-known-network');
  });

  it('changes what is drawn with each filter, combined, with the count shown', async () => {
    const filters = await openFilters();
    const facet = (name: string) => filters.locator(`fieldset[data-facet="${name}"]`);
    const cases: [string, string, string[]][] = [
      ['kind', 'Colleague', ['clara', 'hans']],
      ['tag', 'vip', ['greta']],
      ['context', 'ACME GmbH', ['clara', 'greta', 'hans']],
      ['channel', 'Social media', ['jan']],
      ['status', 'Neglected', ['dora']],
    ];
    for (const [name, label, expected] of cases) {
      await facet(name).getByLabel(label, { exact: true }).check();
      const s = await sceneWith((sc) => visibleKeys(sc).join() === expected.join());
      expect(visibleKeys(s), `${name} = ${label}`).toEqual(expected);
      // The count follows the canvas once the new frame is painted.
      await expect
        .poll(() => page.locator('.map-count').textContent())
        .toContain(`${expected.length} of 10 people shown`);
      await facet(name).getByLabel(label, { exact: true }).uncheck();
      await sceneWith((sc) => sc.stats.visible === 10);
    }
    // Rings: only ring 2, then add "not yet met".
    for (const ring of ['Ring 1', 'Ring 3', 'Ring 4', 'Known', 'Not yet met'])
      await facet('ring').getByLabel(ring, { exact: true }).uncheck();
    expect(visibleKeys(await sceneWith((s) => s.stats.visible === 4))).toEqual([
      'ben',
      'fritz',
      'greta',
      'hans',
    ]);
    await facet('ring').getByLabel('Not yet met', { exact: true }).check();
    expect(visibleKeys(await sceneWith((s) => s.stats.visible === 6))).toContain('emil');
    // Combined: colleagues among them.
    await facet('kind').getByLabel('Colleague', { exact: true }).check();
    expect(visibleKeys(await sceneWith((s) => s.stats.visible === 1))).toEqual(['hans']);
    expect(await filters.locator('summary').textContent()).toContain('2 filters active');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await sceneWith((s) => s.stats.visible === 10);
    await filters.locator('summary').click();
  });

  it('searches with type-ahead, then centres, highlights and selects the person', async () => {
    const search = page.getByRole('combobox', { name: 'Find a person' });
    await search.fill('jag');
    await page.getByRole('option', { name: /Jan Jäger/ }).waitFor();
    await page.keyboard.press('Enter');
    const jan = ids.get('jan')!;
    await expect.poll(async () => (await drawnScene(page)).state?.selectedId).toBe(jan);
    const hook = await drawnScene(page);
    expect(hook.state!.highlightIds).toEqual([jan]);
    // Centred: Jan is in the middle of the canvas (the transition takes a moment).
    const box = (await page.locator('.map-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        const p = await personOnPage(page, jan);
        return Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2));
      })
      .toBeLessThan(3);
    // The selected person's card is docked in the side panel, not laid over the map.
    await expect.poll(() => page.locator('aside.side-panel h2.person-name').textContent()).toBe('Jan Jäger');
    expect(await page.locator('.selected-on-map').getAttribute('data-person')).toBe(jan);
    expect(await page.locator('.map-main .map-selection-card').count()).toBe(0);
    await app.screenshot('map-search');
    await search.fill('');
    await page.keyboard.press('Escape');
  });

  it('at an earlier date puts people not yet met in the outer band', async () => {
    await setAsOf('2025-06-01');
    const early = await sceneWith((s) => s.asOf === '2025-06-01');
    expect(
      early.nodes
        .filter((n) => n.ring !== 'not-met')
        .map((n) => key(n.id))
        .sort(),
    ).toEqual(['clara', 'dora']);
    expect(early.egoLines.map((l) => key(l.personId)).sort()).toEqual(['clara', 'dora']);
    expect(await page.locator('.map-time-value').getAttribute('data-as-of')).toBe('2025-06-01');
    await setAsOf(KNOWN_AS_OF);
    await sceneWith((s) => s.asOf === KNOWN_AS_OF && s.stats.visible === 10);
  });

  it('plays through time from the first encounter and can be paused', async () => {
    await page.getByRole('button', { name: 'Play through time' }).click();
    // At today, play starts again from the first encounter (2023-01-04) and walks forward.
    const first = await sceneWith((s) => s.asOf < '2024-01-01');
    const later = await sceneWith((s) => s.asOf > first.asOf);
    expect(later.asOf > first.asOf).toBe(true);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.waitForTimeout(300); // a step already asked for may still arrive
    const paused = (await drawnScene(page)).scene.asOf;
    await page.waitForTimeout(400);
    expect((await drawnScene(page)).scene.asOf).toBe(paused);
    await page.getByRole('button', { name: 'Today' }).click();
    await sceneWith((s) => s.asOf === KNOWN_AS_OF);
  });

  it('shows a hover card and the drift of ties since 12 months ago', async () => {
    const dora = ids.get('dora')!;
    const p = await reachablePerson(page, dora);
    await page.mouse.move(p.x, p.y);
    const card = page.getByRole('tooltip');
    await expect.poll(() => card.locator('strong').textContent()).toBe('Dora Dorn');
    expect(await card.locator('[data-figure="status"]').textContent()).toContain('Neglected');
    await page.mouse.move(5, 5);
    await page.getByRole('combobox', { name: /^Drift/ }).selectOption('12');
    const drift = await sceneWith((s) => s.drift.length > 0);
    expect(drift.drift.find((d) => d.personId === ids.get('dora'))).toMatchObject({
      ringThen: 1,
      ringNow: 3,
      direction: 'outward',
    });
    expect(drift.legend.map((e) => e.id)).toContain('drift');
    await app.screenshot('map-drift');
    await page.getByRole('combobox', { name: /^Drift/ }).selectOption('0');
    await sceneWith((s) => s.drift.length === 0);
  });

  it('switches layouts and the colour encoding without losing anyone', async () => {
    for (const [button, layout] of [
      ['Network', 'force'],
      ['By context', 'context'],
      ['Rings', 'ego'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const s = await sceneWith((sc) => sc.layout === layout);
      expect(s.stats.visible, layout).toBe(10);
    }
    await page.getByRole('button', { name: 'by context', exact: true }).click();
    const byContext = await sceneWith((s) => s.colourBy === 'context');
    expect(byContext.legend.find((e) => e.id === 'node-colour')!.title.key).toBe('legend.nodeColourContext');
    await page.getByRole('button', { name: 'by kind', exact: true }).click();
    await sceneWith((s) => s.colourBy === 'kind');
  });

  it('shows the same people in the list view', async () => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.locator('.map-list tbody tr');
    await expect.poll(() => rows.count()).toBe(10);
    // Innermost ring first, as the keyboard walks the map.
    expect(await rows.first().locator('td').first().textContent()).toBe('Ring 1');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
  });

  it('works with the keyboard: move between people, open details, log an encounter', async () => {
    await page.getByRole('combobox', { name: 'Find a person' }).focus();
    await tabToMap(page);
    // Escape forgets any earlier focus; Home then starts at the innermost ring.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await drawnScene(page)).state?.focusId).toBeUndefined();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await drawnScene(page)).state?.focusId).toBeDefined();
    const first = await drawnScene(page);
    const focused = first.state!.focusId!;
    expect(first.scene.nodes.find((n) => n.id === focused)!.ring).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await drawnScene(page)).state?.focusId).not.toBe(focused);
    const now = (await drawnScene(page)).state!.focusId!;
    await expect
      .poll(() => page.locator('.map-view [aria-live="polite"]').textContent())
      .toContain(first.scene.nodes.find((n) => n.id === now)!.name);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent())
      .toBe(first.scene.nodes.find((n) => n.id === now)!.name);
    await page.locator('.map-canvas').focus();
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'Log encounter' });
    await dialog.waitFor();
    await dialog.locator('.chip', { hasText: first.scene.nodes.find((n) => n.id === now)!.name }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('selects on click and pins a dragged person; the position survives a reload', async () => {
    const before = await sceneWith((s) => s.layout === 'ego' && s.stats.visible === 10);
    const ben = ids.get('ben')!;
    await clickPerson(page, ben);
    await expect.poll(async () => (await drawnScene(page)).state?.selectedId).toBe(ben);
    const k = (await drawnScene(page)).view!.k;
    await dragPerson(page, ben, 90, 60);
    const pinned = await sceneWith((s) => s.nodes.find((n) => n.id === ben)?.pinned === true);
    const moved = pinned.nodes.find((n) => n.id === ben)!;
    const old = before.nodes.find((n) => n.id === ben)!;
    expect(Math.abs(moved.x - old.x - 90 / k)).toBeLessThan(2);
    expect(Math.abs(moved.y - old.y - 60 / k)).toBeLessThan(2);
    const onDisk = JSON.parse(await readFile(join(dir, 'tiefgang.json'), 'utf8'));
    expect(onDisk.mapPins.ego[ben]).toEqual({ x: moved.x, y: moved.y });

    await page.reload();
    const again = await sceneWith((s) => s.nodes.some((n) => n.id === ben && n.pinned));
    expect(again.nodes.find((n) => n.id === ben)).toMatchObject({ x: moved.x, y: moved.y, pinned: true });
    expect(again.legend.map((e) => e.id)).toContain('pinned');
    // The other people did not move.
    const anna = ids.get('anna')!;
    const annaBefore = before.nodes.find((n) => n.id === anna)!;
    expect(again.nodes.find((n) => n.id === anna)).toMatchObject({ x: annaBefore.x, y: annaBefore.y });
    await app.screenshot('map-pinned');
    // Undo dragging puts Ben back.
    await page.getByRole('button', { name: 'Undo dragging' }).first().click();
    const back = await sceneWith((s) => s.nodes.some((n) => n.id === ben && !n.pinned));
    expect(back.nodes.find((n) => n.id === ben)).toMatchObject({ x: old.x, y: old.y });
  });

  it('makes no network requests and logs no errors', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
