/**
 * `tiefgang print` end to end in Debian Chromium: real PDFs read back with poppler. Exact page sizes, the
 * pack's page count, the names in the text layer (and none of them, nor in the metadata or any stream,
 * when anonymised), a rendered page that is not blank, the legend present. Saves the pages it looked at
 * to docs/screenshots/print-*.png.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/print/find-chromium';
import { findRendererDir } from '../../electron/print/print-page';
import { renderPrintPdf } from '../../electron/print/render-pdf';
import { shortName } from '../../renderer/src/print/print-labels';
import type { Database } from '../../shared/domain/schema';
import { prepareEngine } from '../../shared/engine/prepare';
import { PrintOptions, printDataFrom } from '../../shared/print/options';
import { SCREENSHOT_DIR } from '../harness/browser';
import {
  cli,
  encodings,
  hasWord,
  inkShare,
  pdfContents,
  pdfinfo,
  pdftotext,
  renderGrey,
  sampleDatabase,
  savePagePng,
  writeDatabase,
} from './print-tools';

const SCREENSHOTS = SCREENSHOT_DIR;
mkdirSync(SCREENSHOTS, { recursive: true });
let dir: string;
let db: Database;
let dbPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-print-pdf-'));
  db = sampleDatabase();
  dbPath = writeDatabase(join(dir, 'tiefgang.json'), db);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function print(name: string, args: string[], env: Record<string, string> = {}) {
  const out = join(dir, name);
  const r = await cli(['print', '--out', out, '--db', dbPath, '--as-of', '2026-11-27', ...args], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { out, stdout: r.stdout };
}

/** The people in rings 1 and 2: the map always has room to name them. */
function innerNames(): string[] {
  const engine = prepareEngine({
    people: db.people,
    encounters: db.encounters,
    ties: db.ties,
    settings: db.settings.model,
  });
  return engine
    .snapshot('2026-11-27')
    .people.filter((p) => p.ring === 1 || p.ring === 2)
    .map((p) => p.name);
}

/** The form in which `name` appears in `text`: whole, shortened, or cut with "…" in the key. */
function found(text: string, name: string): string | undefined {
  if (text.includes(name)) return name;
  if (text.includes(shortName(name))) return shortName(name);
  return fitted(text, name);
}

function fitted(text: string, name: string): string | undefined {
  for (let n = name.length - 1; n >= 6; n--)
    if (text.includes(`${name.slice(0, n)}…`)) return `${name.slice(0, n)}…`;
  return undefined;
}

const LEGEND_TITLES = [
  'Rings: how often you are in touch',
  'Line width: the rhythm you keep',
  'Line colour: last contact',
  'Neglected tie',
  'Circle size: depth',
];

