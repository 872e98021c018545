/**
 * The page side of the browser-test harness: Debian Chromium via playwright-core, showing the built
 * renderer, with `window.tiefgang` wired to an app core running in this Node process.
 *
 *  - The page is served from out/renderer by the shell's own protocol handler
 *    (electron/app-page/protocol.ts: same path checks, MIME types and CSP header) at a fixed origin,
 *    http://tiefgang.test/ (http, because Playwright can only route http(s) requests).
 *  - Every other request is aborted and recorded, so tests can assert the app makes none.
 *  - `window.tiefgang` is built in the page by `buildApi` (as in the preload, from the same channel
 *    list); each call crosses to Node through a Playwright binding and runs `core.router.handle`, and the
 *    core's events (`db.changed`) are dispatched back to the page's listeners.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, chromium, type Page, type Route } from 'playwright-core';
import { APP_ORIGIN } from '../../electron/app-page/origin';
import { createAppRequestHandler } from '../../electron/app-page/protocol';
import type { AppCore } from '../../electron/core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = resolve(ROOT, 'out/renderer');
/**
 * Where tests save the screenshots people look at. A normal `npm test` writes them to the git-ignored
 * test-results/screenshots/; `npm run screenshots` sets TIEFGANG_SCREENSHOTS=docs/screenshots to refresh
 * the ones the docs show.
 */
export const SCREENSHOT_DIR = resolve(ROOT, process.env.TIEFGANG_SCREENSHOTS ?? 'test-results/screenshots');
export const ORIGIN = 'http://tiefgang.test';
export const CHROMIUM = process.env.TIEFGANG_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** What the page needs from the Node side: the router and the events (an `AppCore` has both). */
export type CoreLink = Pick<AppCore, 'router' | 'onEvent'>;

export interface BrowserOptions {
  /** The browser's locale (navigator.language). Default en-GB. */
  locale?: string;
  timezoneId?: string;
  viewport?: { width: number; height: number };
}

export interface BrowserApp {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  /** The app's entry URL, `http://tiefgang.test/index.html`. */
  url: string;
  /** URLs of the requests the harness refused: anything not on the app's own origin. */
  blockedRequests: string[];
  /** Console errors (CSP violations are reported here) and uncaught page errors. */
  consoleErrors: string[];
  pageErrors: string[];
  /** Saves <SCREENSHOT_DIR>/<name>.png of the viewport and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Stops the events and closes the browser. Safe to call twice. */
  close(): Promise<void>;
}

export const DEFAULT_LOCALE = 'en-GB';

let bridgeScript: Promise<string> | undefined;

/** browser-bridge.ts (with `buildApi` and the channel list from shared/ipc) bundled into one classic script. */
export function bridgeSource(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [resolve(ROOT, 'test/harness/browser-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bridgeScript;
}

export function assertRendererBuilt(): void {
  const index = resolve(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `The built renderer is missing (${index}). Build it first with \`node scripts/build.mjs renderer\` ` +
        '(`npm test` does this through `npm run build`).',
    );
  }
}

/** Opens the built renderer in Chromium. With `core`, `window.tiefgang` talks to it; without, there is no bridge. */
export async function openRenderer(
  core: CoreLink | undefined,
  options: BrowserOptions = {},
): Promise<BrowserApp> {
  assertRendererBuilt();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      locale: options.locale ?? DEFAULT_LOCALE,
      timezoneId: options.timezoneId ?? 'Europe/Vienna',
      viewport: options.viewport ?? { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      serviceWorkers: 'block',
    });
    const blockedRequests: string[] = [];
    const serve = createAppRequestHandler(RENDERER_DIR);
    await context.route('**/*', (route) => routeRequest(route, serve, blockedRequests));

    if (core) {
      await context.exposeBinding('__tiefgangInvoke', (_source, channel: unknown, request: unknown) =>
        core.router.handle(channel, request),
      );
      await context.addInitScript({ content: await bridgeSource() });
    }

    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const stopEvents =
      core?.onEvent((channel, payload) => {
        // During a reload the event may find no page; the new page loads a fresh snapshot anyway.
        page
          .evaluate(
            ([c, p]) =>
              (window as unknown as { __tiefgangEmit?: (c: string, p: unknown) => void }).__tiefgangEmit?.(
                c,
                p,
              ),
            [channel, payload] as const,
          )
          .catch(() => {});
      }) ?? (() => {});

    const url = `${ORIGIN}/index.html`;
    await page.goto(url);

    let closed: Promise<void> | undefined;
    return {
      page,
      context,
      browser,
      url,
      blockedRequests,
      consoleErrors,
      pageErrors,
      async screenshot(name) {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        const path = resolve(SCREENSHOT_DIR, `${name}.png`);
        await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
        return path;
      },
      close() {
        closed ??= (async () => {
          stopEvents();
          await browser.close();
        })();
        return closed;
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Serves the app's own origin through the Electron protocol handler (the URL rewritten to
 * app://tiefgang/) and refuses everything else.
 */
async function routeRequest(route: Route, serve: (request: Request) => Promise<Response>, blocked: string[]) {
  const request = route.request();
  const url = new URL(request.url());
  if (url.origin !== ORIGIN) {
    blocked.push(request.url());
    await route.abort('blockedbyclient');
    return;
  }
  const response = await serve(
    new Request(`${APP_ORIGIN}${url.pathname}${url.search}`, { method: request.method() }),
  );
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  });
}
