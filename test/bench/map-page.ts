/**
 * Browser set-up for the map benchmark: the built renderer in Debian Chromium against the real app
 * core (as the browser-test harness does), but with the frame-rate limit lifted, so that the time
 * between two animation frames is the real cost of a frame and not the 60 Hz vsync. Also a blank page
 * for the peers (plain D3 SVG and cytoscape.js), which need inline scripts the app's CSP forbids.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { APP_ORIGIN } from '../../electron/app-page/origin';
import { createAppRequestHandler } from '../../electron/app-page/protocol';
import type { AppCore } from '../../electron/core';
import {
  assertRendererBuilt,
  bridgeSource,
  CHROMIUM,
  CHROMIUM_ARGS,
  ORIGIN,
  RENDERER_DIR,
  ROOT,
} from '../harness/browser';

/**
 * The renderer served: the one built from the sources (out/renderer), or `MAP_BENCH_RENDERER=<dir>`, a
 * renderer built elsewhere (an A/B comparison against another version, run alternately).
 */
export const BENCH_RENDERER_DIR = process.env.MAP_BENCH_RENDERER
  ? resolve(process.env.MAP_BENCH_RENDERER)
  : RENDERER_DIR;

/** Lift the 60 Hz cap: frames come as fast as they are ready. */
const UNCAPPED = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];
export const VIEWPORT = { width: 1400, height: 900 };

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...UNCAPPED] });
}

/** Opens the app on `core` with the map's test hook on; resolves once the page has loaded. */
export async function openMapPage(browser: Browser, core: AppCore): Promise<Page> {
  if (BENCH_RENDERER_DIR === RENDERER_DIR) assertRendererBuilt();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB' });
  const serve = createAppRequestHandler(BENCH_RENDERER_DIR);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const response = await serve(new Request(`${APP_ORIGIN}${url.pathname}${url.search}`));
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  await context.exposeBinding('__tiefgangInvoke', (_source, channel: unknown, request: unknown) =>
    core.router.handle(channel, request),
  );
  await context.addInitScript({ content: await bridgeSource() });
  await context.addInitScript(() => {
    (window as unknown as { __tiefgangTestHooks: boolean }).__tiefgangTestHooks = true;
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/index.html`);
  return page;
}

/** A blank page (no CSP) with d3 and cytoscape loaded, for the peers. */
export async function openPeerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="stage" style="width:1150px;height:780px;position:relative"></div></body></html>',
  );
  for (const file of ['node_modules/d3/dist/d3.min.js', 'node_modules/cytoscape/dist/cytoscape.min.js']) {
    await page.addScriptTag({ content: await readFile(resolve(ROOT, file), 'utf8') });
  }
  return page;
}
