/**
 * Network map speed (`npm run bench -- map`), in Debian Chromium with the frame-rate cap lifted, on
 * seeded synthetic networks (shared/engine/synthetic.ts) of 500 / 2,000 / 5,000 people with 20
 * encounters and 2 person–person ties per person (5,000 people: 100,000 encounters, 10,000 ties).
 *
 * Ours (the built app against the real core; the map's test hook reports its timings):
 *  - `map.first-frame`: from the snapshot reaching the map view to its first full frame (data shaped
 *    for the worker, engine prepared and run, layout, scene, transfer, drawing). Target ≤ 1,500 ms.
 *  - `map.zoom-pan-frame.median` / `.p95`: the main thread's work per frame while zooming with the wheel
 *    and panning with the mouse (real input events), from the frame's start until its rendering is done;
 *    `interval` is the time between frames (never below 16.7 ms: headless Chromium keeps 60 Hz).
 *    Targets ≤ 16 / ≤ 33 ms.
 *  - `map.full-frame`: a complete redraw (what follows each gesture, and every programmatic move).
 *  - `map.time-step`: from moving the time slider to the frame of that date on screen. Target ≤ 50 ms.
 *    `map.time-step.unfolded`: the same after opening the outer bands a large network opens folded.
 * Peers, same data, same page size, same input: a plain D3 SVG force graph (the usual example:
 * forceSimulation with link, charge and centre forces, one SVG line per link, one circle per node,
 * d3-zoom on a group) and cytoscape.js (preset positions from our ring layout, default options). Each
 * peer line carries `ratio` = peer / ours (above 1: the peer is slower). The peers' "time step" only
 * restyles their elements with our figures for the date (their cost excludes computing them).
 * Every line: {"name","impl","value","unit","size","encounters","ties",...}.
 */

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openAppCore } from '../../electron/core';
import { NO_FILTERS } from '../../renderer/src/scene/filters';
import { mapSourceFromSnapshot, prepareMap, sceneAt } from '../../renderer/src/scene/map-data';
import type { Scene, SceneOptions } from '../../renderer/src/scene/types';
import { defaultModelParams } from '../../shared/domain/model-params';
import { emptyDatabase } from '../../shared/domain/schema';
import { addMonths, dayOf, isoDate } from '../../shared/engine/dates';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';
import { ROOT } from '../harness/browser';
import { launchBenchBrowser, openMapPage, openPeerPage } from './map-page';

/** `MAP_BENCH_SIZES=500,5000` runs only those sizes. */
const SIZES = process.env.MAP_BENCH_SIZES?.split(',').map(Number) ?? [500, 2_000, 5_000];
const ENCOUNTERS_PER_PERSON = 20;
const TIES_PER_PERSON = 2;
const STEPS = 10;
const PEER_SETTLE_LIMIT_MS = 30_000;
const TODAY = isoDate(dayOf(new Date().toISOString().slice(0, 10)));

interface Line {
  name: string;
  impl: string;
  value: number;
  unit: string;
  size: number;
  encounters: number;
  ties: number;
  [extra: string]: unknown;
}

function emit(line: Line): void {
  console.log(JSON.stringify(line));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN;
}
const round = (v: number) => Math.round(v * 10) / 10;

// ---- Page-side code (plain JavaScript strings: evaluated as written, nothing injected by the bundler) ----

/**
 * Records every animation frame: its start (window.__raf) and, for each frame that follows an input
 * event (wheel, pointer move), the main thread's work for it (window.__work): from the frame's first
 * callback until a task posted then runs, i.e. after the frame's callbacks, style, layout, paint and
 * commit. Intervals between frames never drop below the display's 16.7 ms in headless Chromium; the
 * work shows how much of that budget each frame used. STOP_RAF_LOG ends it: left running, it would keep
 * the page drawing frames as fast as it can under every measurement after it (the time-slider steps).
 */
