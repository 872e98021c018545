/**
 * Import fixtures. `test/fixtures/{vcard,ics,csv}` holds files the project wrote itself, in the styles of
 * the programs people export from (iPhone, Android, Outlook, Gmail, Google Calendar, LinkedIn…) and with
 * their breakages; every one either imports with the expected people and encounters or fails with a
 * clear message naming the file and, where it applies, the line. Files written by other projects are
 * never copied into the repository: they are read from `../shared/fixtures` at test time and their
 * suites are skipped, with a notice, where that folder is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ImportError,
  type ImportPreview,
  type ParseOptions,
  previewImport,
} from '../../electron/import/index';
import { emptyDatabase } from '../../shared/domain/schema';
import { sharedMaterial } from '../harness/shared-material';

const OWN = join(import.meta.dirname, '../fixtures');
const THIRD_PARTY_VCARD = sharedMaterial('the third-party vCard fixtures', 'fixtures', 'vcard');
const THIRD_PARTY_ICS = sharedMaterial('the third-party iCalendar fixtures', 'fixtures', 'ics');

function preview(
  dir: string,
  file: string,
  window = { from: '2012-09-01', to: '2012-09-30' },
  parse: ParseOptions = {},
): ImportPreview {
  let n = 0;
  return previewImport(
    {
      fileName: file,
      bytes: readFileSync(join(dir, file)),
      parse: { window, floatingOffsetMinutes: () => 120, ...parse },
      plan: { now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++n}` },
    },
    emptyDatabase(),
  );
}

function failure(dir: string, file: string): ImportError {
  try {
    preview(dir, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error(`${file} imported, but it should have failed`);
}

const people = (p: ImportPreview) => p.newPeople.map((x) => x.person);
const names = (p: ImportPreview) => people(p).map((x) => x.displayName);
const byName = (p: ImportPreview, name: string) => {
  const person = people(p).find((x) => x.displayName === name);
  if (!person) throw new Error(`no ${name} in ${names(p).join(', ')}`);
  return person;
};
const rows = (p: ImportPreview) =>
  p.encounters.map((e) => [
    e.line,
    e.encounter.date,
    e.encounter.durationMinutes ?? null,
    e.encounter.initiator ?? null,
    e.encounter.notes,
  ]);

type Check = (dir: string, file: string) => void;

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };
/** The owner of the calendars written for these tests. */
const KIM = { ownerEmails: ['kim@example.org'] };

