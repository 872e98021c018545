/**
 * The default view of the map at 50, 500 and 5,000 people (seeded synthetic networks, 20 encounters
 * and 2 ties per person), through the real store and router: one node per visible person (the large
 * networks with their known people folded into a counted band), labels that do not overlap, and a
 * screenshot of each for people to look at (docs/screenshots/map-*.png).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyOverlap } from '../../renderer/src/scene/labels';
import { emptyDatabase } from '../../shared/domain/schema';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { drawnScene, enableMapHook } from './map-page';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-map-shots-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TODAY = new Date().toISOString().slice(0, 10);

describe.each([50, 500, 5000])('the default map view of %i people', (people) => {
  let app: AppHarness | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it('draws everyone, labels without overlap, and is saved as a screenshot', async () => {
    const net = generateSyntheticNetwork({ seed: 7, people, encounters: people * 20, end: TODAY });
    const dataFile = join(dir, `map-${people}.json`);
    const db = {
      ...emptyDatabase(),
      people: net.people,
      encounters: net.encounters,
      contexts: net.contexts,
      ties: net.ties.slice(0, people * 2),
    };
    await writeFile(dataFile, JSON.stringify(db));
    app = await launchApp({ dataFile, viewport: { width: 1600, height: 1000 } });
    await enableMapHook(app);
    const hook = await drawnScene(app.page, (s) => s.stats.total > 0, 240_000);
    const scene = hook.scene;

    const active = net.people.filter((p) => !p.archived);
    expect(scene.nodes).toHaveLength(active.length);
    // Everyone is on the map: drawn one by one, the people not met yet in the outer band without a line
    // from me — or, in a large network, counted in an outer band folded until it is opened.
    expect(scene.stats.visible + scene.stats.folded).toBe(active.length);
    const folded = scene.rings.filter((r) => r.folded);
    expect(scene.stats.folded).toBe(folded.reduce((sum, r) => sum + r.count, 0));
    if (people >= 500) expect(folded.map((r) => r.ring)).toContain('known');
    const notMetDrawn = scene.nodes.filter((n) => n.visible && n.ring === 'not-met').length;
    expect(scene.egoLines).toHaveLength(scene.stats.visible - notMetDrawn);
    expect(hook.labels.length).toBeGreaterThan(Math.min(10, scene.stats.visible / 2));
    expect(anyOverlap(hook.labels)).toBe(false);
    await app.page.waitForTimeout(300);
    await app.screenshot(`map-${people}`);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
