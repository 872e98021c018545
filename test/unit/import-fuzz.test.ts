/**
 * Fuzzing every importer with fast-check: random bytes, and real files mutated (cut, spliced, doubled,
 * stretched into long values, sprinkled with quotes, line breaks, NULs, component markers, soft breaks,
 * formula guards, impossible dates and runaway rules). An importer either returns a preview whose records
 * the schema accepts — every string whole (no half of an emoji), every shortening reported — or throws
 * an ImportError; nothing else escapes, and limits keep time and memory bounded. Run against the real
 * store, a failed import never writes: the data file keeps its bytes and the revision does not move.
 * The exporters are fuzzed too: any text exported as CSV or vCard imports back as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDatabase } from '../../electron/export/index';
import {
  applyImport,
  IMPORT_FORMATS,
  ImportError,
  type ImportFormat,
  type ImportPreview,
  previewImport,
} from '../../electron/import/index';
import { openStore, readDataFile, type Store } from '../../electron/store/index';
import { Context, Database, Encounter, emptyDatabase, Person, Tie } from '../../shared/domain/schema';
import { cleanMultiLine, cleanSingleLine } from '../../shared/text/clean-input';
import { makeTempDirs } from '../harness/temp-dir';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const RUNS = 300;

function files(dir: string, pattern: RegExp): Uint8Array[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => pattern.test(f))
    .map((f) => readFileSync(join(FIXTURES, dir, f)));
}

function smallBackup(): Database {
  const db = emptyDatabase();
  const t = '2025-01-01T00:00:00.000Z';
  db.people = [
    {
      id: 'p1',
      displayName: 'Anna',
      emails: ['a@x.de'],
      phones: [],
      urls: [],
      tags: ['t'],
      contexts: [],
      kind: 'client',
      notes: 'n',
      createdAt: t,
      updatedAt: t,
      archived: false,
    },
  ];
  db.encounters = [
    {
      id: 'e1',
      date: '2025-01-02',
      participants: ['p1'],
      channel: 'call',
      notes: '',
      createdAt: t,
      updatedAt: t,
    },
  ];
  return db;
}

const seeds: Record<ImportFormat, Uint8Array[]> = {
  vcard: files('vcard', /\.vcf$/),
  ics: files('ics', /\.ics$/),
  'google-csv': files('csv', /^google/),
  'outlook-csv': files('csv', /^outlook/),
  linkedin: files('csv', /^linkedin/),
  'encounters-csv': files('csv', /^encounters/),
  'ties-csv': files('csv', /^ties/),
  'people-csv': [new TextEncoder().encode(exportDatabase(smallBackup(), 'people-csv'))],
  json: [new TextEncoder().encode(exportDatabase(smallBackup(), 'json'))],
};

const TOKENS = [
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  ',',
  ';',
  '\t',
  '=',
  ':',
  '\\',
  '\u0000',
  '\uFEFF',
  'BEGIN:VEVENT\r\n',
  'END:VCARD\r\n',
  'BEGIN:VCARD\n',
  '=C3=',
  '{',
  ']',
  '--0229',
  'RRULE:FREQ=DAILY\r\n',
  'ä',
  '\uD800',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  "'=",
  '=\r\n',
  '=C3=A4=\r\n',
  'ENCODING=QUOTED-PRINTABLE:',
  'RRULE:FREQ=SECONDLY\r\n',
  ';BYMONTHDAY=30',
  '20250230',
  'T250000Z',
  '00010101',
  'EXDATE:20250231T090000Z\r\n',
];

type Mutation =
  | { kind: 'stretch'; at: number; length: number; times: number }
  | { kind: 'cut'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'token'; at: number; token: string }
  | { kind: 'double'; at: number; length: number }
  | { kind: 'flip'; at: number; value: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A run of the file repeated into one long value: names and notes past their limits, long lines.
  fc.record({
    kind: fc.constant('stretch' as const),
    at: position,
    length: fc.integer({ min: 1, max: 24 }),
    times: fc.integer({ min: 10, max: 1_200 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ kind: fc.constant('token' as const), at: position, token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('double' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
);

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(original);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    switch (m.kind) {
      case 'stretch': {
        const run = bytes.subarray(at, at + m.length);
        bytes = Buffer.concat([bytes.subarray(0, at), ...Array(m.times).fill(run), bytes.subarray(at)]);
        break;
      }
      case 'cut':
        bytes = bytes.subarray(0, at);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
      case 'token':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.token, 'utf8'), bytes.subarray(at)]);
        break;
      case 'double':
        bytes = Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
        break;
      case 'flip':
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = m.value;
        break;
    }
  }
  return bytes;
}

/** For backups, also mutate the structure: a field of a record set to any JSON value, or removed. */
const jsonMutation = fc.record({
  collection: fc.constantFrom('people', 'encounters', 'settings', 'ties', 'mapPins', 'schemaVersion'),
  field: fc.constantFrom(
    'id',
    'displayName',
    'date',
    'participants',
    'channel',
    'emails',
    'kind',
    'notes',
    'updatedAt',
    'a',
  ),
  value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
});

