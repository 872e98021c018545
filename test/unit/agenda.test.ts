// The agenda (shared/agenda): birthdays and named dates in a span (29 February on 28 February in other
// years, across New Year), due and overdue ties from the engine's review with their expected day, next
// steps; the reminder's summary and its words; the calendar file read back by ical.js (RFC 5545, yearly
// rules, stable UIDs); and `tiefgang agenda` end to end: a vCard with BDAY imported, listed, exported.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createCliT } from '../../electron/cli/i18n';
import { run } from '../../electron/cli/run';
import { agendaCalendar } from '../../electron/export/calendar';
import { agendaOf, dueNow } from '../../shared/agenda/agenda';
import { agendaFromData } from '../../shared/agenda/from-data';
import { reminderSummary } from '../../shared/agenda/reminder';
import { agendaItemText, reminderText } from '../../shared/agenda/text';
import { occurrences, yearlyDate } from '../../shared/agenda/yearly';
import { emptyDatabase } from '../../shared/domain/schema';
import { dayOf } from '../../shared/engine/dates';
import type { ReviewItem } from '../../shared/engine/types';
import { encounter, person } from '../harness/fixtures';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-agenda-');
const ROOT = resolve(import.meta.dirname, '../..');
const t = createCliT('en');
const tDe = createCliT('de');
const NO_REVIEW = { overdue: [], dueSoon: [] };

function reviewItem(id: string, section: 'overdue' | 'due-soon', lastContact: string, cadenceDays: number) {
  return {
    id,
    name: id,
    kind: 'friend',
    section,
    ring: 2,
    pinnedRing: null,
    closeness: null,
    depth: 0.5,
    lastContact,
    score: 1,
    reason: { kind: section, cadenceDays, daysSince: 0, cadenceSource: 'learned', overdueRatio: 2 },
  } satisfies ReviewItem;
}

describe('yearly dates', () => {
  it('puts 29 February on 28 February in other years, and counts the years', () => {
    const leap = yearlyDate('1992-02-29');
    const found = occurrences(leap, dayOf('2026-01-01'), dayOf('2028-12-31'));
    expect(found.map((o) => [o.day, o.years])).toEqual([
      [dayOf('2026-02-28'), 34],
      [dayOf('2027-02-28'), 35],
      [dayOf('2028-02-29'), 36],
    ]);
    expect(occurrences(yearlyDate('--02-29'), dayOf('2027-02-01'), dayOf('2027-03-31'))).toEqual([
      { day: dayOf('2027-02-28'), years: null },
    ]);
    // Nothing before the year of a date with a year.
    expect(occurrences(yearlyDate('2027-03-01'), dayOf('2026-01-01'), dayOf('2027-12-31'))).toEqual([
      { day: dayOf('2027-03-01'), years: 0 },
    ]);
  });
});

