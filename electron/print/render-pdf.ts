/**
 * Renders the print page to PDF in a headless Chromium (playwright-core drives a browser that is already
 * installed; it downloads nothing). The page is served from the built renderer at a fixed origin through
 * the app's own protocol handler (same path checks and CSP as the desktop app); every other request is
 * refused, so rendering works offline and sends nothing anywhere. The data go in by an init script.
 * The PDF's page size is set explicitly in millimetres, so A4 is 595.28 × 841.89 pt whatever the page says.
 */

import type { BrowserContext, Page } from 'playwright-core';
import type { PrintInput } from '../../shared/print/options';
import { pageSizeMm, pageSizePt } from '../../shared/print/paper';
import { APP_ORIGIN } from '../app-page/origin';
import { createAppRequestHandler } from '../app-page/protocol';
import { setMediaBox } from './pdf-page-size';

/** The origin the print page is served at inside the headless browser (never resolved on a network). */
export const PRINT_ORIGIN = 'http://tiefgang.print';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export interface RenderPdfOptions {
  chromiumPath: string;
  rendererDir: string;
  input: PrintInput;
  /** How long the page may take to get ready (default 120 s: a pack of thousands on a slow machine). */
  timeoutMs?: number;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  title: string;
  /** Requests the page tried to make outside its own origin (refused). */
  blocked: string[];
}

/** The part of the page's globals read here (the electron project is compiled without DOM types). */
interface PageGlobals {
  document: { title: string; body?: { dataset: Record<string, string | undefined> } };
}

/** The print page failed (bad input, a script error); the message says why. */
export class PrintRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrintRenderError';
  }
}

/** A browser context that serves only the built renderer at PRINT_ORIGIN (everything else refused). */
export async function servePrintPage(
  context: BrowserContext,
  rendererDir: string,
): Promise<{ blocked: string[] }> {
  const serve = createAppRequestHandler(rendererDir);
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== PRINT_ORIGIN) {
      blocked.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const response = await serve(
      new Request(`${APP_ORIGIN}${url.pathname}`, { method: route.request().method() }),
    );
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  return { blocked };
}

/**
 * Opens print.html with `input` in a new page of `context` (served by `servePrintPage`) and waits until
 * it has drawn its pages; rejects with PrintRenderError if the page reports a problem.
 */
export async function openPrintPage(
  context: BrowserContext,
  input: PrintInput,
  timeoutMs = 120_000,
): Promise<{ page: Page; pages: number; title: string }> {
  // These functions run in the page (serialised by Playwright); this project has no DOM types.
  await context.addInitScript((value: PrintInput) => {
    (globalThis as unknown as { __tiefgangPrint: PrintInput }).__tiefgangPrint = value;
  }, input);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${PRINT_ORIGIN}/print.html`);
  try {
    await page.waitForFunction(
      () => {
        const body = (globalThis as unknown as PageGlobals).document.body;
        return body?.dataset.printReady === 'true' || body?.dataset.printError !== undefined;
      },
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch (error) {
    throw new PrintRenderError(
      pageErrors[0] ??
        `the print page did not finish (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const state = await page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    return {
      error: document.body?.dataset.printError,
      pages: Number(document.body?.dataset.printPages),
      title: document.title,
    };
  });
  if (state.error !== undefined) throw new PrintRenderError(state.error);
  // A page that drew no sheet would still make a (blank) PDF: that is a failure, not a print.
  if (!(state.pages > 0)) {
    throw new PrintRenderError(pageErrors[0] ?? 'the print page drew no pages, so there is nothing to print');
  }
  return { page, pages: state.pages, title: state.title };
}

export async function renderPrintPdf(options: RenderPdfOptions): Promise<RenderedPdf> {
  // Loaded on demand: only `print` needs a browser, the other commands start without it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      locale: options.input.locale === 'de' ? 'de-AT' : 'en-GB',
      serviceWorkers: 'block',
    });
    const { blocked } = await servePrintPage(context, options.rendererDir);
    const { page, pages, title } = await openPrintPage(context, options.input, options.timeoutMs);
    const { widthMm, heightMm } = pageSizeMm(options.input.options.paper, options.input.options.landscape);
    const pdf = await page.pdf({
      width: `${widthMm}mm`,
      height: `${heightMm}mm`,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      printBackground: true,
      preferCSSPageSize: false,
      displayHeaderFooter: false,
    });
    const exact = pageSizePt(options.input.options.paper, options.input.options.landscape);
    return { pdf: setMediaBox(pdf, exact.width, exact.height).pdf, pages, title, blocked };
  } finally {
    await browser.close();
  }
}
