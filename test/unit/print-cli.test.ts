// `tiefgang print` without a browser: what a wrong command line, a missing data file and a browser
// that is not there are told. (Rendering PDFs in Chromium: test/browser/print-pdf.test.ts.)
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { generateSampleNetwork } from '../../shared/sample/sample-network';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-print-cli-');
const ROOT = resolve(import.meta.dirname, '../..');

async function cli(args: string[], env: Record<string, string> = {}) {
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

async function sampleFile(): Promise<string> {
  const path = join(await tempDir(), 'tiefgang.json');
  await writeFile(path, JSON.stringify(generateSampleNetwork({ locale: 'en', today: '2026-11-27' })));
  return path;
}

describe('print: the command line', () => {
  it.each([
    [[], 'print: --out is required.'],
    [['--out', 'map.png'], 'print: --out “map.png” must name a .pdf file.'],
    [['--out', 'm.pdf', '--page', 'A5'], 'print: --page “A5” is not a paper size; use A4 or A3.'],
    [
      ['--out', 'm.pdf', '--layout', 'spiral'],
      'print: --layout “spiral” is not a layout; use ego, force or context.',
    ],
    [['--out', 'm.pdf', '--pseudonyms'], 'print: --pseudonyms only goes with --anonymize.'],
    [['--out', 'm.pdf', '--drift'], 'print: --drift only goes with --pack.'],
    [['--out', 'm.pdf', '--as-of', '2026-02-30'], 'print: --as-of “2026-02-30” is not a date'],
    [['--out', 'm.pdf', '--as-of', '0000-01-01'], 'print: --as-of “0000-01-01” is not a date'],
    [['--out', 'm.pdf', '--as-of', '0099-12-31'], 'print: --as-of “0099-12-31” is not a date'],
    [['--out', 'm.pdf', '--title', 'x'.repeat(201)], 'print: --title has 201 characters; at most 200 fit.'],
  ])('%j → exit 2: %s', async (args, message) => {
    const r = await cli(['print', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('tiefgang print --help');
  });

  it('explains every option in --help, in German too', async () => {
    const en = await cli(['print', '--help']);
    expect(en.code).toBe(0);
    for (const option of [
      '--out',
      '--page',
      '--landscape',
      '--anonymize',
      '--pseudonyms',
      '--as-of',
      '--pack',
      '--drift',
      '--db',
    ])
      expect(en.stdout).toContain(option);
    expect(en.stdout).toContain('TIEFGANG_CHROMIUM');
    const de = await cli(['print', '--help'], { LANG: 'de_AT.UTF-8' });
    expect(de.stdout).toContain('Querformat statt Hochformat.');
  });

  it('says when there is no data file, and writes nothing', async () => {
    const dir = await tempDir();
    const r = await cli(['print', '--out', join(dir, 'map.pdf'), '--db', join(dir, 'none.json')]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`There is no data file at ${join(dir, 'none.json')} yet`);
  });

  it('says when TIEFGANG_CHROMIUM points at nothing', async () => {
    const db = await sampleFile();
    const out = join(await tempDir(), 'map.pdf');
    const r = await cli(['print', '--out', out, '--db', db], { TIEFGANG_CHROMIUM: '/nowhere/chrome' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'TIEFGANG_CHROMIUM is set to /nowhere/chrome, but there is no executable file there.',
    );
  });
});