const vcard: Record<string, Check> = {
  'iphone-export.vcf': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('vcard');
    expect(names(p)).toEqual(['Dr. Katharina Maria Hofer', 'Bäckerei Example']);
    // vCard 3.0 with grouped labels (item1.X-ABLabel), the pref address first, a folded base64 PHOTO skipped.
    expect(byName(p, 'Dr. Katharina Maria Hofer')).toMatchObject({
      givenName: 'Katharina',
      familyName: 'Hofer',
      organisation: 'Hofer Consulting GmbH, Strategie',
      role: 'Partnerin, Strategie',
      emails: ['k.hofer@example.at', 'kathi@example.net'],
      phones: ['+43 664 1234567', '+43 1 234 56 78'],
      urls: ['https://hofer.example.at'],
      tags: ['Kunden', 'Wien'],
      notes: [
        'Kennengelernt auf der Messe Linz 2019.',
        'Lieber vormittags anrufen.',
        'Nickname: Kathi',
        'Birthday: 1981-04-02',
        'Anniversary: 2015-06-20',
        'Spouse: Thomas Hofer',
        'Address (work): Mariahilfer Straße 12, Wien, 1060, Österreich',
      ].join('\n'),
    });
    // A company card (X-ABShowAs:COMPANY, empty N) is named by its organisation.
    expect(byName(p, 'Bäckerei Example')).toMatchObject({
      organisation: 'Bäckerei Example',
      phones: ['+43 732 55 01 01'],
    });
    expect(p.newPeople.map((x) => x.lines)).toEqual([[1], [32]]);
    expect(p.skipped).toEqual([]);
  },
  'iphone-crcrlf-bom.vcf': (d, f) => {
    // Old iPhone exports: a byte-order mark and CR CR LF line ends.
    const p = preview(d, f);
    expect(people(p)).toMatchObject([
      { displayName: 'Eva Lang', emails: ['eva.lang@example.org'], phones: ['0660 1112233'] },
    ]);
    expect(p.skipped).toEqual([]);
  },
  'android-export.vcf': (d, f) => {
    const p = preview(d, f);
    // vCard 2.1: QUOTED-PRINTABLE UTF-8 with soft line breaks (one splits a three-byte character), a
    // base64 PHOTO ended by an empty line, a contact with only an address, one with only a number.
    expect(names(p)).toEqual(['Ayşe Öztürk', 'nur.adresse@example.org', '李明']);
    expect(byName(p, 'Ayşe Öztürk')).toMatchObject({
      givenName: 'Ayşe',
      familyName: 'Öztürk',
      emails: ['ayse.oeztuerk@example.com'],
      phones: ['+49 170 1234567', '030 1234567'],
      notes:
        'Trifft man donnerstags im Schachklub. Spricht Türkisch, Deutsch und Englisch; fragt gern nach dem ' +
        'Garten – und nach Ümit, ihrem Sohn. ✓',
    });
    expect(byName(p, 'nur.adresse@example.org').tags).toEqual([]); // "My Contacts" says nothing
    // A value that ends in a lone =80 (a broken byte) keeps the rest.
    expect(byName(p, '李明')).toMatchObject({ organisation: '明公司', phones: ['+86 10 1234 5678'] });
    expect(p.skipped).toEqual([{ line: 28, reason: 'no-name' }]);
  },
  'outlook-export.vcf': (d, f) => {
    const p = preview(d, f);
    // Outlook 2.1 in Windows-1252: quoted-printable notes with CR LF, LABEL, X-MS-SPOUSE, a picture.
    expect(people(p)).toMatchObject([
      {
        displayName: 'Ing. Johann Gruber',
        givenName: 'Johann',
        familyName: 'Gruber',
        organisation: 'Gruber & Partner KG, Vertrieb',
        role: 'Vertriebsleiter',
        emails: ['johann.gruber@example.at', 'jg@privat.example.at'],
        phones: ['(0732) 23 45 67', '+43 699 1234567', '(0732) 23 45 68'],
        urls: ['http://gruber.example.at'],
      },
    ]);
    const notes = byName(p, 'Ing. Johann Gruber').notes;
    expect(notes).toContain('Wichtigster Kunde in Oberösterreich.\nMag keine Anrufe vor 9 Uhr.\t\n');
    expect(notes).not.toContain('\r');
    expect(notes).toContain('Birthday: 1970-03-10');
    expect(notes).toContain('Spouse: Brigitte Grüber');
    expect(notes).toContain('Address (work): Landstraße 5, Linz, 4020, Österreich');
    expect(p.skipped).toEqual([]);
  },
  'gmail-export.vcf': (d, f) => {
    const lukas = byName(preview(d, f), 'Lukas Steiner');
    expect(lukas).toMatchObject({
      emails: ['lukas.steiner@example.com', 'l.steiner@example.org'],
      phones: ['+43 676 5550101', '+43 676 5550102'],
      urls: ['https://steiner.example.com/profil'], // Google writes https\://
      tags: ['Orchester'], // without myContacts
    });
    // Grouped properties: item1.X-ABDATE + item1.X-ABLabel:_$!<Anniversary>!$_, custom labels as written.
    expect(lukas.notes).toBe(
      [
        'Spielt Cello.',
        'Nach dem Quartett fragen, bitte.',
        'Birthday: 1985-11-23',
        'Anniversary: 1999-09-09',
        'Spouse: Julia Steiner',
        'Taufpate: Oskar',
        'Address (home): Hauptplatz 3, Graz, 8010, AT',
      ].join('\n'),
    );
  },
  'rfc6350-style.vcf': (d, f) => {
    const p = preview(d, f);
    expect(byName(p, 'Mirjam Weiss')).toMatchObject({
      organisation: 'Beispiel Institut, Forschung',
      role: 'Forscherin',
      // tel: URIs lose their scheme; the PREF=1 number comes first.
      phones: ['+43-1-555-0100;ext=5', '+43-664-555-0101'],
      emails: ['mirjam.weiss@example.org'],
      urls: ['https://weiss.example.org'],
      notes: 'Birthday: --04-12\nAnniversary: 2009-08-08', // a birthday without a year
    });
    expect(byName(p, 'Team Kiel').emails).toEqual(['team.kiel@example.org']);
  },
  'escaped-separators.vcf': (d, f) => {
    const petra = byName(preview(d, f), 'Petra Novak, MSc');
    expect(petra).toMatchObject({
      givenName: 'Petra',
      familyName: 'Novak',
      organisation: 'Verein Kunst ; Kultur, Vorstand',
      emails: ['petra@example.at', 'p.novak@example.com'],
      phones: ['0662 12;34,5', '0662 999888'],
      tags: ['Kunst, Kultur', 'Salzburg'],
    });
    expect(petra.notes).toBe(
      [
        'Semikolon; Komma, Backslash\\ und',
        'Zeilenumbruch',
        'Birthday: 1979-05-06',
        'Anniversary: 2012-09-01', // X-ABDATE and X-ANNIVERSARY of the same day: one line
        'Address (home): Gasse 1; Stiege 2, Salzburg, 5020, Österreich', // a folded line
      ].join('\n'),
    );
  },
  'no-name-and-stray-text.vcf': (d, f) => {
    const p = preview(d, f);
    expect(names(p)).toEqual(['Ole Brandt']);
    expect(p.skipped).toEqual([
      { line: 1, reason: 'no-name' }, // only addresses
      { line: 7, reason: 'outside-card' },
    ]);
  },
  'tiefgang-v21-quoted-printable.vcf': (d, f) => {
    const p = preview(d, f);
    const joerg = byName(p, 'Jörg Müller'); // ISO-8859-1 quoted-printable
    expect(joerg.emails).toEqual(['joerg.mueller@example.de', 'jm@private.example.de']);
    expect(joerg.notes).toContain('Kennt alle Größen der Stadt.\nZweite Zeile – mit Gedankenstrich.');
    expect(joerg.notes).toContain('Birthday: --07-04');
    expect(byName(p, 'Tomasz Nowak').emails).toEqual(['t.nowak@example.com']);
  },
};