interface JsonChange {
  collection: string;
  field: string;
  value: unknown;
}

function mutateJson(seed: Uint8Array, changes: readonly JsonChange[]): Uint8Array {
  const data = JSON.parse(Buffer.from(seed).toString('utf8')) as Record<string, unknown>;
  for (const change of changes) {
    const target = data[change.collection];
    const record = Array.isArray(target) ? target[0] : target;
    if (record && typeof record === 'object') {
      if (change.value === undefined) delete (record as Record<string, unknown>)[change.field];
      else (record as Record<string, unknown>)[change.field] = change.value;
    } else data[change.collection] = change.value;
  }
  return new TextEncoder().encode(JSON.stringify(data));
}

const input = (format: ImportFormat) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
    {
      weight: 3,
      // Zero mutations now and then: the real file itself must import.
      arbitrary: fc
        .tuple(fc.constantFrom(...seeds[format]), fc.array(mutation, { maxLength: 6 }))
        .map(([seed, mutations]) => mutate(seed, mutations)),
    },
    ...(format === 'json'
      ? [
          {
            weight: 3,
            arbitrary: fc
              .tuple(fc.constantFrom(...seeds.json), fc.array(jsonMutation, { minLength: 1, maxLength: 3 }))
              .map(([seed, changes]) => mutateJson(seed, changes)),
          },
        ]
      : []),
  );

let ids = 0;
function tryPreview(
  format: ImportFormat | 'auto',
  bytes: Uint8Array,
  db: Readonly<Database>,
): ImportPreview | ImportError {
  try {
    return previewImport(
      {
        fileName: 'fuzz.dat',
        bytes,
        format,
        parse: {
          window: { from: '2025-01-01', to: '2025-12-31' },
          maxOccurrencesPerEvent: 200,
          maxOccurrencesPerFile: 1_000,
          maxRepetitionsPerEvent: 5_000,
          maxRepetitionsPerFile: 20_000,
        },
        plan: { now: '2026-01-01T00:00:00.000Z', newId: () => `f-${++ids}` },
      },
      db,
    );
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error; // anything else escaping the boundary fails the property
  }
}