describe('agendaOf', () => {
  const people = [
    person('anna', { displayName: 'Anna Berg', birthday: '1980-12-10' }),
    person('ben', {
      displayName: 'Ben Vogel',
      birthday: '--01-02',
      nextStep: { text: 'Send the offer', due: '2026-11-28' },
    }),
    person('cleo', {
      displayName: 'Cleo',
      dates: [
        { label: 'Contract renewal', date: '2026-12-05' },
        { label: 'Name day', date: '--12-20' },
      ],
      nextStep: { text: 'Ask about the fair' },
    }),
    person('dora', { displayName: 'Dora', birthday: '--12-03', archived: true }),
    person('emil', { displayName: 'Emil', snoozedUntil: '2026-12-10' }),
    person('fritz', { displayName: 'Fritz', nextStep: { text: 'Later', due: '2027-03-01' } }),
  ];
  const review = {
    overdue: [
      reviewItem('ben', 'overdue', '2026-09-01', 20),
      reviewItem('emil', 'overdue', '2026-09-01', 20),
    ],
    dueSoon: [
      reviewItem('cleo', 'due-soon', '2026-11-20', 10),
      reviewItem('anna', 'due-soon', '2026-11-01', 40),
    ],
  };

  it('lists ties, dates and next steps of the next days in order, late first, undated last', () => {
    const agenda = agendaOf({ people, review, asOf: '2026-12-01', days: 14 });
    expect(agenda.until).toBe('2026-12-15');
    expect(agenda.items.map((i) => [i.kind, i.date, i.name])).toEqual([
      ['overdue', '2026-10-01', 'Ben Vogel'], // 1 Sep + 1.5 × 20 days
      ['next-step', '2026-11-28', 'Ben Vogel'],
      ['due', '2026-12-05', 'Cleo'], // 20 Nov + 15 days
      ['date', '2026-12-05', 'Cleo'], // the renewal itself (0 years)
      ['birthday', '2026-12-10', 'Anna Berg'],
      ['next-step', null, 'Cleo'],
    ]);
    const birthday = agenda.items.find((i) => i.kind === 'birthday');
    expect(birthday).toMatchObject({ age: 46 });
    // Anna's tie is due 1 Nov + 60 days = 31 Dec, beyond the span; Emil is snoozed; Dora archived.
    expect(agenda.items.some((i) => i.personId === 'emil' || i.personId === 'dora')).toBe(false);
    expect(dueNow(agenda).map((i) => i.kind)).toEqual(['overdue', 'next-step']);
  });

  it('reaches across New Year, and a span of 0 days is today only', () => {
    const agenda = agendaOf({ people, review: NO_REVIEW, asOf: '2026-12-15', days: 30 });
    expect(agenda.items.filter((i) => i.date !== null).map((i) => [i.kind, i.date, i.name])).toEqual([
      ['next-step', '2026-11-28', 'Ben Vogel'], // late, so still there
      ['date', '2026-12-20', 'Cleo'],
      ['birthday', '2027-01-02', 'Ben Vogel'],
    ]);
    expect(
      agendaOf({ people, review: NO_REVIEW, asOf: '2026-12-10', days: 0 }).items.map((i) => i.kind),
    ).toEqual([
      'next-step', // Ben's, late
      'birthday',
      'next-step', // Cleo's, without a day
    ]);
  });

  it('puts items into words in English and German', () => {
    const agenda = agendaOf({ people, review, asOf: '2026-12-01', days: 14 });
    const texts = agenda.items.map((i) => agendaItemText(t, i));
    expect(texts).toEqual([
      'Get in touch with Ben Vogel: overdue, usually every 3 weeks — last seen today',
      'Next step with Ben Vogel: Send the offer',
      'Get in touch with Cleo: usually every 10 days — last seen today',
      'Contract renewal: Cleo',
      'Birthday of Anna Berg (46)',
      'Next step with Cleo: Ask about the fair',
    ]);
    expect(agendaItemText(tDe, agenda.items[4]!)).toBe('Geburtstag von Anna Berg (46)');
  });
});

describe('the reminder', () => {
  const people = [
    person('anna', { displayName: 'Anna', birthday: '--12-02' }),
    person('ben', { displayName: 'Ben', nextStep: { text: 'Call', due: '2026-11-30' } }),
    person('cleo', { displayName: 'Cleo', dates: [{ label: 'name day', date: '--12-01' }] }),
  ];
  const review = {
    overdue: [reviewItem('x', 'overdue', '2026-09-01', 20), reviewItem('y', 'overdue', '2026-09-01', 20)],
    dueSoon: [reviewItem('z', 'due-soon', '2026-11-15', 10)], // due since 30 November
  };
  const everyone = [...people, person('x'), person('y'), person('z')];

  it('says how many are due and what is today and tomorrow', () => {
    const summary = reminderSummary(agendaOf({ people: everyone, review, asOf: '2026-12-01', days: 1 }));
    expect(summary.duePeople).toBe(3);
    expect(summary.mentions.map((m) => [m.item.name, m.when])).toEqual([
      ['Ben', 'late'],
      ['Cleo', 'today'],
      ['Anna', 'tomorrow'],
    ]);
    expect(summary.badge).toBe(5);
    expect(reminderText(t, summary)).toEqual({
      title: 'Tiefgang: keep in touch',
      body: '3 people are due, the next step with Ben is overdue, Cleo’s name day is today, and 1 more',
    });
    expect(reminderText(tDe, summary, 4)?.body).toBe(
      '3 Personen sind fällig, der nächste Schritt mit Ben ist überfällig, heute ist name day von Cleo, Anna hat morgen Geburtstag',
    );
  });

  it('has nothing to say on a quiet day', () => {
    const quiet = people.filter((p) => p.id !== 'ben');
    const summary = reminderSummary(
      agendaOf({ people: quiet, review: NO_REVIEW, asOf: '2026-12-05', days: 1 }),
    );
    expect(summary).toEqual({ duePeople: 0, mentions: [], badge: 0 });
    expect(reminderText(t, summary)).toBeUndefined();
  });
});