const ics: Record<string, Check> = {
  'bad-tzid.ics': (d, f) => {
    const p = preview(d, f, YEAR_2025, KIM);
    expect(rows(p)).toEqual([
      // A VTIMEZONE named "UTC+11" is used as it is defined.
      [14, '2025-02-28T23:00+11:00', 30, 'me', 'Late call to Sydney'],
      // A Windows zone name without a VTIMEZONE is no IANA name: floating time, the caller's offset.
      [24, '2025-03-12T09:00+02:00', 60, 'me', 'Outlook zone name'],
      // An IANA name without a VTIMEZONE is resolved through Intl (summer time).
      [34, '2025-07-04T18:00+02:00', 120, 'me', 'IANA zone without VTIMEZONE'],
    ]);
    expect(names(p)).toEqual(['Noah Clarke', 'Lea Wagner']);
  },
  'bom-no-events.ics': (d, f) => {
    const error = failure(d, f);
    expect(error.reason).toBe('no-records');
    expect(error.message).toBe('bom-no-events.ics holds nothing to import: the calendar holds no events.');
  },
  'blank-line-mid.ics': (d, f) => {
    // ical.js passes over the empty line: both events arrive.
    const p = preview(d, f, YEAR_2025, KIM);
    expect(rows(p).map((r) => r[1])).toEqual(['2025-01-10T09:00Z', '2025-01-11T09:00Z']);
    expect(p.skipped).toEqual([]);
  },
  'broken-lines.ics': (d, f) => {
    const p = preview(d, f, YEAR_2025, KIM);
    // The calendar is read event by event: a broken line costs its event, named by its first line.
    expect(rows(p).map((r) => [r[0], r[1]])).toEqual([
      [5, '2025-04-09T09:30Z'], // DTSTART;; (an empty parameter) is tolerated
      [31, '2025-04-12T09:30Z'],
    ]);
    expect(p.skipped).toMatchObject([
      { line: 13, reason: 'invalid-record', detail: expect.stringContaining('THIS LINE HAS NO COLON') },
      { line: 22, reason: 'invalid-record', detail: expect.stringContaining('forgot the space') },
    ]);
  },
  'daily-recurrence.ics': (d, f) => {
    const p = preview(d, f, YEAR_2025, KIM);
    // Eight days from 3 March, without the EXDATE of 5 March; the alarm's ATTENDEE is no guest.
    expect(p.encounters.map((e) => e.encounter.date)).toEqual([
      '2025-03-03T08:30+01:00',
      '2025-03-04T08:30+01:00',
      '2025-03-06T08:30+01:00',
      '2025-03-07T08:30+01:00',
      '2025-03-08T08:30+01:00',
      '2025-03-09T08:30+01:00',
      '2025-03-10T08:30+01:00',
    ]);
    expect(names(p)).toEqual(['Mehmet Demir']);
    // An endless daily rule with nobody else: one skipped line for the whole event.
    expect(p.skipped).toEqual([{ line: 40, reason: 'nobody-else' }]);
  },
  'duration-instead-of-dtend.ics': (d, f) => {
    const p = preview(d, f, YEAR_2025, KIM);
    expect(rows(p)).toEqual([
      [22, '2025-06-05T14:00+02:00', 90, 'me', 'Workshop (Raum 3)'],
      [32, '2025-12-05T14:00+01:00', 1560, 'me', 'Klausur'], // P1DT2H
    ]);
  },
  'only-dtstart-date.ics': (d, f) => {
    // Google writes the calendar's owner as X-WR-CALNAME: the organiser is someone else.
    const p = preview(d, f, YEAR_2025);
    expect(rows(p)).toEqual([[7, '2025-06-30', null, 'them', 'Sommerfest']]);
    expect(names(p)).toEqual(['Sofia Rossi', 'Verein']);
  },
  'utc-negative-zero.ics': (d, f) => {
    const p = preview(d, f, YEAR_2025, KIM);
    expect(rows(p)).toEqual([[14, '2025-08-21T21:00Z', 30, 'them', 'Late chat']]);
    expect(names(p)).toEqual(['Grace Hall']);
  },
  'impossible-dates.ics': (d, f) => {
    const p = preview(d, f, YEAR_2025, KIM);
    // ical.js rolls impossible dates forward (30 February → 2 March); such events are skipped instead,
    // each with the line of the date that is wrong, and the others arrive.
    expect(rows(p).map((r) => [r[0], r[1]])).toEqual([
      [4, '2025-01-05T10:00Z'],
      [66, '2025-01-30T09:00Z'], // BYMONTHDAY=30 in January and March; February has none
      [66, '2025-03-30T09:00Z'],
      [76, '2025-03-01T10:00Z'],
    ]);
    expect(p.skipped).toEqual([
      { line: 16, reason: 'bad-date', detail: 'DTSTART 00010101T100000Z: a year before 100' },
      { line: 25, reason: 'bad-date', detail: 'DTSTART 20250230: February 2025 has no day 30' },
      { line: 33, reason: 'bad-date', detail: 'DTSTART 20251301T100000Z: there is no month 13' },
      { line: 41, reason: 'bad-date', detail: 'DTSTART 20250110T250000Z: there is no hour 25' },
      { line: 51, reason: 'bad-date', detail: 'DTEND 20250111T106000Z: there is no minute 60' },
      { line: 61, reason: 'bad-date', detail: 'EXDATE 20250231T090000Z: February 2025 has no day 31' },
      {
        line: 71,
        reason: 'bad-date',
        detail:
          'RRULE BYMONTHDAY=30: 1 occurrence on a day that does not exist (it would fall on 2025-03-02)',
      },
    ]);
  },
  'unclosed-components.ics': (d, f) => {
    const error = failure(d, f);
    expect(error.reason).toBe('truncated');
    expect(error.message).toContain('unclosed-components.ics ends inside the record that begins at line 8');
  },
  'tiefgang-team-calendar.ics': (d, f) => {
    const p = preview(d, f, { from: '2025-01-01', to: '2025-01-31' });
    expect(names(p).sort()).toEqual([
      'Anna Berg',
      'Chloé Dubois',
      'Dana Levy',
      'Jörg Müller',
      'Priya Raman',
      'Tomasz Nowak',
    ]);
    const rows = p.encounters.map((e) => [
      e.line,
      e.encounter.date,
      e.encounter.channel,
      e.encounter.durationMinutes ?? null,
      e.encounter.initiator ?? null,
    ]);
    expect(rows).toEqual([
      [24, '2025-03-10T10:00+01:00', 'in_person', 60, 'me'], // room resource and me left out
      [36, '2025-03-15', 'in_person', null, null], // all-day, "Müller, Jörg"
      [45, '2025-07-01T15:00+02:00', 'in_person', 45, 'them'], // DURATION, summer time, organised by Priya
      [55, '2025-01-06T09:00+01:00', 'in_person', 30, 'me'], // weekly: 13 Jan is an EXDATE
      [55, '2025-01-20T10:30+01:00', 'in_person', 30, 'me'], // moved by a RECURRENCE-ID exception
      [55, '2025-01-27T09:00+01:00', 'in_person', 30, 'me'], // 3 Feb and later are outside the window
      [101, '2025-04-05T16:00Z', 'video', 30, null], // Google Meet link
      [111, '2025-04-06T19:00+02:00', 'in_person', 120, null], // floating time: caller's offset
      [119, '2025-01-15T09:00-05:00', 'in_person', 60, null], // TZID without VTIMEZONE, resolved by Intl
      [127, '2025-04-07T12:00Z', 'in_person', 60, null], // Ben declined, Anna came
    ]);
    expect(p.encounters[4]!.encounter.notes).toBe('Weekly sync (moved)');
    expect(p.encounters[0]!.encounter.notes).toBe('Planning the spring fair (Office Kiel)');
    expect(p.skipped).toEqual([
      { line: 76, reason: 'declined' },
      { line: 85, reason: 'cancelled' },
      { line: 94, reason: 'nobody-else' },
    ]);
  },
  'tiefgang-truncated.ics': (d, f) => {
    const error = failure(d, f);
    expect(error.reason).toBe('truncated');
    expect(error.line).toBe(45);
    expect(error.message).toContain('tiefgang-truncated.ics ends inside the record that begins at line 45');
  },
};

