/**
 * Formats out, and back in: every export imported into an empty store (a real data file) gives the same
 * data. JSON keeps everything; people CSV and vCard keep every person field; encounters CSV keeps every
 * encounter field (people are found again by name and e-mail).
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { type ExportFormat, exportDatabase, exportEncountersCsv } from '../../electron/export/index';
import { applyImport, type ImportFormat, type PlanOptions, previewImport } from '../../electron/import/index';
import { openStore, readDataFile } from '../../electron/store/index';
import { Database, type Encounter, emptyDatabase, type Person } from '../../shared/domain/schema';
import { person } from '../harness/fixtures';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-roundtrip-');
const T0 = '2025-03-01T08:00:00.000Z';

function encounter(id: string, participants: string[], extra: Partial<Encounter> = {}): Encounter {
  return {
    id,
    date: '2025-01-01',
    participants,
    channel: 'call',
    notes: '',
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  };
}

/** Data with the awkward cases: separators, quotes, line breaks, umlauts, optional fields set and unset. */
function sample(): Database {
  const db = emptyDatabase();
  db.settings = { ...db.settings, ownerName: 'Kim Example' };
  db.contexts = [
    { id: 'c1', name: 'Rotary Kiel', kind: 'club', notes: 'Tuesdays', createdAt: T0, updatedAt: T0 },
    { id: 'c2', name: 'Messe; "Nord", 2025', kind: 'fair', notes: '', createdAt: T0, updatedAt: T0 },
  ];
  db.people = [
    person('p1', {
      displayName: 'Anna Berg',
      givenName: 'Anna',
      familyName: 'Berg',
      organisation: 'Berg & Söhne, GmbH',
      role: 'Head of Sales; DACH',
      emails: ['anna.berg@example.org', 'anna@home.example.org'],
      phones: ['+49 171 1234567', '030 1234;5'],
      urls: ['https://anna.example.org/a,b?x=1;y=2'],
      tags: ['Kunden', 'VIP, gold', 'a;b', 'back\\slash'],
      contexts: ['c1', 'c2'],
      kind: 'client',
      closeness: 4,
      pinnedRing: 2,
      cadenceDays: 30,
      notes: 'Line one\nLine "two", with comma; and semicolon\n  indented',
      birthday: '1980-12-10',
      dates: [
        { label: 'Anniversary', date: '2005-06-05' },
        { label: 'Name day; a=b, "c"', date: '--07-26' },
      ],
      nextStep: { text: 'Send the offer; "soon", please', due: '2026-12-03' },
    }),
    person('p2', { displayName: 'Jörg Müller', emails: ['jm@example.de'], kind: 'friend', archived: true }),
    person('p3', { displayName: 'Chloé Dubois', birthday: '--02-29', nextStep: { text: 'Call back' } }),
    person('p4', {
      displayName: 'Berg, Anna-Lena',
      phones: ['+33 1 23'],
      notes: ' leading and trailing spaces ',
    }),
  ];
  db.encounters = [
    encounter('e1', ['p1'], {
      date: '2025-01-14',
      channel: 'in_person',
      contextId: 'c1',
      durationMinutes: 90,
      initiator: 'me',
      notes: 'Lunch; talked about "the fair", and more\nsecond line',
    }),
    encounter('e2', ['p1', 'p2', 'p3'], {
      date: '2025-02-10T18:00+01:00',
      channel: 'event',
      contextId: 'c2',
      durationMinutes: 0,
    }),
    encounter('e3', ['p3'], { date: '2025-02-11T09:15:30.250Z', channel: 'video', initiator: 'them' }),
    encounter('e4', ['p4'], { date: '2025-02-12', channel: 'message', notes: '  spaced  ' }),
    encounter('e5', ['p4'], { date: '2025-02-12', channel: 'message', notes: '  spaced  ' }), // a true repeat
    encounter('e6', ['p2'], { date: '2025-02-13', channel: 'social' }),
    encounter('e7', ['p2'], { date: '2025-02-14', channel: 'email' }),
  ];
  db.ties = [{ id: 't1', a: 'p1', b: 'p2', kind: 'works_with', strength: 3, createdAt: T0, updatedAt: T0 }];
  db.mapPins = { ego: { p1: { x: 10, y: -20 } }, force: {}, context: {} };
  return db;
}

