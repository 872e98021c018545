/**
 * Imports against the real store on real files: one write for the whole import, and a data file that is
 * byte for byte unchanged after a failed, refused or cancelled import. Also the CLI around it.
 */
import { access, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { openAppCore } from '../../electron/core';
import { applyImport, ImportError, previewImport } from '../../electron/import/index';
import { openStore, readDataFile } from '../../electron/store/index';
import type { ImportPreviewSummary } from '../../shared/ipc/contract';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-import-');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const NOW = '2026-01-01T00:00:00.000Z';

async function cli(args: string[], cwd: string, lang = 'en_GB.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) },
    stderr: { write: (t) => (stderr += t) },
    env: { LANG: lang },
    cwd,
    homedir: cwd,
    now: () => new Date(2025, 0, 31, 12, 0),
  });
  return { code, stdout, stderr };
}

/** A data file with some people in it, closed again; returns its path and bytes. */
async function seededDataFile(): Promise<{ path: string; bytes: Buffer }> {
  const path = join(await tempDir(), 'tiefgang.json');
  const store = await openStore({ path });
  const preview = previewImport(
    {
      fileName: 'linkedin-Connections.csv',
      bytes: await readFile(join(FIXTURES, 'csv/linkedin-Connections.csv')),
      parse: { linkedinConnectedAsEncounter: true },
      plan: { now: NOW, newId: counter() },
    },
    store.read(),
  );
  await store.update((draft) => applyImport(preview, draft));
  await store.close();
  return { path, bytes: await readFile(path) };
}

