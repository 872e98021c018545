/**
 * The print page in Debian Chromium, checked in its own DOM: labels laid out with the browser's real
 * fonts never overlap each other, a node or a ring or group name, and each word fits the box reserved
 * for it — for a small, a crowded (1,000 people) and a network-layout map. Then the print preview in the
 * app (Ctrl+P): options, anonymised names, printing the window shows only the sheets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, openPrintPage, servePrintPage } from '../../electron/print/render-pdf';
import { defaultModelParams } from '../../shared/domain/model-params';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';
import {
  type PrintData,
  type PrintInput,
  PrintOptions,
  type PrintOptionsInput,
  printDataFrom,
} from '../../shared/print/options';
import { type AppHarness, launchApp } from '../harness/app-harness';
import { assertRendererBuilt, CHROMIUM, RENDERER_DIR, SCREENSHOT_DIR } from '../harness/browser';
import { sampleDatabase, writeDatabase } from './print-tools';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface DrawnLabel extends Rect {
  person: string;
  text: string;
  box: Rect;
}

let browser: Browser;
beforeAll(async () => {
  assertRendererBuilt();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

async function printPage(
  data: PrintData,
  options: Partial<PrintOptionsInput> & { asOf: string },
): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  await servePrintPage(context, RENDERER_DIR);
  const input: PrintInput = { data, options: PrintOptions.parse(options), locale: 'en' };
  return (await openPrintPage(context, input)).page;
}

/** What page 1 drew, in page coordinates: labels (and the white box behind each), names, nodes. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const sheet = document.querySelector('.print-sheet[data-page="1"]')!;
    const labels = [...sheet.querySelectorAll('text.print-label')].map((e) => ({
      ...rect(e),
      person: e.getAttribute('data-person') ?? '',
      text: e.textContent ?? '',
      box: rect(e.previousElementSibling!),
    }));
    const names = [...sheet.querySelectorAll('.print-ring-names text, .print-groups text')].map(rect);
    const nodes = [...sheet.querySelectorAll('g.nodes circle[data-person]')].map((e) => ({
      ...rect(e),
      person: e.getAttribute('data-person') ?? '',
    }));
    return { labels, names, nodes };
  });
}

const overlap = (a: Rect, b: Rect, slack = 0.25) =>
  a.x + slack < b.x + b.width &&
  b.x + slack < a.x + a.width &&
  a.y + slack < b.y + b.height &&
  b.y + slack < a.y + a.height;

function checkLabels(d: { labels: DrawnLabel[]; names: Rect[]; nodes: (Rect & { person: string })[] }) {
  const problems: string[] = [];
  const boxes = d.labels.map((l) => l.box);
  for (let i = 0; i < boxes.length; i++) {
    const label = d.labels[i]!;
    // The glyphs fit the box reserved for them (measured with the same font): placement was honest.
    if (label.width > label.box.width + 0.5 || label.x < label.box.x - 0.5)
      problems.push(`"${label.text}" is wider than its box`);
    for (let j = i + 1; j < boxes.length; j++)
      if (overlap(boxes[i]!, boxes[j]!)) problems.push(`"${label.text}" overlaps "${d.labels[j]!.text}"`);
    for (const name of d.names)
      if (overlap(boxes[i]!, name)) problems.push(`"${label.text}" covers a ring or group name`);
    for (const node of d.nodes)
      if (node.person !== label.person && overlap(boxes[i]!, node))
        problems.push(`"${label.text}" covers node ${node.person}`);
  }
  return problems;
}

describe('labels on the printed page, measured in the browser', () => {
  it('the sample network, A4 portrait: nobody overlaps', async () => {
    const page = await printPage(printDataFrom(sampleDatabase()), { asOf: '2026-11-27' });
    const d = await drawn(page);
    expect(d.labels.length).toBeGreaterThan(100);
    expect(checkLabels(d)).toEqual([]);
    // The check itself notices a label drawn twice on one spot.
    expect(checkLabels({ ...d, labels: [...d.labels, d.labels[0]!] })).not.toEqual([]);
    await page.context().close();
  });

  it('1,000 people, A4 landscape with ties: nobody overlaps, the key numbers the rest it can', async () => {
    const net = generateSyntheticNetwork({ seed: 7, people: 1000, encounters: 20_000, end: '2026-11-27' });
    const data = printDataFrom({
      ...net,
      settings: { ownerName: '', model: defaultModelParams },
    });
    const page = await printPage(data, { asOf: '2026-11-27', landscape: true, showTies: true });
    const d = await drawn(page);
    expect(d.nodes.length).toBeGreaterThan(900);
    expect(d.labels.length).toBeGreaterThan(100);
    expect(checkLabels(d)).toEqual([]);
    const key = await page.locator('.print-sheet[data-page="1"] g.key text').allTextContents();
    expect(key.some((t) => /people without a label/.test(t))).toBe(true);
    await page
      .locator('.print-sheet[data-page="1"]')
      .screenshot({ path: resolve(SCREENSHOT_DIR, 'print-1000-people.png') });
    await page.context().close();
  });

  it('the network layout of the sample, A3 portrait: nobody overlaps', async () => {
    const page = await printPage(printDataFrom(sampleDatabase()), {
      asOf: '2026-11-27',
      paper: 'A3',
      layout: 'force',
      showTies: true,
    });
    const d = await drawn(page);
    expect(d.labels.length).toBeGreaterThan(50);
    expect(checkLabels(d)).toEqual([]);
    await page.context().close();
  });
});

describe('the print preview in the app', () => {
  let dir: string;
  let app: AppHarness;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiefgang-print-preview-'));
    const db = sampleDatabase();
    writeDatabase(join(dir, 'tiefgang.json'), db);
    app = await launchApp({ dataFile: join(dir, 'tiefgang.json'), viewport: { width: 1400, height: 900 } });
    await app.page.waitForSelector('.app');
  });
  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens with Ctrl+P and shows the pages that will print', async () => {
    const { page } = app;
    await page.keyboard.press('Control+p');
    const preview = page.getByRole('dialog', { name: 'Print the network map' });
    await preview.waitFor();
    await page.locator('.print-preview .print-sheet svg').first().waitFor();
    await expect.poll(() => page.locator('.print-preview-count').textContent()).toBe('1 page');
    await page
      .getByLabel('Coaching pack (neglected ties, prospects, figures, boxes for agreed actions and notes)')
      .check();
    // The text pages as many as they need: the figures, then the boxes for agreed actions and notes.
    await expect.poll(() => page.locator('.print-preview .print-sheet').count()).toBe(3);
    await page.getByLabel('With the map twelve months ago beside today’s, and who moved').check();
    await expect.poll(() => page.locator('.print-preview-count').textContent()).toBe('4 pages');
    expect(await page.locator('.print-preview .print-sheet').nth(1).getAttribute('data-kind')).toBe('drift');
    await page.waitForTimeout(200);
    await app.screenshot('print-preview');
  });

  it('anonymises every name in the preview', async () => {
    const { page } = app;
    const db = sampleDatabase();
    const name =
      (await page.locator('.print-preview text.print-label[data-kind="name"]').first().textContent()) ?? '';
    expect(
      db.people.some((p) => p.displayName === name || p.displayName.startsWith(name.replace(/ \w\.$/, ''))),
    ).toBe(true);
    await page.getByLabel('Names').selectOption('initials');
    await expect.poll(() => page.locator('.print-preview-pages').textContent()).toContain('anonymised');
    const text = (await page.locator('.print-preview-pages').textContent()) ?? '';
    const leaked = db.people.map((p) => p.displayName).filter((n) => text.includes(n));
    expect(leaked).toEqual([]);
    expect(text).not.toContain('Stefanie Reiter');
  });

  it('says that saving needs the desktop app (the browser harness has no save dialog)', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect
      .poll(() => page.locator('.print-preview-status').textContent())
      .toBe('Printing and saving files work in the desktop app.');
  });

  it('prints the sheets and nothing else of the window, one sheet per page, at the paper size', async () => {
    const { page } = app;
    await page.emulateMedia({ media: 'print' });
    const pdf = join(dir, 'window.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+4\n/);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('My network — as of');
    expect(text).toContain('Depth versus breadth');
    // The app behind the preview is not printed: no toolbar, no options panel.
    expect(text).not.toContain('Print the network map');
    expect(text).not.toContain('Export SVG');
  });

  it('closes with Escape, and the app made no request and broke no policy', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.print-preview').count()).toBe(0);
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