/** A lone surrogate: half of a character (an emoji cut in two). Decoded text never holds one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function expectWhole(value: unknown): void {
  if (typeof value === 'string') expect(value).not.toMatch(LONE_SURROGATE);
  else if (Array.isArray(value)) value.forEach(expectWhole);
  else if (value && typeof value === 'object') Object.values(value).forEach(expectWhole);
}

function expectValid(preview: ImportPreview): void {
  expectWhole([
    preview.newPeople,
    preview.matchedPeople,
    preview.encounters,
    preview.ties,
    preview.newContexts,
  ]);
  expect(preview.counts.shortened).toBe(preview.shortened.length);
  for (const s of preview.shortened) expect(s.kept).toBeLessThan(s.length);
  for (const p of preview.newPeople) Person.parse(p.person);
  for (const m of preview.matchedPeople) if (m.updated) Person.parse(m.updated);
  for (const e of preview.encounters) Encounter.parse(e.encounter);
  for (const t of preview.ties) Tie.parse(t.tie);
  for (const c of preview.newContexts) Context.parse(c);
  for (const s of preview.skipped) expect(Number.isInteger(s.line) && s.line >= 0).toBe(true);
  const draft = structuredClone(emptyDatabase());
  applyImport(preview, draft);
  Database.parse(draft);
}

describe.each([...IMPORT_FORMATS])('fuzzing %s', (format) => {
  it('returns a valid preview or throws an ImportError, for random and mutated files', () => {
    const outcomes = { previews: 0, errors: 0 };
    fc.assert(
      fc.property(input(format), (bytes) => {
        for (const chosen of [format, 'auto'] as const) {
          const result = tryPreview(chosen, bytes, emptyDatabase());
          if (result instanceof ImportError) {
            outcomes.errors++;
            expect(result.message).toContain('fuzz.dat');
            expect(result.message.length).toBeGreaterThan(20);
          } else {
            outcomes.previews++;
            expectValid(result);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // Both paths must really be taken, or the property proves little.
    expect(outcomes.previews).toBeGreaterThan(0);
    expect(outcomes.errors).toBeGreaterThan(0);
  });
});

describe('fuzzing against the real store', () => {
  const tempDir = makeTempDirs('tiefgang-fuzz-');
  let store: Store;
  let path: string;

  beforeAll(async () => {
    path = join(await tempDir(), 'tiefgang.json');
    store = await openStore({ path });
    const seed = previewImport(
      {
        fileName: 'seed.csv',
        bytes: seeds['encounters-csv'][0]!,
        plan: { now: '2026-01-01T00:00:00.000Z', newId: () => `s-${++ids}` },
      },
      store.read(),
    );
    await store.update((draft) => applyImport(seed, draft));
  });

  afterAll(async () => {
    await store.close();
  });

  it('never writes when an import fails, and writes only valid data when it succeeds', async () => {
    const outcomes = { written: 0, refused: 0 };
    const anyFormat = fc
      .constantFrom(...IMPORT_FORMATS)
      .chain((format) => fc.tuple(fc.constant(format), input(format)));
    await fc.assert(
      fc.asyncProperty(anyFormat, async ([format, bytes]) => {
        const before = await readFile(path);
        const revision = store.revision;
        let failed: unknown = null;
        try {
          await store.update((draft) => {
            const preview = tryPreview(format, bytes, draft);
            if (preview instanceof ImportError) throw preview;
            return applyImport(preview, draft);
          });
        } catch (error) {
          failed = error;
        }
        if (failed) {
          outcomes.refused++;
          expect(failed).toBeInstanceOf(ImportError);
          expect(store.revision).toBe(revision);
          expect((await readFile(path)).equals(before)).toBe(true);
        } else {
          outcomes.written++;
          expect(store.revision).toBe(revision + 1);
          expect(await readDataFile(path)).toEqual(store.read()); // the file validates and matches
        }
      }),
      { numRuns: 150 },
    );
    expect(outcomes.written).toBeGreaterThanOrEqual(3);
    expect(outcomes.refused).toBeGreaterThanOrEqual(3);
  });
});

describe('fuzzing the exporters: any text comes back', () => {
  /** Text as people type and paste it: any characters, formula starts, separators, escapes, emoji. */
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc
      .tuple(
        fc.constantFrom('=', '+', '-', '@', '\t', "'", "'=", ';', ',', '\\', '\\n', ':', '"', '👩‍👩‍👧‍👦'),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
      )
      .map(([start, rest]) => start + rest),
  );
  /**
   * Text as the app stores it: the schemas take control characters out of typed text (a line break is a
   * space in a one-line field), so an export never meets one. Fields an import trims or checks keep only
   * what survives that (a name needs a visible character).
   */
  const name = text.map((t) => cleanSingleLine(t).trim()).filter((t) => t !== '' && t.length <= 200);
  const notes = text.map(cleanMultiLine);
  const T = '2025-01-01T00:00:00.000Z';
  const people = fc.uniqueArray(
    fc.record({
      displayName: name,
      givenName: name,
      familyName: name,
      organisation: name,
      role: name,
      notes,
      tags: fc.uniqueArray(name, { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 4, selector: (p) => p.displayName.toLowerCase() },
  );
  type Draft = {
    displayName: string;
    givenName: string;
    familyName: string;
    organisation: string;
    role: string;
    notes: string;
    tags: string[];
  };
  const toDb = (drafts: Draft[]) => {
    const db = emptyDatabase();
    db.people = drafts.map((d, i) => ({
      id: `p${i}`,
      displayName: d.displayName,
      givenName: d.givenName,
      familyName: d.familyName,
      organisation: d.organisation,
      role: d.role,
      emails: [`p${i}@example.org`],
      phones: [],
      urls: [],
      tags: [...new Map(d.tags.map((t) => [t.toLowerCase(), t])).values()],
      contexts: [],
      kind: 'other' as const,
      notes: d.notes,
      createdAt: T,
      updatedAt: T,
      archived: false,
    }));
    db.encounters = drafts.map((d, i) => ({
      id: `e${i}`,
      date: '2025-01-01',
      participants: [`p${i}`],
      channel: 'call' as const,
      notes: d.notes,
      createdAt: T,
      updatedAt: T,
    }));
    return db;
  };
  const asLf = (value: string) => value.replace(/\r\n?/g, '\n');
  const imported = (format: ImportFormat, exported: string) =>
    previewImport(
      {
        fileName: `fuzz.${format}`,
        bytes: new TextEncoder().encode(exported),
        format,
        plan: { now: '2026-01-01T00:00:00.000Z', newId: () => `r-${++ids}` },
      },
      emptyDatabase(),
    );

  it.each(['people-csv', 'vcard'] as const)(
    '%s: names, organisation, role, tags and notes as they were',
    (format) => {
      fc.assert(
        fc.property(people, (drafts) => {
          const db = toDb(drafts);
          const back = imported(format, exportDatabase(db, format)).newPeople.map((p) => p.person);
          const fields = (p: Person) => [
            p.displayName,
            p.givenName,
            p.familyName,
            p.organisation,
            p.role,
            p.tags,
          ];
          expect(back.map(fields)).toEqual(db.people.map(fields));
          // Notes of white space alone are no notes.
          expect(back.map((p) => p.notes)).toEqual(
            db.people.map((p) => (p.notes.trim() ? asLf(p.notes) : '')),
          );
        }),
        { numRuns: 200 },
      );
    },
  );

  it('encounters-csv: notes as they were, the people found again', () => {
    fc.assert(
      fc.property(people, (drafts) => {
        const db = toDb(drafts);
        const preview = imported('encounters-csv', exportDatabase(db, 'encounters-csv'));
        expect(preview.skipped).toEqual([]);
        expect(preview.encounters.map((e) => e.encounter.notes)).toEqual(
          db.encounters.map((e) => asLf(e.notes)),
        );
        expect(preview.newPeople.map((p) => p.person.displayName)).toEqual(
          db.people.map((p) => p.displayName),
        );
      }),
      { numRuns: 200 },
    );
  });
});
