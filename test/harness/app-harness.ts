/**
 * `launchApp`: the whole app for a browser test — the real core (store, services, router) on a data
 * file in Node, and the built renderer in Debian Chromium talking to it (see browser.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type AppCore, openAppCore } from '../../electron/core';
import type { InvokeChannel } from '../../shared/ipc/channels';
import { type BrowserApp, type BrowserOptions, DEFAULT_LOCALE, openRenderer, ROOT } from './browser';

export interface LaunchOptions extends BrowserOptions {
  /** The data file the core opens (created if missing). Use a temp folder. */
  dataFile: string;
  /**
   * Stands in for the system's open dialog of the desktop app (File ▸ Import…): the path it answers is
   * read from disk by the real import service. Without it the window's own file input is used.
   */
  chooseImportFile?: () => Promise<string | undefined>;
}

export interface AppHarness extends BrowserApp {
  core: AppCore;
  /** Closes the browser, then the core (releasing the data file's lock). Safe to call twice. */
  close(): Promise<void>;
}

export async function launchApp(options: LaunchOptions): Promise<AppHarness> {
  const { version } = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const core = await openAppCore({
    dataFile: options.dataFile,
    version,
    systemLocale: options.locale ?? DEFAULT_LOCALE,
    // Tests also check that every answer matches the contract.
    validateResponses: true,
    // Import previews run in the built worker, as in the app (the renderer is the built one too).
    importWorker: resolve(ROOT, 'out/main/import-worker.cjs'),
    ...(options.chooseImportFile ? { desktop: { chooseImportFile: options.chooseImportFile } } : {}),
  });
  let app: BrowserApp;
  try {
    app = await openRenderer(core, options);
  } catch (error) {
    await core.close();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    ...app,
    core,
    close() {
      closed ??= app.close().finally(() => core.close());
      return closed;
    },
  };
}

/** Calls the core as the renderer would, and fails the test with the message when the call fails. */
export async function call<T = { id: string }>(
  harness: Pick<AppHarness, 'core'>,
  channel: InvokeChannel,
  payload: unknown,
): Promise<T> {
  const result = await harness.core.router.handle(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as T;
}

/** Today in the page's time zone, as YYYY-MM-DD. */
export function todayInPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/** The day `days` after `day` (before, when negative), as YYYY-MM-DD. */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