function counter(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

describe('committing', () => {
  it('writes the whole import in one store write', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const store = await openStore({ path });
    const writes: number[] = [];
    store.onChange((c) => writes.push(c.revision));
    const bytes = await readFile(join(FIXTURES, 'ics/tiefgang-team-calendar.ics'));
    const preview = previewImport(
      {
        fileName: 'team.ics',
        bytes,
        parse: { window: { from: '2025-01-01', to: '2025-01-31' } },
        plan: { now: NOW, newId: counter() },
      },
      store.read(),
    );
    await store.update((draft) => applyImport(preview, draft));
    await store.close();
    expect(writes).toEqual([1]);
    // Records come in the schema's key order, as the store writes them after a reload.
    expect(Object.keys(preview.encounters[0]!.encounter)).toEqual([
      'id',
      'date',
      'participants',
      'channel',
      'durationMinutes',
      'initiator',
      'notes',
      'createdAt',
      'updatedAt',
    ]);
    const data = await readDataFile(path);
    expect(data.people).toHaveLength(6);
    expect(data.encounters).toHaveLength(10);
  });

  it('writes nothing at all when one record of the import is refused by the store', async () => {
    const { path, bytes } = await seededDataFile();
    const store = await openStore({ path });
    const preview = previewImport(
      {
        fileName: 'encounters.csv',
        bytes: await readFile(join(FIXTURES, 'csv/encounters.csv')),
        plan: { now: NOW, newId: counter('x') },
      },
      store.read(),
    );
    expect(preview.counts.encounters).toBe(5);
    // Damage the last planned encounter: the other four must not be written either.
    const last = preview.encounters.at(-1)!;
    last.encounter = { ...last.encounter, channel: 'pigeon' as 'call' };
    await expect(store.update((draft) => applyImport(preview, draft))).rejects.toThrow();
    expect(store.revision).toBe(0);
    await store.close();
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('refuses a preview made before the data changed, and leaves the file as it was', async () => {
    const { path } = await seededDataFile();
    const store = await openStore({ path });
    const preview = previewImport(
      {
        fileName: 'encounters.csv',
        bytes: await readFile(join(FIXTURES, 'csv/encounters.csv')),
        plan: { now: NOW, newId: counter('x') },
      },
      store.read(),
    );
    await store.update((draft) => {
      draft.people = draft.people.map((p, i) =>
        i === 0 ? { ...p, notes: 'edited meanwhile', updatedAt: NOW } : p,
      );
    });
    const before = await readFile(path);
    const error = await store.update((draft) => applyImport(preview, draft)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('stale-preview');
    await store.close();
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});

describe('undoing', () => {
  it("takes each import back in one step (the history's undo): the data file has its earlier bytes again", async () => {
    const { path, bytes } = await seededDataFile();
    const core = await openAppCore({ dataFile: path, version: '1', systemLocale: 'en' });
    const text =
      'date,participants,channel,context\n2025-05-01,Anna Berg <anna.berg@example.org>;Neu Person,call,Neuer Club\n';
    const vcf =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nEMAIL:anna.berg@example.org\r\nTEL:+49 171 1\r\nEND:VCARD\r\n';
    const raised = 'WhatsApp Chat mit Anna Berg.txt';
    const chat = (extra: string) =>
      `12.03.24, 09:15 - Max Mustermann: Hallo Anna\n12.03.24, 09:20 - Anna Berg: Hallo!\n${extra}`;
    try {
      await core.router.handle('settings.update', { ownerName: 'Max Mustermann' });
      const settled = await readFile(path);
      const steps: string[] = [];
      for (const [fileName, content] of [
        ['e.csv', text],
        ['a.vcf', vcf],
        [raised, chat('')],
        // The same chat exported again later knows one more message of that day: its count is raised.
        [raised, chat('12.03.24, 21:00 - Anna Berg: Gute Nacht\n')],
      ] as const) {
        const preview = await core.router.handle('import.preview', {
          fileName,
          base64: Buffer.from(content).toString('base64'),
          today: '2026-02-01',
        });
        const ready = preview.ok ? (preview.data as ImportPreviewSummary) : undefined;
        if (ready?.status !== 'ready') throw new Error(JSON.stringify(preview));
        expect(
          await core.router.handle('import.commit', { token: ready.token, mergeDuplicates: false }),
        ).toMatchObject({ ok: true });
        steps.push(fileName);
      }
      const db = core.store.read();
      expect(db.people.find((p) => p.displayName === 'Anna Berg')?.phones).toEqual(['+49 171 1']);
      // (The seeded LinkedIn connections are messages too, without counts.)
      expect(db.encounters.filter((e) => e.messages).map((e) => e.messages)).toEqual([
        { fromMe: 1, fromThem: 2 },
      ]);
      for (const _ of steps) expect(await core.router.handle('history.undo', {})).toMatchObject({ ok: true });
      expect((await readFile(path)).equals(settled)).toBe(true);
      expect(await core.router.handle('history.undo', {})).toMatchObject({ ok: true });
    } finally {
      await core.close();
    }
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });
});

describe('the import command', () => {
  it('--dry-run previews without writing, and never creates a data file', async () => {
    const dir = await tempDir();
    const db = join(dir, 'new.json');
    const r = await cli(['import', join(FIXTURES, 'csv/encounters.csv'), '--dry-run', '--db', db], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Import of encounters.csv (Tiefgang encounters CSV)');
    expect(r.stdout).toContain('  New people: 4\n');
    expect(r.stdout).toContain('  line 8: unknown channel (carrier pigeon)\n');
    expect(r.stdout).toContain('Dry run: nothing was written.');
    await expect(access(db)).rejects.toThrow();
    const { path, bytes } = await seededDataFile();
    const again = await cli(['import', join(FIXTURES, 'csv/encounters.csv'), '--dry-run', '--db', path], dir);
    expect(again.code).toBe(0);
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('skips an event the data file cannot hold, in the dry run and the real import alike', async () => {
    const { path } = await seededDataFile();
    const dir = await tempDir();
    const file = join(dir, 'calendar.ics');
    const event = (start: string, who: string) =>
      `BEGIN:VEVENT\r\nDTSTART:${start}\r\nATTENDEE;CN=${who}:mailto:${who}@example.org\r\nEND:VEVENT\r\n`;
    await writeFile(
      file,
      `BEGIN:VCALENDAR\r\n${event('00010101T100000Z', 'ancient')}${event('20250105T100000Z', 'anna')}END:VCALENDAR\r\n`,
    );
    const dry = await cli(['import', file, '--dry-run', '--json', '--db', path], dir);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      counts: { encounters: 1, skipped: 1 },
      skipped: [{ line: 3, reason: 'bad-date', detail: 'DTSTART 00010101T100000Z: a year before 100' }],
    });
    const real = await cli(['import', file, '--json', '--db', path], dir);
    expect(real.stderr).toBe('');
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ committed: true, counts: { encounters: 1, skipped: 1 } });
    const data = await readDataFile(path);
    expect(data.encounters.map((e) => e.date)).toContain('2025-01-05T10:00Z');
  });

  it('commits, and prints the preview as JSON with --json', async () => {
    const { path } = await seededDataFile();
    const dir = await tempDir();
    const r = await cli(['import', join(FIXTURES, 'csv/encounters.csv'), '--json', '--db', path], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      file: 'encounters.csv',
      format: 'encounters-csv',
      committed: true,
      counts: { newPeople: 0, matchedPeople: 4, encounters: 5, ties: 0, skipped: 4 },
    });
    expect(out.matchedPeople.map((m: { name: string; by: string }) => [m.name, m.by])).toEqual([
      ['Anna Berg', 'email'],
      ['Jörg Müller', 'name'],
      ['Tomasz Nowak', 'name'],
      ['Priya Raman', 'name'],
    ]);
    expect(out.skipped[0]).toEqual({
      line: 6,
      reason: 'bad-date',
      detail: '2025-02-30',
      message: 'the date is not valid',
    });
    const data = await readDataFile(path);
    expect(data.encounters).toHaveLength(5 + 5); // five LinkedIn connections counted as encounters first
    expect(data.people).toHaveLength(5);
  });

  it('imports the same file a second time without adding or writing anything', async () => {
    const { path } = await seededDataFile();
    const dir = await tempDir();
    const file = join(FIXTURES, 'csv/encounters.csv');
    expect((await cli(['import', file, '--db', path], dir)).code).toBe(0);
    const bytes = await readFile(path);
    const again = await cli(['import', file, '--json', '--db', path], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).counts).toMatchObject({
      newPeople: 0,
      encounters: 0,
      newContexts: 0,
      skipped: 9,
    });
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('uses --from/--to for recurring events and --me for the owner', async () => {
    const dir = await tempDir();
    const ics = join(dir, 'cal.ics');
    await writeFile(
      ics,
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:w',
        'DTSTART:20240101T090000Z',
        'RRULE:FREQ=WEEKLY',
        'ORGANIZER:mailto:boss@example.org',
        'ATTENDEE:mailto:me@example.org',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const r = await cli(
      [
        'import',
        'cal.ics',
        '--from',
        '2024-01-01',
        '--to',
        '2024-01-31',
        '--me',
        'me@example.org',
        '--json',
        '--dry-run',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts.encounters).toBe(5);
    expect(out.newPeople.map((p: { displayName: string }) => p.displayName)).toEqual(['boss@example.org']);
    // Default window: the last two years up to "today" (2025-01-31 here).
    const fallback = JSON.parse(
      (await cli(['import', 'cal.ics', '--me', 'me@example.org', '--json', '--dry-run'], dir)).stdout,
    );
    expect(fallback.counts.encounters).toBe(57); // Mondays 2024-01-01 … 2025-01-27
  });

  it('fails with exit code 1, a clear message and an untouched data file on bad input', async () => {
    const { path, bytes } = await seededDataFile();
    const mtime = (await stat(path)).mtimeMs;
    const dir = await tempDir();
    await writeFile(join(dir, 'photo.vcf'), Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]));
    await writeFile(join(dir, 'empty.csv'), '');
    const cases: [string[], RegExp][] = [
      [
        [join(FIXTURES, 'ics/tiefgang-truncated.ics')],
        /tiefgang-truncated\.ics ends inside the record that begins at line 45/,
      ],
      [['photo.vcf'], /photo\.vcf is not a text file/],
      [['empty.csv'], /empty\.csv is empty/],
      [['missing.vcf'], /missing\.vcf could not be read: no such file/],
      [
        [join(FIXTURES, 'vcard/gmail-export.vcf'), '--format', 'ics'],
        /is not a iCalendar file \(line 1: it does not begin with BEGIN:VCALENDAR\)/,
      ],
      [
        [join(FIXTURES, 'csv/ties.csv'), '--format', 'encounters-csv'],
        /ties\.csv has no header line with the columns date,participants,channel,context,duration_min,notes/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['import', ...args, '--db', path], dir);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect((await stat(path)).mtimeMs).toBe(mtime);
  });

  it('speaks German in a German terminal', async () => {
    const dir = await tempDir();
    const r = await cli(
      ['import', join(FIXTURES, 'ics/tiefgang-truncated.ics'), '--dry-run'],
      dir,
      'de_DE.UTF-8',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tiefgang-truncated.ics endet mitten im Eintrag, der in Zeile 45 beginnt');
  });

  it('rejects a wrong command line with exit code 2', async () => {
    const dir = await tempDir();
    expect((await cli(['import'], dir)).code).toBe(2);
    expect((await cli(['import', 'a.csv', 'b.csv'], dir)).code).toBe(2);
    const r = await cli(['import', 'a.csv', '--format', 'xls'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no import format “xls”');
    expect((await cli(['import', 'a.ics', '--from', 'yesterday'], dir)).code).toBe(2);
  });
});

describe('the export command', () => {
  it.each([
    ['people-csv', /^\uFEFFdisplay_name,given_name,family_name,organisation,role,emails,/],
    ['encounters-csv', /^\uFEFFdate,participants,channel,context,duration_min,notes,initiator\r\n/],
    ['vcard', /^BEGIN:VCARD\r\nVERSION:4\.0\r\n/],
  ])('writes %s to --out', async (format, start) => {
    const { path } = await seededDataFile();
    const dir = await tempDir();
    const r = await cli(['export', '--format', format, '--out', 'out.file', '--db', path], dir);
    expect(r.code).toBe(0);
    const text = await readFile(join(dir, 'out.file'), 'utf8');
    expect(text).toMatch(start);
    expect(text).toContain('Anna Berg');
  });
});
