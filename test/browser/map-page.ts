/**
 * Helpers for browser tests of the network map: switch on the map's test hook (which exposes the scene
 * model the canvas drew), wait for a drawn scene, and click or drag people where they are on screen.
 */
import type { Page } from 'playwright-core';
import type { Scene, SceneNode } from '../../renderer/src/scene/types';
import type { MapTestHook } from '../../renderer/src/views/map/test-hook';
import type { BrowserApp } from '../harness/browser';

/** Turns the hook on for this page and every reload (an init script), then reloads. */
export async function enableMapHook(app: Pick<BrowserApp, 'context' | 'page'>): Promise<void> {
  await app.context.addInitScript(() => {
    (window as unknown as { __tiefgangTestHooks: boolean }).__tiefgangTestHooks = true;
  });
  await app.page.reload();
}

type HookView = Pick<MapTestHook, 'scene' | 'view' | 'labels' | 'state' | 'frames' | 'timings' | 'revision'>;

/**
 * What the map last drew (waits until something is drawn that satisfies `until`, and, with
 * `revision`, until the drawn scene is built from at least that data revision).
 */
export async function drawnScene(
  page: Page,
  until: (scene: Scene) => boolean = () => true,
  timeout = 30_000,
  revision = 0,
): Promise<HookView & { scene: Scene }> {
  const started = Date.now();
  for (;;) {
    const hook = await page.evaluate(() => {
      const h = (window as unknown as { __tiefgangMap?: MapTestHook }).__tiefgangMap;
      return h?.scene
        ? {
            scene: h.scene,
            view: h.view,
            labels: h.labels,
            state: h.state,
            frames: h.frames,
            timings: h.timings,
            revision: h.revision,
          }
        : undefined;
    });
    if (hook?.scene && hook.revision >= revision && until(hook.scene))
      return hook as HookView & { scene: Scene };
    if (Date.now() - started > timeout) throw new Error('the map drew no matching scene in time');
    await page.waitForTimeout(50);
  }
}

export function visibleNodes(scene: Scene): SceneNode[] {
  return scene.nodes.filter((n) => n.visible);
}

/** The person's centre in page coordinates (the canvas offset added). */
export async function personOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (personId) =>
      (window as unknown as { __tiefgangMap?: MapTestHook }).__tiefgangMap?.control.screenPoint?.(personId),
    id,
  );
  if (!point) throw new Error(`person ${id} is not on the map`);
  const box = await page.locator('.map-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is not on the page');
  return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * Where to put the pointer to reach a person: their centre, after centring the map on them if a card
 * or the legend covers that spot.
 */
export async function reachablePerson(page: Page, id: string): Promise<{ x: number; y: number }> {
  let p = await personOnPage(page, id);
  const onCanvas = (at: { x: number; y: number }) =>
    page.evaluate((q) => document.elementFromPoint(q.x, q.y)?.classList.contains('map-canvas') ?? false, at);
  if (!(await onCanvas(p))) {
    await page.evaluate(
      (personId) =>
        (window as unknown as { __tiefgangMap?: MapTestHook }).__tiefgangMap?.control.centreOn?.(personId),
      id,
    );
    await page.waitForTimeout(50);
    p = await personOnPage(page, id);
    if (!(await onCanvas(p))) throw new Error(`person ${id} is covered on the map`);
  }
  return p;
}

export async function clickPerson(page: Page, id: string): Promise<void> {
  const p = await reachablePerson(page, id);
  await page.mouse.click(p.x, p.y);
}

/** Drags a person by (dx, dy) screen pixels with real mouse events, in small steps. */
export async function dragPerson(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const p = await reachablePerson(page, id);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(p.x + (dx * i) / 10, p.y + (dy * i) / 10);
  await page.mouse.up();
}

/** Moves keyboard focus to the map canvas with Tab, as a keyboard user would (at most `limit` presses). */
export async function tabToMap(page: Page, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains('map-canvas'))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the map');
}
