/**
 * The review queue ("Who should I meet?"): the engine's neglected ties, most important first, without
 * the people the user snoozed until a later day. Pure.
 */
import type { Person } from '../../../../shared/domain/schema';
import { addMonths, dayOf, isoDate } from '../../../../shared/engine/index';
import type { NeglectedTie } from '../../../../shared/engine/types';

export interface ReviewQueue {
  /** Neglected and not snoozed, in the engine's order (highest score first). */
  due: { tie: NeglectedTie; person: Person }[];
  /** Snoozed people who would otherwise be in the queue, soonest back first. */
  snoozed: { tie: NeglectedTie; person: Person; until: string }[];
}

export function isSnoozed(person: Pick<Person, 'snoozedUntil'>, today: string): boolean {
  return person.snoozedUntil !== undefined && person.snoozedUntil > today;
}

export function reviewQueue(
  neglected: readonly NeglectedTie[],
  people: readonly Person[],
  today: string,
): ReviewQueue {
  const byId = new Map(people.map((p) => [p.id, p]));
  const queue: ReviewQueue = { due: [], snoozed: [] };
  for (const tie of neglected) {
    const person = byId.get(tie.id);
    if (!person || person.archived) continue;
    if (isSnoozed(person, today)) queue.snoozed.push({ tie, person, until: person.snoozedUntil! });
    else queue.due.push({ tie, person });
  }
  queue.snoozed.sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0));
  return queue;
}

/** The day a snooze ends: a week (7 days) or a month (the same day next month, or its last day). */
export function snoozeUntil(today: string, length: 'week' | 'month'): string {
  const day = dayOf(today);
  return isoDate(length === 'week' ? day + 7 : addMonths(day, 1));
}
