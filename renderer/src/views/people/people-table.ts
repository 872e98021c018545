/**
 * The people table's rows: each person with the engine's figures, filtered by what the user typed and
 * chose, sorted by a column. Pure, so sorting and filtering are tested without a browser.
 */
import { occurrences, yearlyDate } from '../../../../shared/agenda/yearly';
import { matchPerson } from '../../../../shared/domain/person-match';
import type { Person, PersonKind } from '../../../../shared/domain/schema';
import { dayOf, isoDate } from '../../../../shared/engine/dates';
import { type ContactStatus, type Ring, ringOrder } from '../../../../shared/engine/index';
import type { PersonResult } from '../../../../shared/engine/types';

export const SORT_KEYS = [
  'name',
  'organisation',
  'kind',
  'ring',
  'lastContact',
  'encounters',
  'status',
  'nextDate',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface PeopleFilter {
  query: string;
  kind: PersonKind | 'all';
  contextId: string;
  show: 'active' | 'archived' | 'all';
}

export const NO_FILTER: PeopleFilter = { query: '', kind: 'all', contextId: 'all', show: 'active' };

export interface PeopleRow {
  person: Person;
  ring: Ring;
  lastContact: string | null;
  encounters: number;
  /** Encounters after today (planned). */
  planned: number;
  status: ContactStatus;
  /** The birthday or named date that comes round next (within a year), or null. */
  nextDate: NextDate | null;
}

export interface NextDate {
  date: string;
  /** The name of a named date; undefined for the birthday. */
  label?: string;
}

/** The person's birthday or named date that comes next from `today` on (today included), within a year. */
export function nextDateOf(person: Pick<Person, 'birthday' | 'dates'>, today: string): NextDate | null {
  const from = dayOf(today);
  let best: { day: number; label?: string } | undefined;
  const consider = (date: string, label?: string) => {
    const [first] = occurrences(yearlyDate(date), from, from + 366);
    if (first && (!best || first.day < best.day))
      best = label === undefined ? { day: first.day } : { day: first.day, label };
  };
  if (person.birthday) consider(person.birthday);
  for (const d of person.dates ?? []) consider(d.date, d.label);
  if (!best) return null;
  return best.label === undefined
    ? { date: isoDate(best.day) }
    : { date: isoDate(best.day), label: best.label };
}

/** Most urgent first when sorted ascending. */
const STATUS_ORDER: Record<ContactStatus, number> = {
  lapsing: 0,
  overdue: 1,
  due: 2,
  ok: 3,
  new: 4,
  none: 5,
};

export function buildRows(
  people: readonly Person[],
  results: ReadonlyMap<string, PersonResult>,
  today?: string,
): PeopleRow[] {
  return people.map((person) => {
    const r = results.get(person.id);
    return {
      person,
      ring: r?.ring ?? 'not-met',
      lastContact: r?.lastContact ?? null,
      encounters: r?.encounters ?? 0,
      planned: r?.planned ?? 0,
      status: r?.status ?? 'none',
      nextDate: today && (person.birthday || person.dates) ? nextDateOf(person, today) : null,
    };
  });
}

/**
 * Every word of the query must match the name, organisation, role, an e-mail, a phone or a tag, with the
 * one matcher of shared/domain/person-match.ts (case, accents, ß/ss, ä/ae and small typos do not matter).
 */
export function filterRows(rows: readonly PeopleRow[], filter: PeopleFilter): PeopleRow[] {
  const searching = filter.query.trim() !== '';
  return rows.filter(({ person }) => {
    if (filter.show === 'active' && person.archived) return false;
    if (filter.show === 'archived' && !person.archived) return false;
    if (filter.kind !== 'all' && person.kind !== filter.kind) return false;
    if (filter.contextId !== 'all' && !person.contexts.includes(filter.contextId)) return false;
    if (!searching) return true;
    const more = [
      person.organisation ?? '',
      person.role ?? '',
      ...person.emails,
      ...person.phones,
      ...person.tags,
    ].join(' ');
    return matchPerson(filter.query, person.displayName, more) !== null;
  });
}

export function sortRows(
  rows: readonly PeopleRow[],
  key: SortKey,
  direction: SortDirection,
  locale: string,
): PeopleRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: PeopleRow, b: PeopleRow) =>
    collator.compare(a.person.displayName, b.person.displayName) || (a.person.id < b.person.id ? -1 : 1);
  const compare = (a: PeopleRow, b: PeopleRow): number => {
    switch (key) {
      case 'name':
        return 0;
      case 'organisation':
        return emptyLast(a.person.organisation, b.person.organisation, collator);
      case 'kind':
        return collator.compare(a.person.kind, b.person.kind);
      case 'ring':
        return ringOrder(a.ring) - ringOrder(b.ring);
      case 'lastContact':
        // Ascending: longest ago first; never met last.
        return (a.lastContact ?? '9999') < (b.lastContact ?? '9999')
          ? -1
          : (a.lastContact ?? '9999') > (b.lastContact ?? '9999')
            ? 1
            : 0;
      case 'encounters':
        return a.encounters - b.encounters;
      case 'status':
        return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      case 'nextDate':
        // Ascending: soonest first; no date last.
        return (a.nextDate?.date ?? '9999') < (b.nextDate?.date ?? '9999')
          ? -1
          : (a.nextDate?.date ?? '9999') > (b.nextDate?.date ?? '9999')
            ? 1
            : 0;
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (compare(a, b) || byName(a, b)));
}

function emptyLast(a: string | undefined, b: string | undefined, collator: Intl.Collator): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return collator.compare(a, b);
}