const START_RAF_LOG = `(() => {
  const run = { on: true };
  window.__rafLog = run;
  const starts = (window.__raf = []);
  const work = (window.__work = []);
  const channel = new MessageChannel();
  let t0 = 0;
  let input = false;
  let measuring = false;
  for (const type of ['wheel', 'pointermove', 'mousemove']) addEventListener(type, () => { input = true; }, { capture: true, passive: true });
  channel.port1.onmessage = () => { work.push([t0, performance.now() - t0]); measuring = false; };
  const loop = (t) => {
    starts.push(t);
    if (input && !measuring) {
      input = false;
      measuring = true;
      t0 = performance.now();
      channel.port2.postMessage(0);
    }
    if (run.on && starts.length < 200000) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;
const STOP_RAF_LOG = 'window.__rafLog && (window.__rafLog.on = false)';

const frameStats = (from: number, to: number) => `(() => {
  const r = window.__raf.filter((t) => t >= ${from} && t <= ${to});
  const intervals = r.slice(1).map((t, i) => t - r[i]);
  const work = window.__work.filter(([t]) => t >= ${from} && t <= ${to}).map(([, w]) => w);
  return { intervals, work };
})()`;

/** Real wheel zooming (in, then out) at the centre and a mouse drag from an empty corner. */
async function gesture(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 24; i++) await page.mouse.wheel(0, i < 12 ? -60 : 60);
  // Panning starts in a corner, where the map has no one (a drag on a person would move them).
  await page.mouse.move(box.x + 8, box.y + 8);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 8 + i * 6, box.y + 8 + i * 3);
  await page.mouse.up();
}

interface Zoom {
  median: number;
  p95: number;
  frames: number;
  intervalMedian: number;
  intervalP95: number;
}

async function measureGesture(page: Page, selector: string): Promise<Zoom> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.evaluate(START_RAF_LOG);
  await page.waitForTimeout(200);
  const t0 = (await page.evaluate('performance.now()')) as number;
  await gesture(page, box);
  const t1 = (await page.evaluate('performance.now()')) as number;
  await page.waitForTimeout(400);
  const { intervals, work } = (await page.evaluate(frameStats(t0, t1))) as {
    intervals: number[];
    work: number[];
  };
  await page.evaluate(STOP_RAF_LOG);
  return {
    median: median(work),
    p95: p95(work),
    frames: work.length,
    intervalMedian: median(intervals),
    intervalP95: p95(intervals),
  };
}

// ---- Ours ----

async function benchOurs(browser: Browser, dataFile: string, size: number) {
  const core = await openAppCore({ dataFile, version: 'bench', systemLocale: 'en-GB' });
  try {
    const page = await openMapPage(browser, core);
    // (Polled with evaluate: the app's CSP forbids the string functions waitForFunction would create.)
    const deadline = Date.now() + 600_000;
    while (!(await page.evaluate('!!(window.__tiefgangMap && window.__tiefgangMap.firstFrameAt > 0)'))) {
      if (Date.now() > deadline) throw new Error(`the map of ${size} people drew no frame in 10 minutes`);
      await page.waitForTimeout(50);
    }
    const first = (await page.evaluate(
      '(() => { const h = window.__tiefgangMap; return { firstFrame: h.firstFrameAt - h.dataAt, dataAt: h.dataAt, timings: h.timings, visible: h.scene.stats.visible, firstDraw: h.drawMs[0] }; })()',
    )) as {
      firstFrame: number;
      dataAt: number;
      timings: Record<string, number>;
      visible: number;
      firstDraw: number;
    };
    await page.waitForTimeout(500);

    const zoom = await measureGesture(page, '.map-canvas');
    const kinds = (await page.evaluate('window.__tiefgangMap.drawKinds.slice(-200)')) as string[];

    // Full redraws: programmatic moves (no gesture) draw everything every frame.
    const full = (await page.evaluate(`(async () => {
      const h = window.__tiefgangMap; const v = h.view; const out = [];
      let last = await new Promise((r) => requestAnimationFrame(r));
      for (let i = 0; i < 30; i++) {
        h.control.setTransform(v.k * (1 + (i % 2) * 0.01), v.tx + (i % 3), v.ty);
        const t = await new Promise((r) => requestAnimationFrame(r));
        out.push(t - last);
        last = t;
      }
      h.control.setTransform(v.k, v.tx, v.ty);
      return out.slice(1);
    })()`)) as number[];

    const steps = await timeSteps(page);
    // The same with every band open: a large network opens with its outer bands folded, so the step
    // above draws the people of rings 1–4; this one draws everyone (the folded bands opened by clicks).
    const unfold = page.locator('[data-unfold]');
    let unfolded: { steps: Step[]; visible: number } | undefined;
    if ((await unfold.count()) > 0) {
      while ((await unfold.count()) > 0) {
        await unfold.first().click();
        await page.waitForTimeout(100);
      }
      await page.evaluate(`window.__tiefgangMap.control.setAsOf('${TODAY}')`);
      // Until the scene of today with every band open is drawn.
      while (
        !(await page.evaluate(
          `(() => { const s = window.__tiefgangMap.scene; return s && s.asOf === '${TODAY}' && !s.rings.some((r) => r.folded); })()`,
        ))
      )
        await page.waitForTimeout(50);
      await page.waitForTimeout(500);
      unfolded = {
        steps: await timeSteps(page),
        visible: (await page.evaluate('window.__tiefgangMap.scene.stats.visible')) as number,
      };
    }
    // Hover and selection: real pointer moves over people, then clicks; the frames that follow are
    // the overlay only (no full frame may be drawn).
    await page.evaluate(`window.__tiefgangMap.control.setAsOf('${TODAY}')`);
    await page.waitForTimeout(500);
    const box = (await page.locator('.map-canvas').boundingBox())!;
    const targets = (await page.evaluate(`(() => {
      const h = window.__tiefgangMap; const out = [];
      for (const n of h.scene.nodes) {
        if (!n.visible) continue;
        const p = h.control.screenPoint(n.id);
        if (p && p.x > 40 && p.y > 40 && p.x < ${box.width - 300} && p.y < ${box.height - 200}) out.push({ id: n.id, x: p.x, y: p.y });
        if (out.length >= 40) break;
      }
      return out;
    })()`)) as { id: string; x: number; y: number }[];
    await page.evaluate(START_RAF_LOG);
    await page.waitForTimeout(200);
    const marks = (await page.evaluate('window.__tiefgangMap.drawKinds.length')) as number;
    const h0 = (await page.evaluate('performance.now()')) as number;
    for (const p of targets) {
      await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 2 });
      await page.waitForTimeout(30);
    }
    const h1 = (await page.evaluate('performance.now()')) as number;
    await page.waitForTimeout(200);
    const hoverWork = ((await page.evaluate(frameStats(h0, h1))) as { work: number[] }).work;
    await page.evaluate(STOP_RAF_LOG);
    const hoverDraws = (await page.evaluate(
      `(() => { const h = window.__tiefgangMap; const k = h.drawKinds.slice(${marks}); const ms = h.drawMs.slice(${marks}); return { overlay: ms.filter((_, i) => k[i] === 'overlay'), full: k.filter((x) => x === 'full').length }; })()`,
    )) as { overlay: number[]; full: number };
    const selectMs: number[] = [];
    for (const p of targets.slice(0, 10)) {
      const t0 = (await page.evaluate('performance.now()')) as number;
      await page.mouse.click(box.x + p.x, box.y + p.y);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      const overlay = (await page.evaluate(
        `(() => { const h = window.__tiefgangMap; for (let i = h.drawKinds.length - 1; i >= 0; i--) if (h.drawKinds[i] === 'overlay') return h.drawMs[i]; return NaN; })()`,
      )) as number;
      selectMs.push(overlay);
      void t0;
    }
    const selectFull = (await page.evaluate(
      `window.__tiefgangMap.drawKinds.slice(${marks}).filter((k) => k === 'full').length`,
    )) as number;

    // The People view with everyone: from the command to its table on screen.
    const peopleOpen: number[] = [];
    for (let i = 0; i < 5; i++) {
      peopleOpen.push(
        (await page.evaluate(`(async () => {
          const h = window.__tiefgangMap;
          const t0 = performance.now();
          h.control.setView('people');
          for (;;) {
            await new Promise((r) => requestAnimationFrame(r));
            if (document.querySelector('.people-grid tbody tr[data-person-id]')) break;
          }
          await new Promise((r) => requestAnimationFrame(r));
          const ms = performance.now() - t0;
          h.control.setView('map');
          await new Promise((r) => setTimeout(r, 300));
          return ms;
        })()`)) as number,
      );
    }
    const peopleRows = (await page.evaluate(`(async () => {
      window.__tiefgangMap.control.setView('people');
      for (;;) { await new Promise((r) => requestAnimationFrame(r)); const n = document.querySelectorAll('.people-grid tbody tr[data-person-id]').length; if (n) { window.__tiefgangMap.control.setView('map'); return n; } }
    })()`)) as number;

    await page.context().close();
    return {
      firstFrame: first.firstFrame,
      // The map's own work on the way (shaping and packing the data, preparing, the first scene, the draw):
      // what the first frame would cost if nothing else in the window kept the main thread busy.
      ownWork: ['sourceMs', 'packMs', 'prepareMs', 'sceneMs'].reduce(
        (sum, k) => sum + (first.timings[k] ?? 0),
        first.firstDraw,
      ),
      timings: first.timings,
      visible: first.visible,
      zoom,
      moved: kinds.filter((k) => k === 'moved').length,
      full: median(full),
      step: median(steps.map(([ms]) => ms)),
      stepP95: p95(steps.map(([ms]) => ms)),
      stepWorker: median(steps.map(([, worker]) => worker)),
      stepAhead: steps.filter(([, , ahead]) => ahead).length,
      stepNotAhead: median(steps.filter(([, , ahead]) => !ahead).map(([ms]) => ms)),
      unfolded: unfolded && {
        step: median(unfolded.steps.map(([ms]) => ms)),
        stepP95: p95(unfolded.steps.map(([ms]) => ms)),
        stepWorker: median(unfolded.steps.map(([, worker]) => worker)),
        stepAhead: unfolded.steps.filter(([, , ahead]) => ahead).length,
        stepNotAhead: median(unfolded.steps.filter(([, , ahead]) => !ahead).map(([ms]) => ms)),
        visible: unfolded.visible,
      },
      hover: median(hoverWork),
      hoverP95: p95(hoverWork),
      hoverFrames: hoverWork.length,
      hoverOverlay: median(hoverDraws.overlay),
      hoverFull: hoverDraws.full,
      select: median(selectMs),
      selectFull: selectFull - hoverDraws.full,
      peopleOpen: median(peopleOpen),
      peopleRows,
      size,
    };
  } finally {
    await core.close();
  }
}

/** One step: milliseconds to its frame, the worker's part, whether the worker had built it ahead. */
type Step = [ms: number, workerMs: number, ahead: boolean];

/**
 * Steps of the time slider, 30 days back each: from setting the date to the frame of that date on
 * screen (and one animation frame more); with the worker's time for the scene, and whether the worker
 * had built it ahead (after two steps it guesses the next one: renderer/src/scene/time-step-ahead.ts).
 */
async function timeSteps(page: Page): Promise<Step[]> {
  return (await page.evaluate(`(async () => {
    const h = window.__tiefgangMap; const out = [];
    const base = Date.parse('${TODAY}T12:00:00Z');
    for (let i = 1; i <= ${STEPS}; i++) {
      const d = new Date(base - i * 30 * 86400000).toISOString().slice(0, 10);
      const frames = h.frames;
      const t0 = performance.now();
      h.control.setAsOf(d);
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const fresh = h.drawKinds.slice(h.drawKinds.length - Math.min(h.frames - frames, h.drawKinds.length));
        if (h.scene && h.scene.asOf === d && fresh.includes('full')) break;
      }
      // The frame drawn in that animation frame is on screen when the next one starts.
      await new Promise((r) => requestAnimationFrame(r));
      out.push([performance.now() - t0, h.timings.sceneMs, h.timings.sceneAhead === 1]);
    }
    return out;
  })()`)) as Step[];
}

// ---- Peers ----

interface PeerData {
  nodes: { id: string; x: number; y: number; r: number; fill: string; opacity: number }[];
  links: { source: string; target: string; width: number; opacity: number; colour: string }[];
  /** Per time step: link widths and opacities, node opacities (in the order above). */
  steps: { width: number[]; opacity: number[]; nodeOpacity: number[] }[];
}

function peerData(scene: Scene, stepScenes: Scene[]): PeerData {
  const visible = scene.nodes.filter((n) => n.visible);
  const nodes = [
    { id: '__me', x: 0, y: 0, r: scene.me.r, fill: '#1f2933', opacity: 1 },
    ...visible.map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.r, fill: n.fill, opacity: n.opacity })),
  ];
  const links = [
    ...scene.egoLines.map((l) => ({
      source: '__me',
      target: l.personId,
      width: l.width,
      opacity: l.opacity,
      colour: l.colour,
    })),
    ...scene.ties.map((t) => ({
      source: t.a,
      target: t.b,
      width: t.width,
      opacity: t.opacity,
      colour: '#7a7a7a',
    })),
  ];
  const steps = stepScenes.map((s) => {
    const line = new Map(s.egoLines.map((l) => [l.personId, l]));
    const node = new Map(s.nodes.map((n) => [n.id, n]));
    return {
      width: links.map((l) => (l.source === '__me' ? (line.get(l.target)?.width ?? 0) : l.width)),
      opacity: links.map((l) => (l.source === '__me' ? (line.get(l.target)?.opacity ?? 0) : l.opacity)),
      nodeOpacity: nodes.map((n) => node.get(n.id)?.opacity ?? 1),
    };
  });
  return { nodes, links, steps };
}

const D3_SETUP = (w: number, h: number, settleLimit: number) => `(async (data) => {
  const t0 = performance.now();
  const nodes = data.nodes.map((n) => ({ ...n, x: undefined, y: undefined }));
  const links = data.links.map((l) => ({ ...l }));
  const svg = d3.select('#stage').append('svg').attr('width', ${w}).attr('height', ${h}).attr('id', 'peer');
  const g = svg.append('g');
  const link = g.append('g').selectAll('line').data(links).join('line')
    .attr('stroke', (d) => d.colour).attr('stroke-opacity', (d) => d.opacity).attr('stroke-width', (d) => d.width);
  const node = g.append('g').attr('stroke', '#fff').attr('stroke-width', 1).selectAll('circle').data(nodes).join('circle')
    .attr('r', (d) => d.r).attr('fill', (d) => d.fill);
  let ticks = 0;
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.id))
    .force('charge', d3.forceManyBody())
    .force('center', d3.forceCenter(${w} / 2, ${h} / 2))
    .on('tick', () => {
      ticks++;
      link.attr('x1', (d) => d.source.x).attr('y1', (d) => d.source.y).attr('x2', (d) => d.target.x).attr('y2', (d) => d.target.y);
      node.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
    });
  svg.call(d3.zoom().on('zoom', (e) => g.attr('transform', e.transform)));
  await new Promise((r) => { const wait = () => (ticks > 0 ? requestAnimationFrame(() => r()) : requestAnimationFrame(wait)); wait(); });
  const first = performance.now() - t0;
  const settled = await new Promise((r) => {
    const timer = setTimeout(() => r(null), ${settleLimit});
    simulation.on('end', () => { clearTimeout(timer); r(performance.now() - t0); });
  });
  simulation.stop();
  window.__peer = { link, node };
  return { first, settled, ticks };
})`;

const D3_STEP = `(async (steps) => {
  const out = [];
  for (const s of steps) {
    const t0 = performance.now();
    window.__peer.link.attr('stroke-width', (d, i) => s.width[i]).attr('stroke-opacity', (d, i) => s.opacity[i]);
    window.__peer.node.attr('fill-opacity', (d, i) => s.nodeOpacity[i]);
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    out.push(performance.now() - t0);
  }
  return out;
})`;

const CY_SETUP = `(async (data) => {
  const t0 = performance.now();
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, d: 2 * n.r, fill: n.fill, o: n.opacity }, position: { x: n.x, y: n.y } })),
    ...data.links.map((l, i) => ({ data: { id: 'e' + i, source: l.source, target: l.target, w: l.width, o: l.opacity, c: l.colour } })),
  ];
  const cy = cytoscape({
    container: document.getElementById('stage'),
    elements,
    layout: { name: 'preset', fit: true },
    style: [
      { selector: 'node', style: { width: 'data(d)', height: 'data(d)', 'background-color': 'data(fill)', 'background-opacity': 'data(o)' } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': 'data(c)', opacity: 'data(o)' } },
    ],
  });
  await new Promise((r) => cy.one('render', () => requestAnimationFrame(() => r())));
  const first = performance.now() - t0;
  window.__cy = cy;
  return { first };
})`;

const CY_STEP = `(async (steps) => {
  const cy = window.__cy; const out = [];
  const edges = cy.edges(); const nodes = cy.nodes();
  for (const s of steps) {
    const t0 = performance.now();
    const rendered = new Promise((r) => cy.one('render', r));
    cy.batch(() => {
      edges.forEach((e, i) => { e.data('w', s.width[i]); e.data('o', s.opacity[i]); });
      nodes.forEach((n, i) => n.data('o', s.nodeOpacity[i]));
    });
    await rendered;
    await new Promise((r) => requestAnimationFrame(r));
    out.push(performance.now() - t0);
  }
  return out;
})`;

async function benchD3(browser: Browser, data: PeerData) {
  const page = await openPeerPage(browser);
  const setup = (await page.evaluate(
    `${D3_SETUP(1150, 780, PEER_SETTLE_LIMIT_MS)}(${JSON.stringify({ nodes: data.nodes, links: data.links })})`,
  )) as { first: number; settled: number | null; ticks: number };
  const zoom = await measureGesture(page, '#peer');
  const steps = (await page.evaluate(`${D3_STEP}(${JSON.stringify(data.steps)})`)) as number[];
  await page.context().close();
  return { ...setup, zoom, step: median(steps) };
}

async function benchCytoscape(browser: Browser, data: PeerData) {
  const page = await openPeerPage(browser);
  const setup = (await page.evaluate(
    `${CY_SETUP}(${JSON.stringify({ nodes: data.nodes, links: data.links })})`,
  )) as {
    first: number;
  };
  const zoom = await measureGesture(page, '#stage');
  const steps = (await page.evaluate(`${CY_STEP}(${JSON.stringify(data.steps)})`)) as number[];
  await page.context().close();
  return { ...setup, zoom, step: median(steps) };
}

// ---- Run ----

async function main() {
  // The benchmark measures the renderer as built from the sources now (or the one named by
  // MAP_BENCH_RENDERER, see map-page.ts).
  if (!process.env.MAP_BENCH_RENDERER) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    if (build.status !== 0) throw new Error('building the renderer failed (node scripts/build.mjs renderer)');
  }
  const browser = await launchBenchBrowser();
  const dir = await mkdtemp(join(tmpdir(), 'tiefgang-map-bench-'));
  try {
    for (const size of SIZES) {
      const net = generateSyntheticNetwork({
        seed: 1,
        people: size,
        encounters: size * ENCOUNTERS_PER_PERSON,
        end: TODAY,
      });
      const ties = net.ties.slice(0, size * TIES_PER_PERSON);
      const db = {
        ...emptyDatabase(),
        people: net.people,
        encounters: net.encounters,
        contexts: net.contexts,
        ties,
      };
      const dataFile = join(dir, `map-${size}.json`);
      await writeFile(dataFile, JSON.stringify(db));
      const common = { size, encounters: net.encounters.length, ties: ties.length };

      const ours = await benchOurs(browser, dataFile, size);
      const line = (name: string, impl: string, value: number, extra: Record<string, unknown> = {}) =>
        emit({ name, impl, value: round(value), unit: 'ms', ...common, ...extra });
      const zoomLines = (
        impl: string,
        zoom: Zoom,
        extra: (which: 'median' | 'p95') => Record<string, unknown>,
      ) => {
        line('map.zoom-pan-frame.median', impl, zoom.median, {
          frames: zoom.frames,
          interval: round(zoom.intervalMedian),
          ...extra('median'),
        });
        line('map.zoom-pan-frame.p95', impl, zoom.p95, {
          interval: round(zoom.intervalP95),
          ...extra('p95'),
        });
      };
      const parts = Object.fromEntries(Object.entries(ours.timings).map(([k, v]) => [k, round(v)]));
      line('map.first-frame', 'tiefgang', ours.firstFrame, { target: 1000, visible: ours.visible, parts });
      line('map.first-frame.own-work', 'tiefgang', ours.ownWork);
      zoomLines('tiefgang', ours.zoom, (w) => ({
        target: w === 'median' ? 4 : 33,
        movedFrames: ours.moved,
      }));
      line('map.full-frame', 'tiefgang', ours.full);
      line('map.hover-frame.median', 'tiefgang', ours.hover, {
        target: 4,
        p95: round(ours.hoverP95),
        frames: ours.hoverFrames,
        overlayDrawMs: round(ours.hoverOverlay),
        fullFrames: ours.hoverFull,
        note: "main thread's work per frame after a pointer move over people (hit test, hover card, overlay)",
      });
      line('map.select-frame.overlay', 'tiefgang', ours.select, {
        target: 4,
        fullFrames: ours.selectFull,
        note: 'drawing the overlay after a click selects a person',
      });
      line('people-view.open', 'tiefgang', ours.peopleOpen, {
        target: 300,
        rowsRendered: ours.peopleRows,
      });
      line('map.time-step', 'tiefgang', ours.step, {
        target: 50,
        p95: round(ours.stepP95),
        workerMs: round(ours.stepWorker),
        builtAhead: `${ours.stepAhead} of ${STEPS}`,
        notAheadMedian: round(ours.stepNotAhead),
        visible: ours.visible,
      });
      if (ours.unfolded)
        line('map.time-step.unfolded', 'tiefgang', ours.unfolded.step, {
          target: 50,
          p95: round(ours.unfolded.stepP95),
          workerMs: round(ours.unfolded.stepWorker),
          builtAhead: `${ours.unfolded.stepAhead} of ${STEPS}`,
          notAheadMedian: round(ours.unfolded.stepNotAhead),
          visible: ours.unfolded.visible,
          note: 'every folded band opened',
        });
      // `MAP_BENCH_PEERS=0` skips the peers (a quicker run when only our own figures matter).
      if (process.env.MAP_BENCH_PEERS === '0') continue;

      // The same picture for the peers: our ring layout's positions and styles, at today and at each step.
      const prepared = prepareMap(mapSourceFromSnapshot({ ...db, settings: { model: defaultModelParams } }));
      const options: SceneOptions = {
        layout: 'ego',
        colourBy: 'kind',
        showTies: true,
        drift: 0,
        seed: 1,
        filters: NO_FILTERS,
        pins: {},
        ringCadenceDays: defaultModelParams.ringCadenceDays,
      };
      const scene = sceneAt(prepared, TODAY, options);
      const stepScenes = Array.from({ length: STEPS }, (_, i) =>
        sceneAt(prepared, isoDate(addMonths(dayOf(TODAY), -(i + 1))), options),
      );
      const data = peerData(scene, stepScenes);
      const ratio = (peer: number, mine: number) => round(peer / mine);

      const d3 = await benchD3(browser, data);
      line('map.first-frame', 'd3-svg-force', d3.first, {
        ratio: ratio(d3.first, ours.firstFrame),
        note: 'first tick drawn; the layout still moves',
      });
      const settled = d3.settled ?? PEER_SETTLE_LIMIT_MS;
      line('map.layout-settled', 'd3-svg-force', settled, {
        settled: d3.settled !== null,
        ticks: d3.ticks,
        ratio: ratio(settled, ours.firstFrame),
      });
      zoomLines('d3-svg-force', d3.zoom, (w) => ({ ratio: ratio(d3.zoom[w], ours.zoom[w]) }));
      line('map.time-step', 'd3-svg-force', d3.step, {
        ratio: ratio(d3.step, ours.step),
        note: 'restyle only',
      });

      const cy = await benchCytoscape(browser, data);
      line('map.first-frame', 'cytoscape', cy.first, {
        ratio: ratio(cy.first, ours.firstFrame),
        note: 'preset positions, no layout',
      });
      zoomLines('cytoscape', cy.zoom, (w) => ({ ratio: ratio(cy.zoom[w], ours.zoom[w]) }));
      line('map.time-step', 'cytoscape', cy.step, { ratio: ratio(cy.step, ours.step), note: 'restyle only' });
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
