/** The parsers and the checks before them, one behaviour at a time, on small inline files. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBirthday, parseEncounterDate, parseLooseDate } from '../../electron/import/dates';
import { detectFormat, ImportError, parseImport, sniffFormat } from '../../electron/import/index';
import { decodeImportBytes } from '../../electron/import/text';
import { protectFormula, unprotectFormula } from '../../electron/import/tiefgang-format';
import { emptyDatabase, SCHEMA_VERSION } from '../../shared/domain/schema';

const utf8 = (text: string) => new TextEncoder().encode(text);
const execFileAsync = promisify(execFile);

function importError(work: () => unknown): ImportError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('reading bytes', () => {
  it('refuses an empty or blank file, naming it', () => {
    expect(importError(() => decodeImportBytes('a.vcf', new Uint8Array())).message).toBe(
      'a.vcf is empty. Choose the exported file itself.',
    );
    expect(importError(() => decodeImportBytes('a.vcf', utf8(' \r\n\t\n'))).reason).toBe('empty');
  });

  it('refuses binary files, ZIP archives and files over the size limit', () => {
    const zip = importError(() =>
      decodeImportBytes('Connections.zip', Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2])),
    );
    expect(zip.reason).toBe('archive');
    expect(zip.message).toContain('Unpack it first');
    const nul = importError(() => decodeImportBytes('x.csv', utf8('date,participants\n2024-01-01,A\u0000B')));
    expect(nul.reason).toBe('binary');
    expect(nul.params.offset).toBe(30);
    const png = importError(() =>
      decodeImportBytes('photo.vcf', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10])),
    );
    expect(png.reason).toBe('binary');
    const big = importError(() =>
      decodeImportBytes('big.csv', new Uint8Array(2 * 1024 * 1024 + 1), 2 * 1024 * 1024),
    );
    expect(big.message).toBe(
      'big.csv is 3 MB; Tiefgang imports files up to 2 MB. Split it and import the parts.',
    );
  });

  it('decodes UTF-8 with and without BOM, UTF-16 with BOM, and falls back to Windows-1252', () => {
    expect(decodeImportBytes('a', utf8('\uFEFFAnna')).text).toBe('Anna');
    const le = Uint8Array.from([0xff, 0xfe, 0x4a, 0, 0xf6, 0, 0x72, 0, 0x67, 0]);
    expect(decodeImportBytes('a', le)).toEqual({ text: 'Jörg', encoding: 'utf-16le' });
    const latin = Uint8Array.from([0x4a, 0xf6, 0x72, 0x67, 0x20, 0x80]);
    expect(decodeImportBytes('a', latin)).toEqual({ text: 'Jörg €', encoding: 'windows-1252' });
  });
});

describe('format detection', () => {
  it('recognises each format by its content, whatever the file is called', () => {
    expect(detectFormat('x.txt', utf8('BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n')).format).toBe('vcard');
    expect(detectFormat('x.txt', utf8('\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR')).format).toBe('ics');
    expect(detectFormat('x', utf8('{"people":[]}')).format).toBe('json');
    expect(sniffFormat('x', 'Datum;Teilnehmer;Kanal\n')).toBe('encounters-csv');
    expect(sniffFormat('x', 'person_a\tperson_b\tkind\n')).toBe('ties-csv');
    expect(sniffFormat('x', 'display_name,emails\n')).toBe('people-csv');
    expect(
      sniffFormat(
        'x',
        'Notes:\n"text, with commas"\n\nFirst Name,Last Name,URL,Email Address,Connected On\n',
      ),
    ).toBe('linkedin');
    expect(sniffFormat('x', 'Name,Given Name,Family Name,Group Membership\n')).toBe('google-csv');
    expect(sniffFormat('x', 'First Name,Last Name,E-mail 1 - Value\n')).toBe('google-csv');
    expect(sniffFormat('x', '"First Name","Last Name","E-mail Address"\n')).toBe('outlook-csv');
    expect(sniffFormat('x', '"Vorname";"Nachname";"E-Mail-Adresse"\n')).toBe('outlook-csv');
  });

  it('says so when a file is not what its name claims', () => {
    const vcf = importError(() => sniffFormat('contacts.vcf', 'Hello,World\n'));
    expect(vcf.message).toBe(
      'contacts.vcf is not a vCard file (line 1: it begins with "Hello,World", not BEGIN:VCARD). Check that you chose the right file and format.',
    );
    expect(importError(() => sniffFormat('cal.ics', '\n\nfoo')).params.line).toBe(3);
    expect(importError(() => sniffFormat('table.csv', 'a,b,c\n1,2,3\n')).reason).toBe('unknown');
  });

  // A 30 MB file without a line break took 53 s and 2.7 GB just to be called unknown (every header test
  // split the whole "line"). Run in a Node process with 256 MB of heap, so a regression fails by memory.
  it('calls a 30 MB file without a line break unknown, looking only at its beginning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiefgang-sniff-'));
    try {
      const file = join(dir, 'one-line.csv');
      await writeFile(file, 'name,'.repeat(6 * 1024 * 1024));
      const script = join(dir, 'sniff.mts');
      const index = pathToFileURL(join(import.meta.dirname, '../../electron/import/index.ts')).href;
      await writeFile(
        script,
        [
          `import { readFileSync } from 'node:fs';`,
          `import { previewImport } from ${JSON.stringify(index)};`,
          `const bytes = readFileSync(${JSON.stringify(file)});`,
          `const plan = { now: '2026-01-01T00:00:00.000Z', newId: () => 'x' };`,
          `const db = { schemaVersion: 1, people: [], encounters: [], contexts: [], ties: [], settings: { ownerName: '' }, mapPins: { ego: {}, force: {}, context: {} } };`,
          `for (const format of ['auto', 'people-csv']) {`,
          `  try { previewImport({ fileName: 'one-line.csv', bytes, format, plan }, db); console.log('imported'); }`,
          `  catch (error) { console.log(error.reason); }`,
          `}`,
        ].join('\n'),
      );
      const { stdout } = await execFileAsync(
        process.execPath,
        ['--import', 'tsx', '--max-old-space-size=256', script],
        { cwd: join(import.meta.dirname, '../..'), timeout: 50_000 },
      );
      expect(stdout.trim().split('\n')).toEqual(['unknown', 'no-header']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('checks a format chosen explicitly against the content', () => {
    const error = importError(() => parseImport('encounters-csv', 'people.csv', 'name,email\nAnna,a@b.de\n'));
    expect(error.reason).toBe('no-header');
    expect(error.message).toContain('date,participants,channel,context,duration_min,notes');
    expect(importError(() => parseImport('vcard', 'x.vcf', 'date,participants\n')).reason).toBe('not-format');
    expect(importError(() => parseImport('ics', 'x.ics', 'BEGIN:VCARD\n')).reason).toBe('not-format');
    expect(importError(() => parseImport('json', 'x.json', 'BEGIN:VCARD\n')).reason).toBe('bad-json');
  });
});

describe('vCard', () => {
  it('decodes vCard 2.1 quoted-printable with soft line breaks and CHARSET', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Wei=DF;J=FC=',
      'rgen;;;',
      'FN;QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen Wei=C3=9F',
      'NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab',
      'END:VCARD',
    ].join('\r\n');
    const [person] = parseImport('vcard', 'a.vcf', text).people;
    expect(person).toMatchObject({
      displayName: 'Jürgen Weiß',
      givenName: 'Jürgen',
      familyName: 'Weiß',
      notes: 'a\nb',
    });
  });

  // 200,000 soft breaks (1.2 MB) took 271 s when each one copied the value read so far; linear, it takes
  // a fraction of a second. The bound is a hundred times that, so only a super-linear reader misses it.
  it('joins quoted-printable soft line breaks in linear time (200,000 continuation lines)', () => {
    const lines = 200_000;
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Long Note',
      `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${'=C3=A4=\r\n'.repeat(lines)}=C3=A4`,
      'END:VCARD',
      '',
    ].join('\r\n');
    const [person] = parseImport('vcard', 'long.vcf', text).people;
    expect(person!.notes).toBe('ä'.repeat(lines + 1));
  }, 30_000);

  it('unfolds folded lines, reads grouped labels, several e-mails and phones, and skips photos', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Anna',
      '  Berg',
      'item1.EMAIL;TYPE=INTERNET:anna@work.example',
      'item1.X-ABLabel:Work',
      'EMAIL;TYPE=INTERNET,pref:anna@home.example',
      'TEL;TYPE=CELL:+49 171 1',
      'TEL;TYPE=WORK:+49 30 2',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
      ' /2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8Q',
      'item2.X-ABDATE:2010-05-01',
      'item2.X-ABLabel:_$!<Anniversary>!$_',
      'BDAY:--1224',
      'END:VCARD',
    ].join('\r\n');
    const parsed = parseImport('vcard', 'a.vcf', text);
    expect(parsed.people).toEqual([
      {
        line: 1,
        displayName: 'Anna Berg',
        emails: ['anna@home.example', 'anna@work.example'],
        phones: ['+49 171 1', '+49 30 2'],
        urls: [],
        tags: [],
        contexts: [],
        notes: '',
        birthday: '--12-24',
        dates: [{ label: 'Anniversary', date: '2010-05-01' }],
      },
    ]);
  });

  it('reads birthdays and dates into their fields: Apple’s year 1604 is no year, what is no day stays a note', () => {
    const card = (...lines: string[]) =>
      ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Anna', ...lines, 'END:VCARD'].join('\r\n');
    const one = (...lines: string[]) => parseImport('vcard', 'a.vcf', card(...lines)).people[0]!;
    expect(one('BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10').birthday).toBe('--12-10');
    expect(one('BDAY:19801210').birthday).toBe('1980-12-10');
    expect(one('BDAY:--0229').birthday).toBe('--02-29');
    // 30 February and a year 0 are no days: kept in the notes, nothing lost.
    expect(one('BDAY:1980-02-30')).toMatchObject({ notes: 'Birthday: 1980-02-30' });
    expect(one('BDAY:1980-02-30').birthday).toBeUndefined();
    expect(one('BDAY:0000-05-01').notes).toBe('Birthday: 0000-05-01');
    expect(one('BDAY;VALUE=text:circa 1950')).toMatchObject({ notes: 'Birthday: circa 1950' });
    expect(
      one('ANNIVERSARY:20050605', 'item1.X-ABDATE:2027-03-01', 'item1.X-ABLabel:Contract renewal').dates,
    ).toEqual([
      { label: 'Anniversary', date: '2005-06-05' },
      { label: 'Contract renewal', date: '2027-03-01' },
    ]);
    expect(
      one('X-TIEFGANG-NEXT-STEP:Send the offer', 'X-TIEFGANG-NEXT-STEP-DUE:2026-12-03').nextStep,
    ).toEqual({
      text: 'Send the offer',
      due: '2026-12-03',
    });
  });

  it('reports the line of a card without a name, of text outside cards, and a cut-off file', () => {
    const text =
      'BEGIN:VCARD\nVERSION:3.0\nNOTE:nothing\nEND:VCARD\nstray text\nBEGIN:VCARD\nFN:B\nEND:VCARD\n';
    const parsed = parseImport('vcard', 'a.vcf', text);
    expect(parsed.people.map((p) => p.displayName)).toEqual(['B']);
    expect(parsed.skipped).toEqual([
      { line: 1, reason: 'no-name' },
      { line: 5, reason: 'outside-card' },
    ]);
    const cut = importError(() =>
      parseImport('vcard', 'a.vcf', 'BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n'),
    );
    expect(cut.message).toBe(
      'a.vcf ends inside the record that begins at line 4: the file seems cut off. Export it again and import the complete file.',
    );
  });

  it('falls back to the tolerant reader when ical.js rejects a 3.0 card', () => {
    const text =
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEMAIL;;TYPE=x:ada@example.org\nthis line has no colon\nEND:VCARD\n';
    expect(parseImport('vcard', 'a.vcf', text).people[0]).toMatchObject({
      displayName: 'Ada Lovelace',
      emails: ['ada@example.org'],
    });
  });
});

describe('CSV', () => {
  it('finds the header below the LinkedIn preamble and numbers lines of the file', () => {
    const text = [
      '\uFEFFNotes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Anna,Berg,https://www.linkedin.com/in/a,,"Acme, Inc.",CTO,12 Mar 2024',
      'Ben,Okafor,https://www.linkedin.com/in/b,,,,7-Feb-22',
    ].join('\r\n');
    const parsed = parseImport('linkedin', 'Connections.csv', text, { linkedinConnectedAsEncounter: true });
    expect(parsed.people.map((p) => [p.line, p.displayName, p.organisation ?? null])).toEqual([
      [5, 'Anna Berg', 'Acme, Inc.'],
      [6, 'Ben Okafor', null],
    ]);
    // Only when asked: "Connected On" as a first touch (a message) with that person.
    expect(parsed.encounters).toEqual([
      {
        line: 5,
        date: '2024-03-12',
        participants: [{ personIndex: 0 }],
        channel: 'message',
        notes: 'Connected on LinkedIn',
      },
      {
        line: 6,
        date: '2022-02-07',
        participants: [{ personIndex: 1 }],
        channel: 'message',
        notes: 'Connected on LinkedIn',
      },
    ]);
  });

  it('detects comma, semicolon and tab separators from the header', () => {
    for (const sep of [',', ';', '\t']) {
      const text = `${['date', 'participants', 'channel'].join(sep)}\n2024-01-02${sep}Anna${sep}call\n`;
      expect(parseImport('encounters-csv', 'e.csv', text).encounters).toHaveLength(1);
    }
  });

  it('keeps line numbers right across quoted line breaks, and reports unclosed quotes and extra fields', () => {
    const text =
      'date,participants,channel,context,duration_min,notes\n' +
      '2024-01-01,Anna,call,,,"two\nlines"\n' +
      '2024-01-02,Anna,call,,,x,y\n' +
      '\n' +
      '2024-01-03,Anna,call,,,ok\n' +
      '2024-01-04,Anna,call,,,"never closed\n';
    const parsed = parseImport('encounters-csv', 'e.csv', text);
    expect(parsed.encounters.map((e) => [e.line, e.notes])).toEqual([
      [2, 'two\nlines'],
      [6, 'ok'],
    ]);
    expect(parsed.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, 'bad-value'],
      [7, 'unclosed-quote'],
    ]);
  });

  it('reads participants as names, e-mail addresses or "Name <address>", channels in English or German', () => {
    const text =
      'Datum,Teilnehmer,Kanal,Initiative\n2024-01-02T10:00+01:00,"Berg, Anna; <b@x.de>; C D <c@x.de>",Videoanruf,ich\n';
    const [encounter] = parseImport('encounters-csv', 'e.csv', text).encounters;
    expect(encounter).toMatchObject({
      date: '2024-01-02T10:00+01:00',
      participants: [{ name: 'Berg, Anna' }, { email: 'b@x.de' }, { name: 'C D', email: 'c@x.de' }],
      channel: 'video',
      initiator: 'me',
    });
  });
});

describe('spreadsheet formula guard', () => {
  it('neutralises every cell a spreadsheet would run, and undoes exactly that', () => {
    for (const cell of ['=1+1', '+43 1', '-x', '@SUM(A1)', '\tx', '\rx', '\nx', "'=x", "''+x"]) {
      expect(protectFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Anna', "'quoted", "O'Brien", '', ' =x', '1-2'])
      expect(protectFormula(cell)).toBe(cell);
    const risky = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom("'", "''", ''),
          fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n'),
          fc.string(),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(risky, (cell) => {
        const guarded = protectFormula(cell);
        expect(guarded).not.toMatch(/^[=+\-@\t\r\n]/);
        expect(unprotectFormula(guarded)).toBe(cell);
      }),
      { numRuns: 500 },
    );
  });
});

describe('dates', () => {
  it('reads the date styles exports use', () => {
    expect(parseLooseDate('12 Mar 2024')).toBe('2024-03-12');
    expect(parseLooseDate('7-Feb-22')).toBe('2022-02-07');
    expect(parseLooseDate('07 Feb 2022')).toBe('2022-02-07');
    expect(parseLooseDate('12. März 2024')).toBe('2024-03-12');
    expect(parseLooseDate('24.12.1970')).toBe('1970-12-24');
    expect(parseLooseDate('3/14/1988')).toBe('1988-03-14');
    expect(parseLooseDate('31 Feb 2024')).toBeNull();
    expect(parseBirthday('--0203')).toBe('--02-03');
    expect(parseBirthday('19220310')).toBe('1922-03-10');
    expect(parseBirthday('1953-10-15T23:10:00Z')).toBe('1953-10-15');
    expect(parseEncounterDate('2024-01-02 10:00+01:00')).toBe('2024-01-02T10:00+01:00');
    expect(parseEncounterDate('2024-01-02T10:00')).toBeNull(); // no offset: ambiguous
  });
});

describe('iCalendar', () => {
  const weekly = (rule: string, start = '20240101T090000Z') =>
    [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:1',
      `DTSTART:${start}`,
      'DURATION:PT1H',
      rule,
      'ATTENDEE;CN=Anna:mailto:anna@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');

  it('expands recurring events only within the window the caller passes', () => {
    const parsed = parseImport('ics', 'c.ics', weekly('RRULE:FREQ=WEEKLY'), {
      window: { from: '2024-03-01', to: '2024-03-31' },
    });
    expect(parsed.encounters.map((e) => e.date)).toEqual([
      '2024-03-04T09:00Z',
      '2024-03-11T09:00Z',
      '2024-03-18T09:00Z',
      '2024-03-25T09:00Z',
    ]);
    expect(parsed.encounters[0]).toMatchObject({
      durationMinutes: 60,
      participants: [{ name: 'Anna', email: 'anna@example.org' }],
    });
    expect(importError(() => parseImport('ics', 'c.ics', weekly('RRULE:FREQ=WEEKLY'))).reason).toBe(
      'missing-window',
    );
  });

  it('caps runaway rules and says so', () => {
    const parsed = parseImport('ics', 'c.ics', weekly('RRULE:FREQ=MINUTELY'), {
      window: { from: '2024-01-01', to: '2024-12-31' },
      maxOccurrencesPerEvent: 50,
    });
    expect(parsed.encounters).toHaveLength(50);
    expect(parsed.skipped).toEqual([
      { line: 2, reason: 'recurrence-capped', detail: 'more than 50 occurrences' },
    ]);
  });

  const calendar = (events: number, start: string, rule: string) =>
    [
      'BEGIN:VCALENDAR',
      ...Array.from({ length: events }, (_, i) => [
        'BEGIN:VEVENT',
        `UID:${i}`,
        `DTSTART:${start}`,
        `RRULE:${rule}`,
        `ATTENDEE:mailto:p${i}@example.org`,
        'END:VEVENT',
      ]).flat(),
      'BEGIN:VEVENT',
      'DTSTART:20240601T090000Z',
      'ATTENDEE:mailto:single@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');

  // 200 events of FREQ=SECONDLY (45 KB) became 1,000,000 encounters: 5,000 each, with no limit for the file.
  it('caps the occurrences of the whole file as well as of each event, and says so with counts', () => {
    const parsed = parseImport('ics', 'c.ics', calendar(200, '20240101T090000Z', 'FREQ=SECONDLY'), {
      window: { from: '2024-01-01', to: '2024-12-31' },
      maxOccurrencesPerEvent: 50,
      maxOccurrencesPerFile: 420,
    });
    // Eight events of 50, the ninth cut at 20; the other 191 left out; the single event still arrives.
    expect(parsed.encounters).toHaveLength(421);
    expect(parsed.encounters.at(-1)!.participants).toEqual([{ email: 'single@example.org' }]);
    const capped = parsed.skipped.filter((s) => s.reason === 'recurrence-capped');
    expect(capped.slice(0, 9)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => ({
        line: 2 + 6 * i,
        reason: 'recurrence-capped',
        detail: 'more than 50 occurrences',
      })),
      { line: 50, reason: 'recurrence-capped', detail: 'the file reached its limit of 420 occurrences' },
    ]);
    expect(capped).toHaveLength(200);
    expect(capped.at(-1)).toEqual({
      line: 1196,
      reason: 'recurrence-capped',
      detail: 'left out: the file reached its limit of 420 occurrences',
    });
    expect(parsed.notices).toEqual([
      { code: 'occurrences-per-event', values: { events: 8, limit: 50 } },
      { code: 'occurrences-per-file', values: { limit: 420, kept: 420, events: 192 } },
    ]);
  });

  it('stops repeating rules that never reach the window, per event and for the file', () => {
    // Every second since 1970, read for 2024: no occurrence falls in the window before the limits.
    const parsed = parseImport('ics', 'c.ics', calendar(50, '19700101T000000Z', 'FREQ=SECONDLY'), {
      window: { from: '2024-01-01', to: '2024-12-31' },
      maxRepetitionsPerEvent: 1_000,
      maxRepetitionsPerFile: 4_500,
    });
    expect(parsed.encounters).toHaveLength(1); // the single event
    const capped = parsed.skipped.filter((s) => s.reason === 'recurrence-capped');
    expect(capped.map((s) => s.detail)).toEqual([
      ...Array(4).fill('stopped after 1000 repetitions'),
      'the file reached its limit of 4500 repetitions',
      ...Array(45).fill('left out: the file reached its limit of 4500 repetitions'),
    ]);
    expect(parsed.notices).toEqual([
      { code: 'repetitions-per-event', values: { events: 4, limit: 1_000 } },
      { code: 'repetitions-per-file', values: { limit: 4_500, events: 46 } },
    ]);
  });

  it('treats the owner addresses as me and the organiser as a participant when it is someone else', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART:20240105T100000Z',
      'ORGANIZER;CN=Boss:mailto:boss@example.org',
      'ATTENDEE:mailto:ME@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const [encounter] = parseImport('ics', 'c.ics', text, { ownerEmails: ['me@example.org'] }).encounters;
    expect(encounter).toMatchObject({
      participants: [{ name: 'Boss', email: 'boss@example.org' }],
      initiator: 'them',
    });
  });

  it('skips one broken event and keeps the others', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;X=":20240105T100000Z',
      'ATTENDEE:mailto:a@example.org',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20240106T100000Z',
      'ATTENDEE:mailto:b@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const parsed = parseImport('ics', 'c.ics', text);
    expect(parsed.encounters.map((e) => e.participants)).toEqual([[{ email: 'b@example.org' }]]);
    expect(parsed.skipped).toMatchObject([{ line: 2, reason: 'invalid-record' }]);
  });
});

describe('JSON backup', () => {
  it('names the line of a syntax error and says when a file is cut off', () => {
    const error = importError(() => parseImport('json', 'backup.json', '{\n  "people": [\n    {,\n'));
    expect(error.reason).toBe('bad-json');
    expect(error.line).toBe(3);
    expect(importError(() => parseImport('json', 'backup.json', '{"people": [')).message).toMatch(
      /^backup\.json is not valid JSON \(line 1\)/,
    );
  });

  it('refuses JSON that is not a Tiefgang backup, damaged references, and newer formats', () => {
    expect(importError(() => parseImport('json', 'b.json', '[1,2]')).reason).toBe('bad-backup');
    expect(importError(() => parseImport('json', 'b.json', '{"name":"x"}')).message).toContain(
      'not a valid Tiefgang backup',
    );
    const damaged = {
      ...emptyDatabase(),
      ties: [
        {
          id: 't',
          a: 'x',
          b: 'y',
          kind: 'knows',
          createdAt: '2024-01-01T00:00:00Z',
          updatedAt: '2024-01-01T00:00:00Z',
        },
      ],
    };
    expect(importError(() => parseImport('json', 'b.json', JSON.stringify(damaged))).message).toContain(
      'tie refers to an unknown person',
    );
    const newer = importError(() =>
      parseImport(
        'json',
        'b.json',
        JSON.stringify({ ...emptyDatabase(), schemaVersion: SCHEMA_VERSION + 1 }),
      ),
    );
    expect(newer.message).toContain('written by a newer Tiefgang');
  });

  it('migrates a backup of an older format', () => {
    const old = {
      people: [
        {
          id: 'p1',
          displayName: 'Anna',
          createdAt: '2024-01-01T00:00:00Z',
          updatedAt: '2024-01-01T00:00:00Z',
        },
      ],
      encounters: [],
    };
    const parsed = parseImport('json', 'old.json', JSON.stringify(old));
    expect(parsed.backup?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.backup?.people[0]).toMatchObject({
      id: 'p1',
      displayName: 'Anna',
      kind: 'other',
      emails: [],
    });
  });
});