let ids = 0;
const plan = (extra: Partial<PlanOptions> = {}): PlanOptions => ({
  now: '2026-01-01T00:00:00.000Z',
  newId: () => `imported-${++ids}`,
  ...extra,
});

/** Imports `text` into the store at `path` in one write, the way the app and the CLI do. */
async function importInto(
  path: string,
  fileName: string,
  text: string,
  format: ImportFormat,
  extra: Partial<PlanOptions> = {},
) {
  const store = await openStore({ path });
  try {
    const bytes = new TextEncoder().encode(text);
    const preview = previewImport({ fileName, bytes, format, plan: plan(extra) }, store.read());
    await store.update((draft) => applyImport(preview, draft));
    return preview;
  } finally {
    await store.close();
  }
}

/** A person without the bookkeeping an import cannot carry (id, times); contexts by name. */
function personShape(p: Person, db: Database) {
  const { id: _id, createdAt: _c, updatedAt: _u, contexts, ...rest } = p;
  return { ...rest, contexts: contexts.map((c) => db.contexts.find((x) => x.id === c)?.name) };
}

function encounterShape(e: Encounter, db: Database) {
  const { id: _id, createdAt: _c, updatedAt: _u, participants, contextId, ...rest } = e;
  return {
    ...rest,
    contextId: contextId ? db.contexts.find((c) => c.id === contextId)?.name : undefined,
    participants: participants.map((id) => db.people.find((p) => p.id === id)?.displayName).sort(),
  };
}

const byName = (a: { displayName: string }, b: { displayName: string }) =>
  a.displayName.localeCompare(b.displayName);

describe('export → import into an empty store', () => {
  it('json: the same data, ids and all', async () => {
    const original = sample();
    const path = join(await tempDir(), 'data.json');
    await importInto(path, 'backup.json', exportDatabase(original, 'json'), 'json', { jsonMode: 'replace' });
    expect(await readDataFile(path)).toEqual(original);
  });

  it('json written by `export --format json` (the data file layout) restores too', async () => {
    const dir = await tempDir();
    const source = join(dir, 'source.json');
    const store = await openStore({ path: source });
    await store.update((draft) => Object.assign(draft, sample()));
    await store.close();
    let stdout = '';
    const code = await run(['export', '--format', 'json', '--db', source], {
      stdout: { write: (t) => (stdout += String(t)) },
      stderr: { write: () => undefined },
      env: { LANG: 'en_GB.UTF-8' },
      cwd: dir,
      homedir: dir,
    });
    expect(code).toBe(0);
    const target = join(dir, 'target.json');
    await importInto(target, 'backup.json', stdout, 'json');
    expect(await readDataFile(target)).toEqual(await readDataFile(source));
  });

  it('people-csv: every person field', async () => {
    const original = sample();
    const path = join(await tempDir(), 'data.json');
    const preview = await importInto(
      path,
      'people.csv',
      exportDatabase(original, 'people-csv'),
      'people-csv',
    );
    expect(preview.skipped).toEqual([]);
    const back = await readDataFile(path);
    expect(back.people.map((p) => personShape(p, back)).sort(byName)).toEqual(
      original.people.map((p) => personShape(p, original)).sort(byName),
    );
    expect(back.contexts.map((c) => c.name).sort()).toEqual(['Messe; "Nord", 2025', 'Rotary Kiel']);
  });

  it('vcard: every person field', async () => {
    const original = sample();
    const path = join(await tempDir(), 'data.json');
    const text = exportDatabase(original, 'vcard');
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    await importInto(path, 'people.vcf', text, 'vcard');
    const back = await readDataFile(path);
    expect(back.people.map((p) => personShape(p, back)).sort(byName)).toEqual(
      original.people.map((p) => personShape(p, original)).sort(byName),
    );
  });

  it('encounters-csv: every encounter field, the people found again by name and e-mail', async () => {
    const original = sample();
    const path = join(await tempDir(), 'data.json');
    const text = exportEncountersCsv(original);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFdate,participants,channel,context,duration_min,notes,initiator',
    );
    const preview = await importInto(path, 'encounters.csv', text, 'encounters-csv');
    expect(preview.skipped).toEqual([]);
    const back = await readDataFile(path);
    expect(back.encounters.map((e) => encounterShape(e, back))).toEqual(
      original.encounters.map((e) => encounterShape(e, original)),
    );
    expect(back.people.map((p) => [p.displayName, p.emails]).sort()).toEqual([
      ['Anna Berg', ['anna.berg@example.org']],
      ['Berg, Anna-Lena', []],
      ['Chloé Dubois', []],
      ['Jörg Müller', ['jm@example.de']],
    ]);
  });

  it('people-csv then encounters-csv: the same people and encounters, nobody twice', async () => {
    const original = sample();
    const path = join(await tempDir(), 'data.json');
    await importInto(path, 'people.csv', exportDatabase(original, 'people-csv'), 'people-csv');
    const second = await importInto(
      path,
      'encounters.csv',
      exportDatabase(original, 'encounters-csv'),
      'encounters-csv',
    );
    expect(second.counts).toMatchObject({ newPeople: 0, matchedPeople: 4, encounters: 7, skipped: 0 });
    const back = await readDataFile(path);
    expect(back.people.map((p) => personShape(p, back)).sort(byName)).toEqual(
      original.people.map((p) => personShape(p, original)).sort(byName),
    );
    expect(back.encounters.map((e) => encounterShape(e, back))).toEqual(
      original.encounters.map((e) => encounterShape(e, original)),
    );
  });

  it.each(['people-csv', 'encounters-csv', 'vcard', 'json'] as ExportFormat[])(
    '%s of an empty database imports as nothing',
    (format) => {
      const text = exportDatabase(emptyDatabase(), format);
      const importFormat: ImportFormat = format;
      if (format === 'vcard') {
        expect(text).toBe('');
        return;
      }
      const preview = previewImport(
        {
          fileName: `empty.${format}`,
          bytes: new TextEncoder().encode(text),
          format: importFormat,
          plan: plan(),
        },
        emptyDatabase(),
      );
      expect(preview.counts).toMatchObject({ newPeople: 0, encounters: 0, skipped: 0 });
    },
  );
});