const csv: Record<string, Check> = {
  'linkedin-Connections.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('linkedin');
    // BOM, "Notes:" preamble and a blank line before the header on line 4.
    expect(names(p)).toEqual(['Anna Berg', 'Jörg Müller', 'Chloé Dubois', 'Tomasz Nowak', 'Priya Raman']);
    expect(p.newPeople.map((x) => x.lines[0])).toEqual([5, 6, 7, 9, 10]);
    expect(byName(p, 'Anna Berg')).toMatchObject({
      organisation: 'Berg & Söhne, GmbH',
      role: 'Head of Sales, DACH',
      emails: ['anna.berg@example.org'],
      urls: ['https://www.linkedin.com/in/anna-berg-4711'],
      tags: ['LinkedIn'],
      notes: 'LinkedIn: connected on 2024-03-12',
    });
    expect(byName(p, 'Jörg Müller').notes).toBe('LinkedIn: connected on 2022-02-07');
    expect(byName(p, 'Chloé Dubois').organisation).toBe('Atelier "Lumière"');
    expect(byName(p, 'Priya Raman').notes).toBe('LinkedIn: connected on 2023-12-31');
    expect(p.encounters).toEqual([]); // Connected On is not an encounter unless asked for
    expect(p.skipped).toEqual([{ line: 8, reason: 'no-name' }]);
  },
  'google-contacts.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('google-csv');
    expect(names(p)).toEqual(['Anna Berg', 'Dr. Ben Okafor', 'Example Labs']);
    expect(byName(p, 'Anna Berg')).toMatchObject({
      emails: ['anna.berg@example.org', 'anna@home.example.org'],
      phones: ['+49 171 1234567'],
      tags: ['Kunden'],
      organisation: 'Berg & Söhne',
      role: 'Head of Sales',
    });
    expect(byName(p, 'Anna Berg').notes).toBe(
      'Met at the fair, 2023\nNickname: Anni\nBirthday: --03-14\nAddress: Hauptstr. 1, 24103 Kiel',
    );
    expect(byName(p, 'Dr. Ben Okafor').emails).toEqual(['ben@example.com', 'ben.okafor@example.net']);
    expect(byName(p, 'Dr. Ben Okafor').phones).toEqual(['030 1234 5678', '+49 30 87654321']);
    expect(p.skipped).toEqual([]);
  },
  'google-contacts-legacy.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('google-csv');
    expect(byName(p, 'Carla Rossi')).toMatchObject({
      emails: ['carla.rossi@example.org'],
      phones: ['+39 333 1234567'],
      tags: ['Orchester'],
      organisation: 'Orchestra Example',
      role: 'Cellist',
      notes: 'Plays in the orchestra\nBirthday: 1990-05-17',
    });
    expect(byName(p, 'Dieter Schmidt').urls).toEqual(['https://dieter.example.com']);
  },
  'outlook-contacts.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('outlook-csv');
    expect(names(p)).toEqual(['Emma Lindqvist', 'Farid Haddad']);
    expect(byName(p, 'Emma Lindqvist')).toMatchObject({
      emails: ['emma.lindqvist@example.se', 'emma@private.example.se'],
      phones: ['+46 8 123 456', '+46 70 123 45 67'],
      tags: ['Kunden', 'Konferenz'],
      organisation: 'Nordic Example AB, Research',
    });
    expect(byName(p, 'Emma Lindqvist').notes).toContain(
      'Met at NeurIPS.\nLikes sailing.\nBirthday: 1988-03-14',
    );
    expect(byName(p, 'Farid Haddad').notes).toBe(''); // Outlook's 0/0/00 is no birthday
    expect(p.newPeople[1]!.lines).toEqual([4]); // the quoted line break in Emma's notes counts
  },
  'outlook-contacts-de.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('outlook-csv'); // Windows-1252, semicolons, German headers
    expect(byName(p, 'Jürgen Weiß')).toMatchObject({
      organisation: 'Bäckerei Weiß GmbH',
      role: 'Inhaber',
      emails: ['juergen.weiss@example.de'],
      phones: ['0211 1234567', '0171 7654321'],
      tags: ['Kunden'],
    });
    expect(byName(p, 'Jürgen Weiß').notes).toContain('Größter Kunde im Rheinland\nBirthday: 1970-12-24');
    expect(names(p)).toContain('Grete Köhler');
  },
  'encounters.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('encounters-csv');
    expect(names(p)).toEqual(['Anna Berg', 'Jörg Müller', 'Priya Raman', 'Tomasz Nowak']);
    const anna = byName(p, 'Anna Berg').id;
    const joerg = byName(p, 'Jörg Müller').id;
    expect(
      p.encounters.map((e) => [
        e.line,
        e.encounter.date,
        e.encounter.channel,
        e.encounter.participants.length,
      ]),
    ).toEqual([
      [2, '2025-01-14', 'in_person', 1],
      [3, '2025-01-20', 'video', 2],
      [4, '2025-02-03T09:30+01:00', 'call', 1],
      [5, '2025-02-10T18:00:00Z', 'event', 3],
      [10, '2025-03-04', 'message', 1],
    ]);
    expect(p.encounters[1]!.encounter.participants).toEqual([anna, joerg]);
    expect(p.encounters[2]!.encounter.participants).toEqual([joerg]); // "Müller, Jörg"
    expect(p.encounters[0]!.encounter.notes).toBe(
      'Lunch at the harbour; talked about the fair, and her new team',
    );
    expect(p.newContexts.map((c) => c.name)).toEqual(['Rotary Kiel']);
    expect(p.skipped).toEqual([
      { line: 6, reason: 'bad-date', detail: '2025-02-30' },
      { line: 7, reason: 'no-participants' },
      { line: 8, reason: 'bad-channel', detail: 'carrier pigeon' },
      { line: 9, reason: 'bad-duration', detail: 'ten' },
    ]);
  },
  'encounters-de-semicolon.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('encounters-csv');
    expect(p.encounters.map((e) => e.encounter.channel)).toEqual([
      'in_person',
      'call',
      'message',
      'email',
      'event',
      'social',
      'video',
    ]);
    expect(p.encounters[0]!.encounter.notes).toBe('Frühstück; sehr nett');
    expect(names(p)).toEqual(['Anna Berg', 'Jörg Müller']);
  },
  'encounters-tab.tsv': (d, f) => {
    const p = preview(d, f);
    expect(p.encounters.map((e) => e.encounter.notes)).toEqual(['Tab separated, with a comma', '']);
    expect(names(p)).toEqual(['Anna Berg']); // "Berg, Anna" is the same person
  },
  'ties.csv': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('ties-csv');
    expect(p.ties.map((t) => [t.line, t.tie.kind, t.tie.strength ?? null])).toEqual([
      [2, 'knows', 4],
      [3, 'works_with', null],
      [4, 'introduced', 2],
    ]);
    expect(p.skipped).toEqual([
      { line: 5, reason: 'same-person' },
      { line: 6, reason: 'bad-kind', detail: 'rivals' },
      { line: 7, reason: 'bad-strength', detail: '9' },
    ]);
    // "anna.berg@example.org" has no name here: reported as a likely duplicate of Anna Berg.
    expect(p.likelyDuplicates.map((x) => [x.newPersonName, x.otherName])).toEqual([
      ['anna.berg@example.org', 'Anna Berg'],
    ]);
  },
};

