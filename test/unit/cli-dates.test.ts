/**
 * Dates on the command line: every date option is checked the same way (a real day the data file
 * accepts, else exit 2 with a sentence); a local time the clocks skipped on a change to summer time is
 * refused with the reason instead of being stored as a moment that never was; a refused record is
 * described in words, never as raw JSON.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encounterDateFrom } from '../../electron/cli/dates';
import { describeFailure } from '../../electron/cli/failures';
import { createCliT } from '../../electron/cli/i18n';
import { run } from '../../electron/cli/run';
import { readDataFile } from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-cli-dates-');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) },
    stderr: { write: (t) => (stderr += t) },
    env: { LANG: 'en_GB.UTF-8', HOME: '/nonexistent' },
    cwd: '/',
    homedir: '/nonexistent',
    now: () => new Date(2026, 10, 27, 15, 45),
  });
  return { code, stdout, stderr };
}

describe('date options are checked alike', () => {
  it.each([
    ['--to', '2026-02-30'],
    ['--from', '0000-01-01'],
    ['--to', '2026-13-01'],
  ])('import %s %s → exit 2 before anything is read', async (option, value) => {
    const dir = await tempDir();
    const vcf = join(dir, 'x.vcf');
    await writeFile(vcf, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nEND:VCARD\r\n');
    const r = await cli(['import', vcf, '--db', join(dir, 'db.json'), option, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${option} ${value} is not a date`);
  });
});

describe('a local time the clocks skipped', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = 'Europe/Vienna';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('is refused with the reason and a way out; times around it are kept as typed', () => {
    expect(encounterDateFrom('2026-03-29T02:30')).toEqual({
      ok: false,
      problem: 'skipped',
      suggestion: '2026-03-29T03:30',
      offsetBefore: '+01:00',
    });
    expect(encounterDateFrom('2026-03-29T01:59')).toEqual({ ok: true, date: '2026-03-29T01:59+01:00' });
    expect(encounterDateFrom('2026-03-29T03:00')).toEqual({ ok: true, date: '2026-03-29T03:00+02:00' });
    // An hour that happens twice (autumn) is the first of the two.
    expect(encounterDateFrom('2026-10-25T02:30')).toEqual({ ok: true, date: '2026-10-25T02:30+02:00' });
    expect(encounterDateFrom('2026-03-29T02:30+01:00')).toEqual({ ok: true, date: '2026-03-29T02:30+01:00' });
    expect(encounterDateFrom('2026-02-30')).toEqual({ ok: false, problem: 'not-a-date' });
  });

  it('log --date with such a time: exit 2, nothing written', async () => {
    const db = join(await tempDir(), 'tiefgang.json');
    expect((await cli(['people', 'add', '--db', db, '--name', 'Anna'])).code).toBe(0);
    const r = await cli([
      'log',
      '--db',
      db,
      '--with',
      'Anna',
      '--channel',
      'call',
      '--date',
      '2026-03-29T02:30',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-03-29T02:30 did not exist');
    expect(r.stderr).toContain('(e.g. 2026-03-29T03:30) or give the offset, e.g. 2026-03-29T02:30+01:00');
    expect((await readDataFile(db)).encounters).toEqual([]);
  });
});

describe('a record the schema refuses', () => {
  it('is described field by field, not as raw JSON', () => {
    const error = z.object({ name: z.string().min(1, 'must not be empty') }).safeParse({ name: '' }).error!;
    const text = describeFailure(error, createCliT('en'));
    expect(text).toBe('Not done: name: must not be empty. Nothing was changed.');
  });
});
