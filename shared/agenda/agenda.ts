/**
 * The agenda: one list of what is coming in the next days — ties that are due or overdue (from the
 * engine's review), birthdays and named dates, and next steps. Pure: the caller says which day it is and
 * hands in the review computed for that day; the view, the CLI, the reminder and the calendar file all
 * read this one list.
 */
import { defaultModelParams } from '../domain/model-params';
import type { Person } from '../domain/schema';
import { dayOf, isoDate } from '../engine/dates';
import type { ReviewItem, ReviewSections } from '../engine/types';
import { occurrences, yearlyDate } from './yearly';

interface ItemBase {
  /** Unique within one agenda, the same for the same thing in the next one (list keys, UIDs). */
  key: string;
  personId: string;
  name: string;
}

/** A tie that is due: its expected day is `lastContact + dueRatio × rhythm`, before today when overdue. */
export interface TieItem extends ItemBase {
  kind: 'overdue' | 'due';
  date: string;
  lastContact: string | null;
  reason: Extract<ReviewItem['reason'], { kind: 'overdue' | 'due-soon' }>;
}

export interface BirthdayItem extends ItemBase {
  kind: 'birthday';
  date: string;
  /** The age they turn, when the year of birth is known. */
  age: number | null;
}

export interface NamedDateItem extends ItemBase {
  kind: 'date';
  date: string;
  label: string;
  /** Years since the date, when its year is known (0: the date itself, e.g. a contract renewal). */
  years: number | null;
}

export interface NextStepItem extends ItemBase {
  kind: 'next-step';
  /** Its due day (before today when late), or null when it has none. */
  date: string | null;
  text: string;
}

export type AgendaItem = TieItem | BirthdayItem | NamedDateItem | NextStepItem;
export type AgendaKind = AgendaItem['kind'];

export interface Agenda {
  /** Today, `YYYY-MM-DD`. */
  asOf: string;
  days: number;
  /** The last day looked at: `asOf` plus `days`. */
  until: string;
  /**
   * By day (earlier days first: what is late), then overdue and due ties, next steps, birthdays, dates,
   * then by name; next steps without a day last.
   */
  items: AgendaItem[];
}

export interface AgendaInput {
  people: readonly Person[];
  /** The engine's review as of `asOf` (`NetworkSnapshot.review`); only overdue and due soon are read. */
  review: Pick<ReviewSections, 'overdue' | 'dueSoon'>;
  asOf: string;
  /** How many days after `asOf` to look (0: today only). */
  days: number;
  /** The share of the usual rhythm at which a tie counts as due (the model's `dueRatio`, 1.5). */
  dueRatio?: number;
}

/** The most days an agenda looks ahead (ten years). */
export const MAX_AGENDA_DAYS = 3650;

const KIND_ORDER: Record<AgendaKind, number> = { overdue: 0, due: 1, 'next-step': 2, birthday: 3, date: 4 };

export function agendaOf(input: AgendaInput): Agenda {
  const { people, review, asOf } = input;
  const days = Math.max(0, Math.min(MAX_AGENDA_DAYS, Math.floor(input.days)));
  const dueRatio = input.dueRatio ?? defaultModelParams.dueRatio;
  const today = dayOf(asOf);
  const last = today + days;
  const byId = new Map(people.map((p) => [p.id, p]));
  const items: AgendaItem[] = [];

  for (const item of [...review.overdue, ...review.dueSoon]) {
    const person = byId.get(item.id);
    const reason = item.reason;
    if (!person || person.archived || (reason.kind !== 'overdue' && reason.kind !== 'due-soon')) continue;
    // Snoozed: the user said "not until then" for the reminder to meet, not for their dates.
    if (person.snoozedUntil !== undefined && person.snoozedUntil > asOf) continue;
    const seen = item.lastContact === null ? today - reason.daysSince : dayOf(item.lastContact);
    const expected = seen + Math.ceil(dueRatio * reason.cadenceDays);
    if (expected > last) continue;
    items.push({
      kind: reason.kind === 'overdue' ? 'overdue' : 'due',
      key: `tie:${person.id}`,
      personId: person.id,
      name: person.displayName,
      date: isoDate(expected),
      lastContact: item.lastContact,
      reason,
    });
  }

  for (const person of people) {
    if (person.archived) continue;
    const base = { personId: person.id, name: person.displayName };
    if (person.birthday) {
      const birthday = yearlyDate(person.birthday);
      for (const { day, years } of occurrences(birthday, today, last)) {
        // The day of birth itself is no birthday.
        if (years === 0) continue;
        const date = isoDate(day);
        items.push({ kind: 'birthday', key: `birthday:${person.id}:${date}`, ...base, date, age: years });
      }
    }
    (person.dates ?? []).forEach((named, index) => {
      for (const { day, years } of occurrences(yearlyDate(named.date), today, last)) {
        const date = isoDate(day);
        items.push({
          kind: 'date',
          key: `date:${person.id}:${index}:${date}`,
          ...base,
          date,
          label: named.label,
          years,
        });
      }
    });
    const step = person.nextStep;
    if (step && (step.due === undefined || step.due <= isoDate(last))) {
      items.push({
        kind: 'next-step',
        key: `next-step:${person.id}`,
        ...base,
        date: step.due ?? null,
        text: step.text,
      });
    }
  }

  items.sort(compareItems);
  return { asOf, days, until: isoDate(last), items };
}

function compareItems(a: AgendaItem, b: AgendaItem): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Late: a tie overdue or due before today, a next step whose day has passed. */
export function isLate(item: AgendaItem, asOf: string): boolean {
  return item.date !== null && item.date < asOf;
}

/** What needs doing today: everything dated today or earlier (the dock badge counts these). */
export function dueNow(agenda: Agenda): AgendaItem[] {
  return agenda.items.filter((item) => item.date !== null && item.date <= agenda.asOf);
}