/** Files written by other projects (../shared/fixtures), as their origins wrote them. */
const thirdPartyVcard: Record<string, Check> = {
  'ezvcard-John_Doe_ANDROID.vcf': (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('vcard');
    // vCard 2.1: QUOTED-PRINTABLE UTF-8 names with soft line breaks, a folded base64 PHOTO skipped.
    expect(names(p)).toEqual([
      'john.doe@company.com',
      'jane.doe@company.com',
      'Ñ Ñ Ñ Ñ Ñ',
      'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ',
      'Ñ Ñ Ñ Ñ',
      'ÑÑÑÑ',
    ]);
    expect(byName(p, 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ').phones).toEqual(['123456', '234567', '3456789', '45678901']);
    const bob = byName(p, 'Ñ Ñ Ñ Ñ');
    expect(bob.emails).toEqual(['bob@company.com']);
    expect(bob.givenName).toBe('Ñ Ñ Ñ');
    expect(bob.urls).toEqual(['www.company.com', 'http://www.company.com']);
    expect(bob.notes).toContain('E-mail: ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ');
    expect(byName(p, 'ÑÑÑÑ').organisation).toBe('Ñ'.repeat(44));
    expect(p.skipped).toEqual([]);
    expect(p.encounters).toEqual([]);
  },
  'ezvcard-John_Doe_IPHONE.vcf': (d, f) => {
    const p = preview(d, f);
    const john = byName(p, 'Mr. John Richter James Doe Sr.');
    expect(john).toMatchObject({
      givenName: 'John',
      familyName: 'Doe',
      organisation: 'IBM, Accounting',
      role: 'Money Counter',
      emails: ['john.doe@ibm.com'],
      urls: ['http://www.ibm.com'],
    });
    expect(john.phones).toHaveLength(7);
    expect(john.phones).toContain('905-222-1234');
    expect(john.notes).toContain('Nickname: Johny');
    expect(john.notes).toContain('Birthday: 2012-06-06');
    expect(john.notes).toContain('Address (home): Silicon Alley 5, New York, New York, 12345');
    expect(p.counts.newPeople).toBe(1);
  },
  'ezvcard-gmail-single.vcf': (d, f) => {
    const greg = byName(preview(d, f), 'Greg Dartmouth');
    expect(greg.emails).toEqual(['gdartmouth@hotmail.com']);
    expect(greg.phones).toEqual(['555 555 1111', '555 555 2222']);
    expect(greg.urls).toEqual(['http://TheProfile.com']);
    // Grouped properties: item4.X-ABDATE + item4.X-ABLabel:_$!<Anniversary>!$_
    expect(greg.notes).toContain('Anniversary: 1970-06-02');
    expect(greg.notes).toContain('Spouse: MySpouse');
    expect(greg.notes).toContain('CustomRelationship: MyCustom');
    expect(greg.notes).toContain('Birthday: 1960-09-10');
    expect(greg.notes).toContain("This is GMail's note field.\nIt should be added as a NOTE type.");
  },
  'ezvcard-outlook-2007.vcf': (d, f) => {
    const mike = byName(preview(d, f), 'Mr. Michael Angstadt Jr.');
    expect(mike).toMatchObject({
      givenName: 'Michael',
      familyName: 'Angstadt',
      organisation: 'TheCompany, TheDepartment',
      role: 'TheJobTitle',
      emails: ['mike.angstadt@gmail.com'],
      urls: ['http://mikeangstadt.name'],
    });
    expect(mike.notes).toContain(
      'This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n',
    );
    expect(mike.notes).not.toContain('\r');
    expect(mike.notes).toContain('Birthday: 1922-03-10');
    expect(mike.phones).toEqual(['(111) 555-1111', '(111) 555-2222', '(111) 555-4444', '(111) 555-3333']);
  },
  'ezvcard-rfc2426-example.vcf': (d, f) => {
    const p = preview(d, f);
    expect(names(p)).toEqual(['Frank Dawson', 'Tim Howes']);
    expect(byName(p, 'Frank Dawson').emails).toEqual(['frank_dawson@lotus.com', 'fdawson@earthlink.net']);
    expect(byName(p, 'Tim Howes').organisation).toBe('Netscape Communications Corp.');
  },
  'ezvcard-rfc6350-example.vcf': (d, f) => {
    const simon = byName(preview(d, f), 'Simon Perreault');
    expect(simon.notes).toContain('Birthday: --02-03'); // a birthday without a year
    expect(simon.phones).toEqual(['+1-418-656-9254;ext=102', '+1-418-262-6501']);
    expect(simon.emails).toEqual(['simon.perreault@viagenie.ca']);
  },
  'icaljs-escape_semicolon.vcf': (d, f) => {
    const person = byName(preview(d, f), 'First Last NextCloud');
    expect(person.emails).toEqual(['home@gmx.de', 'work@gmx.de']);
    expect(person.tags).toEqual(['Test-Kontakte']);
    expect(person.phones).toContain('205246;;,;');
    expect(person.notes.match(/Anniversary: 2019-02-20/g)).toHaveLength(1);
  },
  'icaljs-vcard.vcf': (d, f) => {
    const person = byName(preview(d, f), 'J. Doe');
    expect(person).toMatchObject({
      givenName: 'John',
      familyName: 'Stevenson',
      organisation: 'ABC, Inc., North American Division, Marketing',
      role: 'Research Scientist',
      emails: ['jqpublic@xyz.example.com'],
      phones: ['+33-01-23-45-67'],
    });
    expect(person.notes).toContain('Birthday: --02-03');
  },
  'icaljs-vcard3.vcf': (d, f) => {
    const person = byName(preview(d, f), 'Mr. John Q. Public, Esq.');
    expect(person.emails).toEqual(['jane_doe@abc.com', 'jqpublic@xyz.dom1.com', 'jdoe@isp.net']);
    expect(person.tags).toEqual(['TRAVEL AGENT', 'INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION TECHNOLOGY']);
    expect(person.role).toBe('Director, Research and Development');
  },
  'icaljs-vcard_author.vcf': (d, f) => {
    expect(names(preview(d, f))).toEqual(['Simon Perreault']);
  },
  'icaljs-vcard_grouped.vcf': (d, f) => {
    const p = preview(d, f);
    expect(p.newPeople).toEqual([]);
    expect(p.skipped).toEqual([{ line: 1, reason: 'no-name' }]);
  },
  'vobject-radicale-1587.vcf': (d, f) => {
    expect(byName(preview(d, f), 'Given Family')).toMatchObject({ givenName: 'Given', familyName: 'Family' });
  },
};

const nobodyElse =
  (line: number): Check =>
  (d, f) => {
    const p = preview(d, f);
    expect(p.format).toBe('ics');
    expect(p.encounters).toEqual([]);
    expect(p.skipped).toEqual([{ line, reason: 'nobody-else' }]);
  };

const thirdPartyIcs: Record<string, Check> = {
  'icalendar-big_bad_calendar.ics': (d, f) => {
    const error = failure(d, f);
    expect(error.reason).toBe('truncated');
    expect(error.message).toContain('icalendar-big_bad_calendar.ics');
    expect(error.line).toBe(1);
  },
  'icalendar-small_bad_calendar.ics': (d, f) => {
    const error = failure(d, f);
    expect(error.reason).toBe('truncated');
    expect(error.message).toMatch(
      /icalendar-small_bad_calendar\.ics ends inside the record that begins at line 1/,
    );
  },
  'icalendar-bom_calendar.ics': (d, f) => {
    const error = failure(d, f);
    expect(error.reason).toBe('no-records');
    expect(error.message).toBe(
      'icalendar-bom_calendar.ics holds nothing to import: the calendar holds no events.',
    );
  },
  'icaljs-blank_line_mid.ics': (d, f) => expect(failure(d, f).reason).toBe('no-records'),
  'icalendar-broken_ical.ics': nobodyElse(2),
  'icalendar-issue_218_bad_tzid.ics': nobodyElse(13),
  'icaljs-daily_recur.ics': nobodyElse(25), // its only ATTENDEE belongs to an alarm
  'icaljs-duration_instead_of_dtend.ics': nobodyElse(25),
  'icaljs-minimal.ics': nobodyElse(25),
  'icaljs-only_dtstart_date.ics': nobodyElse(25),
  'icaljs-utc_negative_zero.ics': nobodyElse(13), // only the organiser, who is the owner
  'icaljs-parserv2.ics': (d, f) => {
    const p = preview(d, f);
    // Weekdays from 2012-09-11 within the window: 14 occurrences with XXX; x@bar.com organised it (me).
    expect(names(p)).toEqual(['XXX']);
    expect(byName(p, 'XXX').emails).toEqual(['foo@bar.com']);
    expect(p.encounters).toHaveLength(14);
    expect(p.encounters[0]!.encounter).toMatchObject({
      date: '2012-09-11T10:30-07:00',
      durationMinutes: 30,
      initiator: 'me',
      channel: 'in_person',
      notes: 'Calendar',
    });
    expect(p.encounters.map((e) => e.encounter.date.slice(0, 10))).not.toContain('2012-09-15'); // a Saturday
    expect(p.encounters.at(-1)!.encounter.date).toBe('2012-09-28T10:30-07:00');
  },
};

const ownSuites: [string, Record<string, Check>][] = [
  ['vcard', vcard],
  ['ics', ics],
  ['csv', csv],
];

for (const [dir, checks] of ownSuites) {
  describe(`fixtures in test/fixtures/${dir}`, () => {
    const root = join(OWN, dir);
    const files = readdirSync(root).filter((f) => !/^README|^\./.test(f));

    it('has an expectation for every file, and a file for every expectation', () => {
      expect(files.sort()).toEqual(Object.keys(checks).sort());
    });

    it.each(files)('%s', (file) => {
      checks[file]!(root, file);
    });
  });
}

it('holds only files the project wrote: no other project’s files or licences', () => {
  // The chat, call and mail exports (contact-log tests) are ours too, written in the apps' shapes.
  const dirs = [
    'csv',
    'ics',
    'linkedin-archive',
    'mbox',
    'sms-backup',
    'takeout',
    'telegram',
    'vcard',
    'whatsapp',
  ];
  for (const dir of dirs) {
    for (const file of readdirSync(join(OWN, dir), { recursive: true }) as string[]) {
      expect(file).not.toMatch(/(^|\/)(LICENSE|ezvcard-|icaljs-|icalendar-|vobject-)/);
    }
  }
  expect(readdirSync(OWN).sort()).toEqual(dirs);
});

const thirdPartySuites: [string, Record<string, Check>, { path: string; missing: boolean }][] = [
  ['vcard', thirdPartyVcard, THIRD_PARTY_VCARD],
  ['ics', thirdPartyIcs, THIRD_PARTY_ICS],
];

for (const [dir, checks, material] of thirdPartySuites) {
  describe.skipIf(material.missing)(`other projects' files in ../shared/fixtures/${dir}`, () => {
    const files = material.missing ? [] : readdirSync(material.path).filter((f) => !/^\./.test(f));

    it('has an expectation for every file, and a file for every expectation', () => {
      expect(files.sort()).toEqual(Object.keys(checks).sort());
    });

    it.each(files)('%s', (file) => {
      checks[file]!(material.path, file);
    });
  });
}