describe('print to PDF', () => {
  it('A4 portrait: exactly 595 × 842 pt, one page, the names, the legend, ink on the page', async () => {
    const { out, stdout } = await print('a4.pdf', []);
    expect(stdout).toBe(`Wrote ${out}: 1 page, A4 portrait.\n`);
    const info = pdfinfo(out);
    expect(info.pages).toBe(1);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
    expect(info.width).toBeCloseTo(595.276, 2);
    expect(info.height).toBeCloseTo(841.89, 2);
    expect(info.fields.Title).toBe('My network — as of 27 Nov 2026');
    const text = pdftotext(out);
    const inner = innerNames();
    expect(inner.length).toBeGreaterThanOrEqual(10);
    // Each by name, or shortened when long ("Maximiliane Sophie Beispielfrau-Lang" → "Maximiliane B."),
    // or as a number in the key (where the name is written out, cut to the column if need be).
    for (const name of inner)
      expect([name, shortName(name), fitted(text, name)], name).toContain(found(text, name));
    expect(text).toContain('Maximiliane B.');
    for (const title of LEGEND_TITLES) expect(text).toContain(title);
    expect(text).toContain('Stefanie Reiter · As of 27 Nov 2026');
    // Every word once: labels are not outlined copies of themselves.
    expect(text.split('Stefanie Reiter · As of').length - 1).toBe(1);
    const page = renderGrey(out, 1, 50);
    expect(Math.abs(page.width - (210 / 25.4) * 50)).toBeLessThan(1);
    const ink = inkShare(page);
    expect(ink).toBeGreaterThan(0.03);
    expect(ink).toBeLessThan(0.6);
    // The legend's band at the bottom is drawn too.
    expect(inkShare(page, { x: 0.05, y: 0.7, width: 0.9, height: 0.25 })).toBeGreaterThan(0.01);
    savePagePng(out, 1, 80, join(SCREENSHOTS, 'print-a4-portrait.png'));
  });

  it('A3 landscape coaching pack with drift: exactly 1191 × 842 pt, the drift and who moved on page 2', async () => {
    const { out, stdout } = await print('a3-pack.pdf', ['--page', 'A3', '--landscape', '--pack', '--drift']);
    const info = pdfinfo(out);
    expect(stdout).toBe(`Wrote ${out}: ${info.pages} pages, A3 landscape.\n`);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([1191, 842]);
    expect(pdftotext(out, 2)).toContain('27 Nov 2025 · twelve months ago');
    expect(pdftotext(out, 2)).toMatch(/Who moved[\s\S]*Moved in \(\d+\)[\s\S]*Drifted out \(\d+\)/);
    expect(pdftotext(out, 3)).toMatch(/Neglected ties[\s\S]*Prospects: touches[\s\S]*Depth versus breadth/);
    expect(pdftotext(out, 3)).toContain('Met in the last 12 months (breadth)');
    expect(pdftotext(out, info.pages)).toMatch(/Agreed actions[\s\S]*Session notes/);
    for (let page = 1; page <= info.pages; page++)
      expect(inkShare(renderGrey(out, page, 30))).toBeGreaterThan(0.01);
    for (let page = 1; page <= info.pages; page++)
      savePagePng(out, page, 50, join(SCREENSHOTS, `print-a3-pack-${page}.png`));
  });

  it.each([
    ['en', {}],
    ['de', { LANG: 'de_AT.UTF-8' }],
  ] as const)(
    'the A4 pack (%s) uses the page: every prospect listed, no "and N more", no "Gini", no "pp"',
    async (lang, env) => {
      const { out } = await print(`a4-pack-${lang}.pdf`, ['--pack', '--drift'], env);
      const text = pdftotext(out);
      const prospects = prepareEngine({
        people: db.people,
        encounters: db.encounters,
        ties: db.ties,
        settings: db.settings.model,
      })
        .snapshot('2026-11-27')
        .people.filter((p) => p.kind === 'prospect');
      expect(prospects.length).toBeGreaterThan(10);
      for (const p of prospects) expect(text, p.name).toContain(p.name);
      expect(text).not.toMatch(/(and|und) \d+ (more|weitere)\b/);
      expect(text).not.toMatch(/Gini/i);
      expect(text).not.toMatch(/\bpp\b/);
      expect(text).toContain(lang === 'en' ? 'percentage point' : 'Prozentpunkt');
      expect(text).toContain(
        lang === 'en' ? 'How your attention is spread' : 'Wie sich Ihre Aufmerksamkeit verteilt',
      );
      // The last page: the agreed actions and the session notes, printable empty.
      const last = pdftotext(out, pdfinfo(out).pages);
      expect(last).toContain(lang === 'en' ? 'Agreed actions' : 'Vereinbarte Schritte');
      expect(last).toContain(lang === 'en' ? 'Session notes' : 'Notizen zum Gespräch');
      for (let page = 1; page <= pdfinfo(out).pages; page++)
        savePagePng(out, page, 50, join(SCREENSHOTS, `print-a4-pack-${lang}-${page}.png`));
    },
  );

  it('speaks German in a German terminal', async () => {
    const { out, stdout } = await print('de.pdf', ['--landscape'], { LANG: 'de_AT.UTF-8' });
    expect(stdout).toContain('1 Seite, A4 Querformat');
    expect(pdfinfo(out).fields.Title).toBe('Mein Netzwerk — Stand 27.11.2026');
    expect(pdftotext(out)).toContain('Ringe: wie oft Sie Kontakt haben'.slice(0, 5));
    savePagePng(out, 1, 80, join(SCREENSHOTS, 'print-a4-landscape-de.png'));
  });

  it('empty rings to write into', async () => {
    const { out } = await print('empty.pdf', ['--empty-rings']);
    const text = pdftotext(out);
    expect(text).toContain('Write the people you know into the rings');
    for (const name of innerNames()) expect(text).not.toContain(name);
    savePagePng(out, 1, 60, join(SCREENSHOTS, 'print-empty-rings.png'));
  });

  it.each([
    ['initials', []],
    ['pseudonyms', ['--pseudonyms']],
  ])(
    'anonymised (%s): no real name in the text, the metadata or any stream of the PDF',
    async (mode, extra) => {
      const { out } = await print(`anon-${mode}.pdf`, [
        '--anonymize',
        ...extra,
        '--pack',
        '--drift',
        '--landscape',
      ]);
      const info = pdfinfo(out);
      expect(info.pages).toBeGreaterThanOrEqual(3);
      const text = pdftotext(out);
      expect(text).toContain('anonymised');
      expect(text).toMatch(mode === 'initials' ? /\b[A-ZÄÖÜ]{2}(-\d+)?\b/ : /\bP-\d{3}\b/);
      const words = new Set<string>(['Stefanie', 'Reiter']);
      for (const p of db.people)
        for (const w of p.displayName.split(/[\s-]+/)) if (w.length >= 3) words.add(w);
      for (const c of db.contexts) words.add(c.name);
      const inText = [...words].filter((w) => hasWord(text, w));
      expect(inText).toEqual([]);
      const metadata = Object.values(info.fields).join('\n');
      expect([...words].filter((w) => hasWord(metadata, w))).toEqual([]);
      const streams = pdfContents(out).join('\n');
      const names = [
        ...db.people.map((p) => p.displayName),
        ...db.contexts.map((c) => c.name),
        'Stefanie Reiter',
      ];
      const leaked = names.filter((name) => encodings(name).some((e) => streams.includes(e)));
      expect(leaked).toEqual([]);
      if (mode === 'initials') savePagePng(out, 1, 50, join(SCREENSHOTS, 'print-anonymised.png'));
    },
  );

  it('the check above does find a name where there is one (the title, written as UTF-16 hex)', async () => {
    const { out } = await print('named.pdf', ['--title', 'Netzwerk von Stefanie Reiter']);
    expect(pdfinfo(out).fields.Title).toBe('Netzwerk von Stefanie Reiter');
    const streams = pdfContents(out).join('\n');
    expect(encodings('Stefanie Reiter').some((e) => streams.includes(e))).toBe(true);
  });

  it('says in words why the PDF could not be written, and leaves no half-written file', async () => {
    const missing = join(dir, 'no-such-folder', 'map.pdf');
    const r = await cli(['print', '--out', missing, '--db', dbPath, '--as-of', '2026-11-27']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe(
      `The PDF could not be written to ${missing}: the folder does not exist. Nothing was changed.\n`,
    );
    // A folder where the file should go: the new PDF is written beside it and then refused, and the
    // temporary file is cleaned up.
    const folder = join(dir, 'taken.pdf');
    mkdirSync(join(folder, 'inside'), { recursive: true });
    const r2 = await cli(['print', '--out', folder, '--db', dbPath, '--as-of', '2026-11-27']);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(
      /^The PDF could not be written to .*taken\.pdf: that is a folder\. Nothing was changed\.\n$/,
    );
    expect(readdirSync(join(folder))).toEqual(['inside']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('renders without a single request leaving the page’s own origin', async () => {
    const browser = findChromium({ env: process.env, platform: process.platform });
    const page = findRendererDir();
    if (!browser.ok || !page.ok) throw new Error('Chromium or the built print page is missing');
    const rendered = await renderPrintPdf({
      chromiumPath: browser.path,
      rendererDir: page.dir,
      input: {
        data: printDataFrom(db),
        options: PrintOptions.parse({ asOf: '2026-11-27', pack: true }),
        locale: 'en',
      },
    });
    expect(rendered.blocked).toEqual([]);
    expect(rendered.pages).toBeGreaterThanOrEqual(2);
    expect(rendered.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('prints a name with a control character in it (a vertical tab pasted from Word)', async () => {
    const file = writeDatabase(join(dir, 'control.json'), {
      ...sampleDatabase(),
      people: [],
      encounters: [],
      ties: [],
    });
    const name = 'Ann\vBerg';
    expect((await cli(['people', 'add', '--db', file, '--name', name])).code).toBe(0);
    expect(
      (await cli(['log', '--db', file, '--with', 'Ann Berg', '--channel', 'call', '--date', '2026-11-20']))
        .code,
    ).toBe(0);
    const out = join(dir, 'control.pdf');
    const r = await cli([
      'print',
      '--db',
      file,
      '--out',
      out,
      '--as-of',
      '2026-11-27',
      '--title',
      'Net\u0001work',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/: 1 page,/);
    expect(pdfinfo(out).pages).toBe(1);
    expect(pdftotext(out)).toContain('Ann Berg');
    expect(pdftotext(out)).toContain('Network');
  });

  it('a print page that draws no sheet is an error, never an empty PDF', async () => {
    const browser = findChromium({ env: process.env, platform: process.platform });
    if (!browser.ok) throw new Error('Chromium is missing');
    // A print page that says it is ready but drew nothing (as a page whose drawing failed did).
    const blank = join(dir, 'blank-renderer');
    mkdirSync(blank, { recursive: true });
    writeFileSync(
      join(blank, 'print.html'),
      '<!doctype html><html><body><script src="ready.js"></script></body></html>',
    );
    writeFileSync(
      join(blank, 'ready.js'),
      'document.body.dataset.printPages = "0"; document.body.dataset.printReady = "true";',
    );
    await expect(
      renderPrintPdf({
        chromiumPath: browser.path,
        rendererDir: blank,
        input: { data: printDataFrom(db), options: PrintOptions.parse({ asOf: '2026-11-27' }), locale: 'en' },
      }),
    ).rejects.toThrow(/no pages/);
  });

  it('says so when the print page has a problem, and writes no file', async () => {
    const browser = findChromium({ env: process.env, platform: process.platform });
    const page = findRendererDir();
    if (!browser.ok || !page.ok) throw new Error('Chromium or the built print page is missing');
    await expect(
      renderPrintPdf({
        chromiumPath: browser.path,
        rendererDir: page.dir,
        input: { data: printDataFrom(db), options: { asOf: 'yesterday' } as never, locale: 'en' },
      }),
    ).rejects.toThrow(/the print options are not valid: asOf/);
  });
});