it('the exported CSV opens in spreadsheet programs: BOM, CRLF, RFC 4180 quoting', async () => {
  const text = exportEncountersCsv(sample());
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(
    '\r\n2025-01-14,Anna Berg <anna.berg@example.org>,in_person,Rotary Kiel,90,"Lunch; talked about ""the fair"", and more\nsecond line",me\r\n',
  );
  expect(await readFile(join(import.meta.dirname, '../fixtures/csv/encounters.csv'), 'utf8')).toMatch(
    /^date,participants,channel,context,duration_min,notes\n/,
  );
});

/** Text a spreadsheet would run as a formula, and text that only looks like the neutralised form. */
const FORMULA_CELLS = [
  '=HYPERLINK("http://example.com/x","click")',
  '+49 171 1234567',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  "'=already quoted by someone",
  "''=twice",
  "'plain apostrophe",
];

function hostileSheet(): Database {
  const db = emptyDatabase();
  db.contexts = [
    { id: 'c1', name: '=Club()', kind: 'club', notes: '', createdAt: T0, updatedAt: T0 },
    { id: 'c2', name: "'+quoted", kind: 'other', notes: '', createdAt: T0, updatedAt: T0 },
  ];
  db.people = FORMULA_CELLS.map((value, i) =>
    person(`p${i}`, {
      displayName: `Person ${i} ${value.trim()}`.replace(/^Person \d+ /, i % 2 ? '' : `P${i} `),
      // Names and roles are trimmed on import, phones compared by their digits: hostile but plausible.
      givenName: value.trim() || undefined,
      organisation: `-Org ${i}`,
      role: value.trim(),
      phones: [`+43 ${i}`, `-${i} 555`],
      tags: [`=tag${i}`],
      contexts: [i % 2 ? 'c1' : 'c2'],
      notes: value,
    }),
  );
  db.encounters = FORMULA_CELLS.map((value, i) =>
    encounter(`e${i}`, [`p${i}`], { notes: value, contextId: i % 2 ? 'c1' : 'c2' }),
  );
  return db;
}

