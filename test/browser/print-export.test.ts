/**
 * The print preview's buttons through the real router to the desktop's print actions (faked here:
 * there is no Electron): what the window sends for printing, PDF, SVG and PNG — a PNG of exactly A4 at
 * 300 dpi that says so, an SVG that is the printed page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppCore, openAppCore } from '../../electron/core';
import type { PrintActions } from '../../electron/services/print/handlers';
import { dpiOf } from '../../renderer/src/print/png-dpi';
import type { ExportJob, PdfJob, PrintJob } from '../../shared/ipc/contract';
import { type BrowserApp, openRenderer } from '../harness/browser';
import { sampleDatabase, writeDatabase } from './print-tools';

let dir: string;
let core: AppCore;
let app: BrowserApp;
const calls: { print: PrintJob[]; pdf: PdfJob[]; files: ExportJob[] } = { print: [], pdf: [], files: [] };

const actions: PrintActions = {
  async print(job) {
    calls.print.push(job);
    return { printed: true };
  },
  async savePdf(job) {
    calls.pdf.push(job);
    return { saved: true, path: `/home/u/${job.fileName}` };
  },
  async exportFile(job) {
    calls.files.push(job);
    return { saved: true, path: `/home/u/${job.fileName}` };
  },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-print-export-'));
  writeDatabase(join(dir, 'tiefgang.json'), sampleDatabase());
  core = await openAppCore({
    dataFile: join(dir, 'tiefgang.json'),
    version: '1',
    systemLocale: 'en-GB',
    validateResponses: true,
    desktop: { print: actions },
  });
  app = await openRenderer(core, { viewport: { width: 1400, height: 900 } });
  await app.page.waitForSelector('.app');
  await app.page.keyboard.press('Control+p');
  await app.page.locator('.print-preview .print-sheet svg').first().waitFor();
});
afterAll(async () => {
  await app?.close();
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

const status = () => app.page.locator('.print-preview-status').textContent();

describe('print preview → print actions', () => {
  it('prints at the chosen paper and orientation', async () => {
    await app.page.getByLabel('Paper').selectOption('A3');
    await app.page.getByLabel('Orientation').selectOption('landscape');
    await app.page.getByRole('button', { name: 'Print…' }).click();
    await expect.poll(status).toBe('Sent to the printer.');
    expect(calls.print).toEqual([{ paper: 'A3', landscape: true }]);
  });

  it('saves a PDF named after the title', async () => {
    await app.page.getByLabel('Title', { exact: true }).fill('Netzwerk: Coaching / März');
    await app.page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect.poll(status).toBe('Saved to /home/u/Netzwerk Coaching März.pdf');
    expect(calls.pdf).toEqual([{ paper: 'A3', landscape: true, fileName: 'Netzwerk Coaching März.pdf' }]);
  });

  it('exports the page as SVG: the same vector page, with its title and labels', async () => {
    await app.page.getByRole('button', { name: 'Export SVG…' }).click();
    await expect.poll(status).toMatch(/^Saved to .*\.svg$/);
    const svg = Buffer.from(calls.files.at(-1)!.base64, 'base64').toString('utf8');
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toContain('Netzwerk: Coaching / März');
    expect(svg).toContain('class="print-label"');
    expect(svg).toMatch(/width="1587.4\d*" height="1122.5\d*"/);
  });

  it('exports the page as PNG at 300 dpi: A3 landscape is 4961 × 3508 pixels and says 300 dpi', async () => {
    await app.page.getByRole('button', { name: 'Export PNG (300 dpi)…' }).click();
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Saved to .*\.png$/);
    const job = calls.files.at(-1)!;
    expect(job.format).toBe('png');
    const png = Buffer.from(job.base64, 'base64');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([4961, 3508]);
    expect(dpiOf(new Uint8Array(png))).toBe(300);
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });
});