describe('the calendar file', () => {
  const people = [
    person('anna', {
      displayName: 'Anna Berg; "the boss", really',
      birthday: '1992-02-29',
      dates: [
        { label: 'Anniversary', date: '2005-06-05' },
        { label: 'anniversary', date: '2010-06-05' },
      ],
      nextStep: { text: 'Send the offer,\nthen call', due: '2026-12-03' },
    }),
    person('ben', { displayName: 'Ben', birthday: '--12-24' }),
    person('gone', { displayName: 'Gone', birthday: '--12-24', archived: true }),
  ];
  const review = { overdue: [reviewItem('ben', 'overdue', '2026-09-01', 20)], dueSoon: [] };
  const agenda = agendaOf({ people, review, asOf: '2026-12-01', days: 14 });
  const text = agendaCalendar({ people, agenda, t, now: new Date('2026-12-01T08:00:00Z') });

  it('is RFC 5545 that ical.js reads back: yearly birthdays, all-day next steps and due ties', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual(
      [
        'birthday-anna@tiefgang.app',
        'birthday-ben@tiefgang.app',
        `date-anna-${uidPart(text, 0)}@tiefgang.app`,
        `date-anna-${uidPart(text, 0)}-2@tiefgang.app`,
        'due-ben@tiefgang.app',
        'next-step-anna@tiefgang.app',
      ].sort(),
    );
    const birthday = byUid.get('birthday-anna@tiefgang.app')!;
    expect(birthday.summary).toBe('Birthday of Anna Berg; "the boss", really');
    expect(birthday.startDate.isDate).toBe(true);
    // 29 February: the last day of February in the years between.
    const it = birthday.iterator();
    const days = Array.from({ length: 5 }, () => it.next()!.toString());
    expect(days).toEqual(['1992-02-29', '1993-02-28', '1994-02-28', '1995-02-28', '1996-02-29']);
    const ben = byUid.get('birthday-ben@tiefgang.app')!;
    expect(ben.startDate.toString()).toBe('2000-12-24');
    expect(ben.isRecurring()).toBe(true);
    const step = byUid.get('next-step-anna@tiefgang.app')!;
    expect(step.startDate.toString()).toBe('2026-12-03');
    expect(step.description).toBe('Send the offer,\nthen call');
    const due = byUid.get('due-ben@tiefgang.app')!;
    // Overdue since September: on the day the file was written.
    expect(due.startDate.toString()).toBe('2026-12-01');
    expect(due.description).toBe('Overdue: usually every 3 weeks — last seen today.');
  });

  it('keeps its UIDs when it is written again later, and leaves out archived people', () => {
    const later = agendaCalendar({
      people,
      agenda: agendaOf({ people, review: NO_REVIEW, asOf: '2027-01-15', days: 14 }),
      t: tDe,
      now: new Date('2027-01-15T08:00:00Z'),
    });
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(later)).toEqual(uids(text).filter((u) => u !== 'due-ben@tiefgang.app'));
    expect(text).not.toContain('Gone');
  });
});

/** The label part of the first named date's UID. */
function uidPart(ics: string, index: number): string {
  return [...ics.matchAll(/^UID:date-anna-([0-9a-f]{8})@/gm)][index]![1]!;
}

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], lang = 'en_GB.UTF-8'): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (text) => (stdout += typeof text === 'string' ? text : Buffer.from(text).toString()) },
    stderr: { write: (text) => (stderr += text) },
    env: { LANG: lang, HOME: '/nonexistent' },
    cwd: ROOT,
    homedir: '/nonexistent',
    now: () => new Date(2026, 11, 1, 9, 0),
  });
  return { code, stdout, stderr };
}

