/**
 * Agenda benchmark (`npm run bench -- agenda`): at 1,000 / 10,000 / 100,000 encounters (a tenth as many
 * people; half of them with a birthday, one in ten with a named date and one in ten with a next step),
 * measures
 *   agenda.from-data   what the reminder and the calendar file compute after a change: the engine's review
 *                      of the day plus the agenda (median of 5; firstMs: the first, cold run),
 *   agenda.only        the agenda itself from a review already computed (the window's case; median of 9),
 *   calendar.write     the iCalendar text of the calendar file (median of 9),
 * and beside the last, the peer: calendar.icaljs — the same events built as ical.js components and
 * serialised with its writer (median of 9), which the calendar file does not use (see docs/import-export.md).
 */
import ICAL from 'ical.js';
import { createCliT } from '../../electron/cli/i18n';
import { agendaCalendar } from '../../electron/export/calendar';
import { type Agenda, agendaOf } from '../../shared/agenda/agenda';
import { agendaFromData } from '../../shared/agenda/from-data';
import { yearlyDate } from '../../shared/agenda/yearly';
import type { Database } from '../../shared/domain/schema';
import { engineData } from '../../shared/engine/input';
import { neglectReasonText } from '../../shared/engine/interval';
import { prepareEngine } from '../../shared/engine/prepare';
import { syntheticDatabase } from '../harness/synthetic-db';

const SIZES = [1_000, 10_000, 100_000];
const AS_OF = '2026-06-15';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const t = createCliT('en');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const round = (ms: number) => Math.round(ms * 100) / 100;
const emit = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

function timed(runs: number, work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

/** The synthetic data with dates and next steps on some people (deterministic). */
function withDates(db: Database): Database {
  db.people = db.people.map((p, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      ...p,
      ...(i % 2 === 0
        ? { birthday: i % 4 === 0 ? `19${50 + (i % 50)}-${month}-${day}` : `--${month}-${day}` }
        : {}),
      ...(i % 10 === 1
        ? { dates: [{ label: 'Anniversary', date: `20${10 + (i % 15)}-${month}-${day}` }] }
        : {}),
      ...(i % 10 === 3
        ? { nextStep: { text: `Send the offer to ${p.displayName}`, due: `2026-06-${day}` } }
        : {}),
    };
  });
  return db;
}

/**
 * The same events as the calendar file (birthdays and named dates yearly, next steps and due ties on
 * their day, the same texts through the same translate calls), built and written with ical.js: the peer.
 */
function icaljsCalendar(db: Database, agenda: Agenda): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//Tiefgang//Agenda//EN');
  const stamp = ICAL.Time.fromJSDate(new Date(), true);
  const event = (uid: string, start: string, summary: string, yearly: boolean, description?: string) => {
    const e = new ICAL.Component('vevent');
    e.addPropertyWithValue('uid', `${uid}@tiefgang.app`);
    e.addPropertyWithValue('dtstamp', stamp);
    const [year, month, day] = start.split('-').map(Number) as [number, number, number];
    e.addPropertyWithValue('dtstart', ICAL.Time.fromData({ year, month, day, isDate: true }));
    if (yearly) e.addPropertyWithValue('rrule', ICAL.Recur.fromString('FREQ=YEARLY'));
    e.addPropertyWithValue('summary', summary);
    if (description) e.addPropertyWithValue('description', description);
    calendar.addSubcomponent(e);
  };
  const yearlyStart = (date: string) => {
    const { month, day, year } = yearlyDate(date);
    return `${year ?? 2000}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  for (const p of db.people) {
    const name = p.displayName;
    if (p.birthday)
      event(`birthday-${p.id}`, yearlyStart(p.birthday), t('agenda:item.birthday', { name }), true);
    for (const d of p.dates ?? [])
      event(`date-${p.id}`, yearlyStart(d.date), t('agenda:item.date', { name, label: d.label }), true);
    if (p.nextStep?.due)
      event(
        `next-step-${p.id}`,
        p.nextStep.due,
        t('agenda:calendar.nextStep', { name }),
        false,
        p.nextStep.text,
      );
  }
  for (const item of agenda.items) {
    if (item.kind !== 'overdue' && item.kind !== 'due') continue;
    event(
      `due-${item.personId}`,
      item.date,
      t('agenda:calendar.due', { name: item.name }),
      false,
      t('agenda:calendar.overdue', { reason: neglectReasonText(t, item.reason) }),
    );
  }
  return calendar.toString();
}

for (const size of SIZES) {
  const db = withDates(syntheticDatabase(size));
  const people = db.people.length;
  const first = timed(1, () => agendaFromData(db, AS_OF, 30))[0]!;
  const fromData = timed(5, () => agendaFromData(db, AS_OF, 30));
  emit({
    name: 'agenda.from-data',
    value: round(median(fromData)),
    unit: 'ms',
    size: { encounters: size, people },
    firstMs: round(first),
  });
  const review = prepareEngine(engineData(db, 1)).snapshot(AS_OF).review;
  const agenda = agendaOf({ people: db.people, review, asOf: AS_OF, days: 30 });
  emit({
    name: 'agenda.only',
    value: round(median(timed(9, () => agendaOf({ people: db.people, review, asOf: AS_OF, days: 30 })))),
    unit: 'ms',
    size: { encounters: size, people, items: agenda.items.length },
  });
  let bytes = 0;
  const ours = timed(9, () => {
    bytes = agendaCalendar({ people: db.people, agenda, t, now: new Date() }).length;
  });
  emit({ name: 'calendar.write', value: round(median(ours)), unit: 'ms', size: { people, chars: bytes } });
  let peerBytes = 0;
  const peer = timed(9, () => {
    peerBytes = icaljsCalendar(db, agenda).length;
  });
  emit({
    name: 'calendar.icaljs',
    value: round(median(peer)),
    unit: 'ms',
    size: { people, chars: peerBytes },
  });
}
