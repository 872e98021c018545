/**
 * Helpers for the print tests: run the CLI in this process, read PDFs with poppler (pdfinfo, pdftotext,
 * pdftoppm), look into every compressed stream of a PDF, and write the data files the prints are made of.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { run } from '../../electron/cli/run';
import type { Database } from '../../shared/domain/schema';
import { generateSampleNetwork } from '../../shared/sample/sample-network';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) },
    stderr: { write: (t) => (stderr += t) },
    env: { LANG: 'en_GB.UTF-8', HOME: '/nonexistent', PATH: process.env.PATH ?? '', ...env },
    cwd: ROOT,
    homedir: '/nonexistent',
    now: () => new Date(2026, 10, 27, 15, 45),
  });
  return { code, stdout, stderr };
}

/** The sample network (German names), an owner, and one person with a very long name. */
export function sampleDatabase(): Database {
  const db = generateSampleNetwork({ locale: 'de', today: '2026-11-27' });
  db.settings.ownerName = 'Stefanie Reiter';
  const first = db.people[0]!;
  first.displayName = 'Maximiliane Sophie Beispielfrau-Lang';
  return db;
}

export function writeDatabase(path: string, db: Database): string {
  writeFileSync(path, JSON.stringify(db));
  return path;
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  fields: Record<string, string>;
}

export function pdfinfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) fields[m[1]!.trim()] = m[2]!.trim();
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '');
  return { pages: Number(fields.Pages), width: Number(size?.[1]), height: Number(size?.[2]), fields };
}

export function pdftotext(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, '-layout', file, '-'], { encoding: 'utf8' });
}

/** Page `page` rendered in greys at `dpi`: width, height and one byte per pixel (0 black … 255 white). */
export function renderGrey(
  file: string,
  page: number,
  dpi: number,
): { width: number; height: number; pixels: Buffer } {
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    file,
  ]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: pgm.subarray(header[0].length) };
}

/** Share of pixels darker than near-white in a rectangle given in fractions of the page. */
export function inkShare(
  image: { width: number; height: number; pixels: Buffer },
  area = { x: 0, y: 0, width: 1, height: 1 },
): number {
  const x0 = Math.floor(area.x * image.width);
  const y0 = Math.floor(area.y * image.height);
  const x1 = Math.ceil((area.x + area.width) * image.width);
  const y1 = Math.ceil((area.y + area.height) * image.height);
  let ink = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) if (image.pixels[y * image.width + x]! < 240) ink++;
  return ink / ((x1 - x0) * (y1 - y0));
}

/** Page `page` as a PNG for the docs. */
export function savePagePng(file: string, page: number, dpi: number, target: string): void {
  const png = execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
  ]);
  writeFileSync(target, png);
}

/** Every stream of the PDF, inflated where it is Flate-compressed, plus the bytes outside streams. */
export function pdfContents(file: string): string[] {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const out: string[] = [text.replace(/stream\r?\n[\s\S]*?endstream/g, '')];
  for (const m of text.matchAll(/<<((?:(?!>>\s*stream)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const length = /\/Length (\d+)/.exec(m[1]!);
    const end = length ? start + Number(length[1]) : text.indexOf('endstream', start);
    const raw = bytes.subarray(start, end);
    if (/\/FlateDecode/.test(m[1]!)) {
      try {
        out.push(inflateSync(raw).toString('latin1'));
      } catch {
        out.push(raw.toString('latin1'));
      }
    } else out.push(raw.toString('latin1'));
  }
  return out;
}

/**
 * The ways a name can be written into PDF bytes: Latin-1, UTF-8, UTF-16BE, each also as a hex string
 * (`<FEFF004D…>`, as Chromium writes the document title), in either case.
 */
export function encodings(name: string): string[] {
  const utf16 = Buffer.from(name, 'utf16le').swap16();
  const utf8 = Buffer.from(name, 'utf8');
  const forms = [name, utf8.toString('latin1'), utf16.toString('latin1')];
  for (const bytes of [utf16, utf8]) {
    forms.push(bytes.toString('hex').toUpperCase(), bytes.toString('hex'));
  }
  return forms;
}

/** True if `word` occurs in `text` as a whole word. */
export function hasWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}