describe('tiefgang agenda', () => {
  it('imports a vCard with BDAY, lists the birthday, writes BDAY back and a calendar ical.js reads', async () => {
    const dir = await tempDir();
    const db = join(dir, 'tiefgang.json');
    const card = join(dir, 'anna.vcf');
    await writeFile(card, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nBDAY:1980-12-10\r\nEND:VCARD\r\n');
    expect((await cli(['import', card, '--db', db])).code).toBe(0);

    const listed = await cli(['agenda', '--days', '14', '--as-of', '2026-12-01', '--json', '--db', db]);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(listed.stdout) as {
      asOf: string;
      until: string;
      items: Record<string, unknown>[];
    };
    expect(json).toMatchObject({ asOf: '2026-12-01', until: '2026-12-15' });
    expect(json.items).toEqual([
      expect.objectContaining({
        kind: 'birthday',
        date: '2026-12-10',
        name: 'Anna Berg',
        age: 46,
        late: false,
        text: 'Birthday of Anna Berg (46)',
      }),
    ]);
    const text = await cli(['agenda', '--as-of', '2026-12-01', '--db', db]);
    expect(text.stdout).toBe(
      'Agenda from 2026-12-01 to 2026-12-15\n\nComing up (1):\n  2026-12-10  Birthday of Anna Berg (46)\n',
    );
    expect((await cli(['agenda', '--as-of', '2026-12-11', '--db', db])).stdout).toBe(
      'Nothing coming up from 2026-12-11 to 2026-12-25.\n',
    );

    const vcard = await cli(['export', '--format', 'vcard', '--db', db]);
    expect(vcard.stdout).toContain('\r\nBDAY:19801210\r\n');

    const out = join(dir, 'agenda.ics');
    const written = await cli(['agenda', '--ics', '--out', out, '--db', db]);
    expect(written).toMatchObject({ code: 0, stdout: `Wrote the calendar ${out}.\n` });
    const events = new ICAL.Component(ICAL.parse(await readFile(out, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).summary)).toEqual(['Birthday of Anna Berg']);
    // Its own calendar is replaced without --force; another file is not.
    expect((await cli(['agenda', '--ics', '--out', out, '--db', db])).code).toBe(0);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    const refused = await cli(['agenda', '--ics', '--out', join(dir, 'notes.txt'), '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not a calendar Tiefgang wrote');
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a bad --days, --as-of, and --ics with --json, in the terminal’s language', async () => {
    const db = join(await tempDir(), 'tiefgang.json');
    expect((await cli(['agenda', '--days', 'ten', '--db', db])).stderr).toContain(
      '--days “ten” is not a whole number from 0 to 3650',
    );
    expect((await cli(['agenda', '--as-of', '2026-02-30', '--db', db])).code).toBe(2);
    expect((await cli(['agenda', '--ics', '--json', '--db', db])).code).toBe(2);
    expect((await cli(['agenda', '--out', 'x.ics', '--db', db])).code).toBe(2);
    const german = await cli(['agenda', '--days', '1.5', '--db', db], 'de_AT.UTF-8');
    expect(german).toMatchObject({ code: 2 });
    expect(german.stderr).toContain('ist keine ganze Zahl von 0 bis 3650');
    expect((await cli(['agenda', '--db', db])).code).toBe(1); // no data file yet
  });

  it('takes due ties from the engine’s review of the day', () => {
    const db = emptyDatabase();
    db.people = [person('ben', { displayName: 'Ben', closeness: 5 })];
    // Weekly for two months, then silence: overdue by the end of the year.
    db.encounters = Array.from({ length: 9 }, (_, i) =>
      encounter(`e${i}`, `2026-09-${String(1 + i * 3).padStart(2, '0')}`, ['ben']),
    );
    const agenda = agendaFromData(db, '2026-12-01', 14);
    expect(agenda.items.map((i) => [i.kind, i.personId])).toEqual([['overdue', 'ben']]);
  });
});