describe('spreadsheet formulas in CSV exports', () => {
  it.each(['people-csv', 'encounters-csv'] as const)(
    '%s: no cell begins with =, +, -, @, tab or CR',
    (format) => {
      const text = exportDatabase(hostileSheet(), format).slice(1); // after the BOM
      const cells = (Papa.parse<string[]>(text, { newline: '\r\n' }).data as string[][]).flat();
      const risky = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
      expect(risky).toEqual([]);
      expect(cells).toContain('\'=HYPERLINK("http://example.com/x","click")');
      expect(cells).toContain("''=already quoted by someone");
      expect(cells).toContain("'plain apostrophe"); // harmless: written as it is
    },
  );

  it('people-csv and encounters-csv import the neutralised cells back exactly', async () => {
    const original = hostileSheet();
    // A line break inside a value comes back as the app stores typed text: LF in notes (a CR too), a
    // space in a one-line field; nothing else changes.
    const expected = asStored(original);
    const path = join(await tempDir(), 'data.json');
    await importInto(path, 'people.csv', exportDatabase(original, 'people-csv'), 'people-csv');
    const second = await importInto(
      path,
      'encounters.csv',
      exportDatabase(original, 'encounters-csv'),
      'encounters-csv',
    );
    expect(second.skipped).toEqual([]);
    const back = await readDataFile(path);
    expect(back.people.map((p) => personShape(p, back)).sort(byName)).toEqual(
      expected.people.map((p) => personShape(p, expected)).sort(byName),
    );
    expect(back.encounters.map((e) => encounterShape(e, back))).toEqual(
      expected.encounters.map((e) => encounterShape(e, expected)),
    );
  });
});

/**
 * The data as the app stores it: the schema cleans text on the way in (shared/text/clean-input.ts) —
 * every line break is LF in notes and a space in a one-line field such as a name.
 */
function asStored(db: Database): Database {
  return Database.parse(structuredClone(db));
}

/** People whose fields hold what vCard escapes or folds: CR, LF, `;`, `,`, `\`, `:` and long emoji runs. */
function hostileCards(): Database {
  const db = emptyDatabase();
  db.contexts = [
    {
      id: 'c1',
      name: 'Verein; Kunst, Kultur \\ Wien',
      kind: 'club',
      notes: '',
      createdAt: T0,
      updatedAt: T0,
    },
  ];
  db.people = [
    person('p1', {
      displayName: 'Ann\rEND:VCARD\rBEGIN:VCARD\rFN:Mallory',
      givenName: 'Ann;Marie',
      familyName: 'Berg,\\Berger',
      organisation: 'Org; Dept, Unit \\',
      role: 'Head\r\nof: things',
      emails: ['ann@example.org'],
      phones: ['+43 1;ext=2', '0662 12,34'],
      urls: ['https://example.org/a;b,c\\d?x=1'],
      // A value ending in a backslash before a separator: ical.js would join it with the next one.
      tags: ['a;b', 'c,d', 'e\\f', 'g:h', 'ends in \\', 'next'],
      contexts: ['c1'],
      notes: `line one\r\nline two\rline three\n\\n is not a newline; neither is \\, ${'👩‍👩‍👧‍👦é'.repeat(40)}`,
      kind: 'friend',
    }),
    person('p2', { displayName: '😀'.repeat(30), notes: 'e\u0301'.repeat(50), tags: ['😀;😀'] }),
  ];
  return db;
}

describe('vCard export escapes per RFC 6350', () => {
  it('writes no raw line break inside a value, escapes ; in lists and folds on character boundaries', () => {
    const text = exportDatabase(hostileCards(), 'vcard');
    // Physical lines end in CR LF only; no stray CR or LF inside a line.
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.slice(0, -2).split('\r\n');
    for (const line of physical) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    // Folding never cut a character: every physical line is valid UTF-8 on its own.
    for (const line of physical) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8'))).not.toThrow();
    }
    const logical = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(logical.filter((l) => l === 'BEGIN:VCARD')).toHaveLength(2);
    expect(logical.filter((l) => l === 'END:VCARD')).toHaveLength(2);
    expect(logical).toContain('FN:Ann\\nEND:VCARD\\nBEGIN:VCARD\\nFN:Mallory');
    expect(logical).toContain('CATEGORIES:a\\;b,c\\,d,e\\\\f,g:h,ends in \\\\,next');
    expect(logical).toContain('N:Berg\\,\\\\Berger;Ann\\;Marie;;;');
  });

  it('imports back every field (a CR comes back as LF in notes, a space in a name, as typed text does)', async () => {
    const original = hostileCards();
    const path = join(await tempDir(), 'data.json');
    const preview = await importInto(path, 'people.vcf', exportDatabase(original, 'vcard'), 'vcard');
    expect(preview.skipped).toEqual([]);
    const back = await readDataFile(path);
    const expected = asStored(original);
    expect(back.people.map((p) => personShape(p, back)).sort(byName)).toEqual(
      expected.people.map((p) => personShape(p, expected)).sort(byName),
    );
  });
});
