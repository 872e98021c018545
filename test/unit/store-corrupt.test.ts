import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../electron/services/people/people';
import { openStore, StoreCorruptError } from '../../electron/store/index';
import { describeJsonError, firstInvalidOffset } from '../../electron/store/json-error';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-corrupt-');
const fixedNow = () => new Date(2026, 10, 27, 14, 30, 5); // local time 2026-11-27 14:30:05

/** Writes `text` as the data file, tries to open it, and returns the error and the folder's contents. */
async function openBroken(text: string | Buffer, existing: Record<string, string> = {}) {
  const dir = await tempDir();
  const path = join(dir, 'tiefgang.json');
  await writeFile(path, text);
  for (const [name, content] of Object.entries(existing)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  const error = await openStore({ path, now: fixedNow }).then(
    () => {
      throw new Error('opened a broken file');
    },
    (e: unknown) => e as StoreCorruptError,
  );
  return { dir, path, error };
}

const GOOD_PERSON =
  '{"id":"p1","displayName":"Anna","createdAt":"2026-11-01T10:00:00.000Z","updatedAt":"2026-11-01T10:00:00.000Z"}';

describe('a file that does not parse', () => {
  it('is moved aside unchanged as <name>.corrupt-<timestamp>.json, with line and column', async () => {
    const text = '{\n  "schemaVersion": 1,\n  "people": [\n    {"id": "p1", "displayName": tru}\n  ]\n}\n';
    const { dir, path, error } = await openBroken(text);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error.code).toBe('store-corrupt');
    expect(error.corruptPath).toBe(join(dir, 'tiefgang.corrupt-20261127-143005.json'));
    expect(error.reason).toMatchObject({ kind: 'syntax', line: 4, column: 33 });
    expect(error.message).toContain('line 4, column 33');
    expect(await readFile(error.corruptPath, 'utf8')).toBe(text);
    expect((await readdir(dir)).sort()).toEqual(['tiefgang.corrupt-20261127-143005.json']);
    // The lock was released and the path is free: opening again starts an empty file.
    const store = await openStore({ path });
    expect(store.read().people).toEqual([]);
    await store.close();
  });

  it('never overwrites an earlier corrupt file: a suffix is added', async () => {
    const { dir, error } = await openBroken('not json', {
      'tiefgang.corrupt-20261127-143005.json': 'earlier',
      'tiefgang.corrupt-20261127-143005-2.json': 'earlier 2',
    });
    expect(error.corruptPath).toBe(join(dir, 'tiefgang.corrupt-20261127-143005-3.json'));
    expect(await readFile(join(dir, 'tiefgang.corrupt-20261127-143005.json'), 'utf8')).toBe('earlier');
    expect(await readFile(error.corruptPath, 'utf8')).toBe('not json');
  });

  it('treats an empty file as corrupt (and keeps it)', async () => {
    const { error } = await openBroken('');
    expect(error.reason).toEqual({ kind: 'empty' });
    expect(await readFile(error.corruptPath, 'utf8')).toBe('');
  });

  it('keeps the original bytes even when they are not UTF-8', async () => {
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]);
    const { error } = await openBroken(bytes);
    expect(await readFile(error.corruptPath)).toEqual(bytes);
  });
});

describe('a file that does not validate', () => {
  it('names the record and field, like encounters[0].date, with the line of the record', async () => {
    const text = [
      '{',
      '  "schemaVersion": 1,',
      `  "people": [\n    ${GOOD_PERSON}\n  ],`,
      '  "encounters": [',
      '    {"id":"e1","date":"2026-02-30","participants":["p1"],"channel":"call","createdAt":"2026-11-01T10:00:00Z","updatedAt":"2026-11-01T10:00:00Z"}',
      '  ],',
      '  "contexts": [], "ties": [], "settings": {}',
      '}',
    ].join('\n');
    const { error } = await openBroken(text);
    expect(error.reason.kind).toBe('validation');
    if (error.reason.kind !== 'validation') return;
    expect(error.reason.issues[0]?.path).toBe('encounters[0].date (line 7)');
    expect(error.reason.issues[0]?.message).toMatch(/expected a date/);
    expect(error.message).toContain('encounters[0].date');
    expect(await readFile(error.corruptPath, 'utf8')).toBe(text);
  });

  it('reports references to people that do not exist', async () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      people: [],
      encounters: [
        {
          id: 'e1',
          date: '2026-11-01',
          participants: ['ghost'],
          channel: 'call',
          createdAt: '2026-11-01T10:00:00Z',
          updatedAt: '2026-11-01T10:00:00Z',
        },
      ],
      contexts: [],
      ties: [],
      settings: {},
    });
    const { error } = await openBroken(text);
    expect(error.message).toContain('encounters[0].participants');
    expect(error.message).toContain('unknown person ghost');
  });

  it('calls valid JSON that is not a data object a format problem', async () => {
    const { error } = await openBroken('[1, 2, 3]');
    expect(error.reason).toMatchObject({ kind: 'format' });
  });

  it('lists the backups newest first so the user can be offered the newest', async () => {
    const path = join(await tempDir(), 'tiefgang.json');
    const days = [new Date(2026, 10, 25, 9), new Date(2026, 10, 26, 9), new Date(2026, 10, 27, 9)];
    for (const day of days) {
      const store = await openStore({ path, now: () => day });
      await store.update((db) => addPerson(db, { displayName: `on ${day.getDate()}` }));
      await store.close();
    }
    await writeFile(path, '{"broken":');
    const error = (await openStore({ path, now: fixedNow }).catch((e: unknown) => e)) as StoreCorruptError;
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error.backups.map((b) => b.day)).toEqual(['2026-11-27', '2026-11-26', '2026-11-25']);
    expect(error.message).toContain(error.backups[0]!.path);
  });
});

describe('JSON error positions', () => {
  it.each([
    ['{"a": x}', 1, 7],
    ['{\n  "a": 1,\n  "b": tru\n}', 3, 8],
    ['{"a":1,}', 1, 8],
    ['[1,2', 1, 5],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a":1} x', 1, 9],
    ['{"a": 01}', 1, 8],
    ['{"a": "\\q"}', 1, 8],
  ])('%j fails at line %i, column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    const problem = describeJsonError(text, new Error('x'));
    expect([problem.line, problem.column]).toEqual([line, column]);
  });

  it('finds no error in valid JSON', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, false, null, 'é\u00e9\\"'], b: {} }, null, 2);
    expect(firstInvalidOffset(text)).toBe(text.length);
  });

  it('keeps the useful part of the engine message', () => {
    expect(describeJsonError('{"a": x}', safeParseError('{"a": x}')).message).toBe("Unexpected token 'x'");
  });
});

function safeParseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (e) {
    return e;
  }
  throw new Error('parsed');
}
