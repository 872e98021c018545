import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { addPerson } from '../../electron/services/people/people';
import { openStore, readDataFile } from '../../electron/store/index';
import { type Database, SCHEMA_VERSION } from '../../shared/domain/schema';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-cli-');
const ROOT = resolve(import.meta.dirname, '../..');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with its own output buffers and environment. */
async function cli(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) },
    stderr: { write: (t) => (stderr += t) },
    env: { LANG: 'en_GB.UTF-8', HOME: '/nonexistent', ...env },
    cwd,
    homedir: '/nonexistent',
    now: () => new Date(2026, 10, 27, 15, 45),
  });
  return { code, stdout, stderr };
}

async function dbFile(): Promise<string> {
  return join(await tempDir(), 'tiefgang.json');
}

async function people(path: string) {
  return (await readDataFile(path)).people;
}

describe('people add', () => {
  it('adds a person and prints only the new id', async () => {
    const db = await dbFile();
    const r = await cli([
      'people',
      'add',
      '--db',
      db,
      '--name',
      'Jürgen Groß',
      '--email',
      'JG@Example.org',
      '--kind',
      'client',
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const [person] = await people(db);
    expect(r.stdout).toBe(`${person!.id}\n`);
    expect(person).toMatchObject({ displayName: 'Jürgen Groß', emails: ['jg@example.org'], kind: 'client' });
  });

  it('accepts --db before the command and TIEFGANG_DB instead of --db (relative to the working folder)', async () => {
    const dir = await tempDir();
    expect((await cli(['--db', join(dir, 'a.json'), 'people', 'add', '--name', 'A'])).code).toBe(0);
    expect((await cli(['people', 'add', '--name', 'B'], { TIEFGANG_DB: 'b.json' }, dir)).code).toBe(0);
    expect((await people(join(dir, 'a.json'))).map((p) => p.displayName)).toEqual(['A']);
    expect((await people(join(dir, 'b.json'))).map((p) => p.displayName)).toEqual(['B']);
  });

  it.each([
    [['--email', 'x'], '“x” is not a valid e-mail address'],
    [['--kind', 'boss'], '--kind “boss” is not one of: client, prospect'],
    [['Anna'], '“Anna” is not an option'],
    [['--nmae', 'A'], 'there is no option --nmae'],
  ])('refuses %j with exit code 2 and a pointer to --help', async (extra, message) => {
    const db = await dbFile();
    const r = await cli(['people', 'add', '--db', db, '--name', 'Anna', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Run “tiefgang people add --help”');
    expect(await people(db)).toEqual([]);
  });

  it('needs --name', async () => {
    const r = await cli(['people', 'add', '--db', await dbFile()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('people add: --name is required.');
  });
});

describe('log', () => {
  async function withPeople(...names: string[]) {
    const path = await dbFile();
    const store = await openStore({ path });
    for (const name of names) await store.update((db) => addPerson(db, { displayName: name, emails: [] }));
    await store.close();
    return path;
  }

  it('logs an encounter with several people, matching names without case and accents', async () => {
    const db = await withPeople('Jürgen Groß', 'Anna Berger');
    const r = await cli([
      'log',
      '--db',
      db,
      '--with',
      'jurgen gross; ANNA BERGER',
      '--channel',
      'in-person',
      '--date',
      '2026-11-20',
      '--minutes',
      '90',
      '--notes',
      'Lunch',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Logged: In person with Jürgen Groß, Anna Berger on 2026-11-20 \(.+\)\n$/);
    const data = await readDataFile(db);
    expect(data.encounters).toHaveLength(1);
    expect(data.encounters[0]).toMatchObject({
      date: '2026-11-20',
      participants: data.people.map((p) => p.id),
      channel: 'in_person',
      durationMinutes: 90,
      notes: 'Lunch',
    });
  });

  it('gives a date-time without offset the local offset, and defaults to today', async () => {
    const db = await withPeople('Anna');
    expect(
      (await cli(['log', '--db', db, '--with', 'Anna', '--channel', 'call', '--date', '2026-07-01T09:15']))
        .code,
    ).toBe(0);
    expect((await cli(['log', '--db', db, '--with', 'Anna', '--channel', 'call'])).code).toBe(0);
    const minutes = -new Date(2026, 6, 1, 9, 15).getTimezoneOffset();
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    expect((await readDataFile(db)).encounters.map((e) => e.date)).toEqual([
      `2026-07-01T09:15${offset}`,
      '2026-11-27',
    ]);
  });

  it('asks for --planned before saving a day after today, and changes nothing without it', async () => {
    const db = await withPeople('Anna');
    const before = await readFile(db);
    const typo = await cli([
      'log',
      '--db',
      db,
      '--with',
      'Anna',
      '--channel',
      'call',
      '--date',
      '2062-11-20',
    ]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /--date 2062-11-20 is after today \(2026-11-27\)\. If it is a planned meeting, add --planned/,
    );
    expect(await readFile(db)).toEqual(before);
    const planned = await cli([
      'log',
      '--db',
      db,
      '--with',
      'Anna',
      '--channel',
      'call',
      '--date',
      '2026-12-03',
      '--planned',
    ]);
    expect(planned.code).toBe(0);
    expect((await readDataFile(db)).encounters.map((e) => e.date)).toEqual(['2026-12-03']);
  });

  it('refuses an unknown name without --create and changes nothing', async () => {
    const db = await withPeople('Anna');
    const before = await readFile(db);
    const r = await cli([
      'log',
      '--db',
      db,
      '--with',
      'Anna; Bob; Cleo',
      '--channel',
      'call',
      '--context',
      'Rotary',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Nobody is called "Bob", "Cleo". Check the spelling, or add --create to add them as new people. Nothing was changed.\n',
    );
    expect(await readFile(db)).toEqual(before);
  });

  it('refuses an unknown context without --create and changes nothing', async () => {
    const db = await withPeople('Anna');
    const before = await readFile(db);
    const r = await cli(['log', '--db', db, '--with', 'Anna', '--channel', 'call', '--context', 'Rotary']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('There is no context called “Rotary”');
    expect(r.stderr).toContain('--create');
    expect(await readFile(db)).toEqual(before);
  });

  it('creates missing people and the context with --create, all in one write', async () => {
    const db = await withPeople('Anna');
    const r = await cli([
      'log',
      '--db',
      db,
      '--with',
      'anna; Bob; cleo@example.org',
      '--channel',
      'event',
      '--context',
      'Rotary',
      '--create',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Added Bob \(.+\)\nAdded cleo@example.org \(.+\)\nAdded the context Rotary \(.+\)\nLogged: /,
    );
    const data = await readDataFile(db);
    expect(data.people.map((p) => p.displayName)).toEqual(['Anna', 'Bob', 'cleo@example.org']);
    expect(data.people[2]?.emails).toEqual(['cleo@example.org']);
    expect(data.contexts.map((c) => c.name)).toEqual(['Rotary']);
    expect(data.encounters[0]?.participants).toEqual(data.people.map((p) => p.id));
    expect(data.encounters[0]?.contextId).toBe(data.contexts[0]?.id);
  });

  it('lists the candidates of an ambiguous name and changes nothing', async () => {
    const db = await withPeople('Anna Berger', 'Anna  Berger');
    const before = await readFile(db);
    const r = await cli(['log', '--db', db, '--with', 'anna berger', '--channel', 'call']);
    expect(r.code).toBe(1);
    const ids = (await people(db)).map((p) => p.id);
    expect(r.stderr).toContain('“anna berger” could be any of 2 people:');
    for (const id of ids) expect(r.stderr).toContain(id);
    expect(r.stderr).toContain('Use the e-mail address or the id instead');
    expect(await readFile(db)).toEqual(before);
  });

  it.each([
    [['--channel', 'phone'], '--channel “phone” is not one of: in_person, event, call'],
    [['--channel', 'call', '--date', '2026-02-30'], '--date “2026-02-30” is not a date'],
    [['--channel', 'call', '--date', '27.11.2026'], 'Write a day as 2026-11-27'],
    [['--channel', 'call', '--minutes', '1.5'], '--minutes “1.5” must be a whole number'],
    [['--channel', 'call', '--create=yes'], '--create is a switch and takes no value'],
    [['--channel'], '--channel needs a value'],
    [[], '--channel is required'],
  ])('refuses %j with exit code 2 before touching the file', async (extra, message) => {
    const db = await withPeople('Anna');
    const before = await readFile(db);
    const r = await cli(['log', '--db', db, '--with', 'Anna', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(await readFile(db)).toEqual(before);
  });

  it('names the pid holding the store when it is locked', async () => {
    const db = await withPeople('Anna');
    const store = await openStore({ path: db });
    const r = await cli(['log', '--db', db, '--with', 'Anna', '--channel', 'call']);
    await store.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`in use by another Tiefgang process (pid ${process.pid} on`);
    expect(r.stderr).toContain(`delete ${db}.lock`);
    expect((await readDataFile(db)).encounters).toEqual([]);
  });

  it('speaks German when the terminal does', async () => {
    const db = await withPeople('Anna');
    const r = await cli(['log', '--db', db, '--with', 'Bob', '--channel', 'call'], { LANG: 'de_DE.UTF-8' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Niemand heißt "Bob"');
    const help = await cli(['log', '--help'], { LC_ALL: 'de_AT.UTF-8', LANG: 'en_US.UTF-8' });
    expect(help.stdout).toContain('Aufruf: tiefgang log');
  });
});

describe('export', () => {
  it('prints the whole database as JSON in the data file layout', async () => {
    const db = await dbFile();
    await cli(['people', 'add', '--db', db, '--name', 'Anna']);
    const r = await cli(['export', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as Database;
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data).toEqual(await readDataFile(db));
    expect(r.stdout).toBe(await readFile(db, 'utf8'));
  });

  it('works while the store is open elsewhere (it only reads)', async () => {
    const db = await dbFile();
    const store = await openStore({ path: db });
    await store.update((d) => addPerson(d, { displayName: 'Anna' }));
    const r = await cli(['export', '--db', db]);
    await store.close();
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Database).people[0]?.displayName).toBe('Anna');
  });

  it('writes --out durably, and will not replace a file without --force', async () => {
    const dir = await tempDir();
    const db = join(dir, 'tiefgang.json');
    await cli(['people', 'add', '--db', db, '--name', 'Anna']);
    const first = await cli(['export', '--db', db, '--format', 'json', '--out', 'export.json'], {}, dir);
    expect(first).toMatchObject({
      code: 0,
      stdout: `Wrote ${join(dir, 'export.json')} (json): people 1, encounters 0\n`,
    });
    expect(JSON.parse(await readFile(join(dir, 'export.json'), 'utf8'))).toEqual(await readDataFile(db));
    await writeFile(join(dir, 'export.json'), 'keep me');
    const again = await cli(['export', '--db', db, '--out', 'export.json'], {}, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
    expect(await readFile(join(dir, 'export.json'), 'utf8')).toBe('keep me');
    expect((await cli(['export', '--db', db, '--out', 'export.json', '--force'], {}, dir)).code).toBe(0);
    expect((await cli(['export', '--db', db, '--out', db])).stderr).toContain('is the data file itself');
  });

  it('explains a missing data file and an unknown format', async () => {
    const missing = await cli(['export', '--db', join(await tempDir(), 'none.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no data file at');
    const format = await cli(['export', '--db', await dbFile(), '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('there is no format “xml”. Formats: json');
  });

  it('reports a corrupt data file with line and column, and leaves it alone', async () => {
    const db = await dbFile();
    await writeFile(db, '{\n  "schemaVersion": 1,\n  "people": [}\n');
    const r = await cli(['export', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it is not valid JSON at line 3, column 14');
    expect(await readFile(db, 'utf8')).toBe('{\n  "schemaVersion": 1,\n  "people": [}\n');
  });
});

describe('help and wrong commands', () => {
  it('lists the commands with --help (exit 0) and without a command (exit 2)', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/people add +Add a person/);
    expect(help.stdout).toContain('Data file now: /nonexistent/.config/Tiefgang/tiefgang.json');
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Which command?');
  });

  it('shows each command’s options', async () => {
    for (const command of [['people', 'add'], ['log'], ['export']]) {
      const r = await cli([...command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: tiefgang ${command.join(' ')}`);
      expect(r.stdout).toContain('--db <file>');
    }
    expect((await cli(['export', '--help'])).stdout).toContain('Formats: json (');
  });

  it('says which command is unknown or incomplete', async () => {
    expect((await cli(['peeple'])).stderr).toContain('“peeple” is not a command of tiefgang.');
    expect((await cli(['people'])).stderr).toContain('“people” is not complete');
  });

  it('sets the exit code of the real process (npm run cli / the tiefgang bin)', async () => {
    const db = await dbFile();
    const ok = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/index.ts', 'people', 'add', '--db', db, '--name', 'Anna'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C' },
      },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toBe((await people(db))[0]?.id);
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/index.ts', 'log', '--db', db, '--with', 'Bob', '--channel', 'call'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C' },
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Nobody is called "Bob"');
  }, 30_000);
});
