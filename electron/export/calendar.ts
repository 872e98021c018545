/**
 * The agenda → an iCalendar file (RFC 5545) a calendar app can subscribe to or import: birthdays and
 * named dates as yearly all-day events, next steps with a due day and the ties due as all-day events,
 * the reason in the description.
 *
 * Every event has a UID made of what it is about (the person's id, and the label of a named date), so a
 * calendar app that reads the file again updates its events instead of adding them twice. Written by
 * hand with the vCard writer's escaping and folding (RFC 5545 3.1 and 3.3.11 are the same rules as RFC
 * 6350's), for the reason given there; ical.js reads it back in the tests.
 */
import type { Agenda, TieItem } from '../../shared/agenda/agenda';
import { yearlyDate } from '../../shared/agenda/yearly';
import type { Person, PersonDate } from '../../shared/domain/schema';
import { neglectReasonText, type Translate } from '../../shared/engine/interval';
import { escapeValue, foldLine } from './vcard';

export interface CalendarInput {
  /** Everyone: their birthdays, named dates and next steps (archived people are left out). */
  people: readonly Person[];
  /** The agenda of the day the file is written: its due and overdue ties. */
  agenda: Agenda;
  /** Bound to the agenda's and the engine's keys (`agenda:…`, `engine:…`). */
  t: Translate;
  /** When the file is written (DTSTAMP). */
  now: Date;
}

const DOMAIN = 'tiefgang.app';
/** A leap year, so that 29 February without a year has a first day. */
const YEAR_UNKNOWN = 2000;

export function agendaCalendar({ people, agenda, t, now }: CalendarInput): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tiefgang//Agenda//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Tiefgang',
  ];
  const event = (fields: {
    uid: string;
    start: string;
    summary: string;
    description?: string;
    rrule?: string;
  }) => {
    lines.push('BEGIN:VEVENT', `UID:${fields.uid}@${DOMAIN}`, `DTSTAMP:${stamp}`);
    lines.push(`DTSTART;VALUE=DATE:${fields.start.replace(/-/g, '')}`);
    if (fields.rrule) lines.push(`RRULE:${fields.rrule}`);
    lines.push(foldLine(`SUMMARY:${escapeValue(fields.summary)}`));
    if (fields.description) lines.push(foldLine(`DESCRIPTION:${escapeValue(fields.description)}`));
    // A reminder to act, not time taken: shown as free.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  };

  for (const person of people) {
    if (person.archived) continue;
    const name = person.displayName;
    if (person.birthday) {
      const known = yearlyDate(person.birthday).year;
      event({
        uid: `birthday-${person.id}`,
        ...yearly(person.birthday),
        summary: t('agenda:item.birthday', { name, interpolation: { escapeValue: false } }),
        ...(known === null ? {} : { description: t('agenda:calendar.born', { year: known }) }),
      });
    }
    const seen = new Map<string, number>();
    for (const named of person.dates ?? []) {
      const id = labelId(named.label);
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      event({
        uid: `date-${person.id}-${id}${count > 1 ? `-${count}` : ''}`,
        ...yearly(named.date),
        summary: t('agenda:item.date', { name, label: named.label, interpolation: { escapeValue: false } }),
      });
    }
    const step = person.nextStep;
    if (step?.due) {
      event({
        uid: `next-step-${person.id}`,
        start: step.due,
        summary: t('agenda:calendar.nextStep', { name, interpolation: { escapeValue: false } }),
        description: step.text,
      });
    }
  }

  for (const item of agenda.items) {
    if (item.kind !== 'overdue' && item.kind !== 'due') continue;
    event({
      uid: `due-${item.personId}`,
      // An overdue tie is on today's page, not on the day it fell due.
      start: [item.date, agenda.asOf].sort()[1]!,
      summary: t('agenda:calendar.due', { name: item.name, interpolation: { escapeValue: false } }),
      description: dueDescription(t, item),
    });
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** The first day and the yearly rule; 29 February is on the last day of February in other years. */
function yearly(date: PersonDate): { start: string; rrule: string } {
  const { month, day, year } = yearlyDate(date);
  const start = `${year ?? YEAR_UNKNOWN}-${pad(month)}-${pad(day)}`;
  return {
    start,
    rrule: month === 2 && day === 29 ? 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'FREQ=YEARLY',
  };
}

/** "Overdue: usually every 3 weeks — last seen 9 weeks ago." */
function dueDescription(t: Translate, item: TieItem): string {
  return t(item.kind === 'overdue' ? 'agenda:calendar.overdue' : 'agenda:calendar.dueSoon', {
    reason: neglectReasonText(t, item.reason),
    interpolation: { escapeValue: false },
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A short id of a label (FNV-1a of its lower-case text): the same label gives the same UID. */
function labelId(label: string): string {
  let hash = 0x811c9dc5;
  for (const ch of label.trim().toLowerCase()) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
