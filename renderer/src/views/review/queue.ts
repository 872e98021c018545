/**
 * The weekly review ("Who should I meet?"): the engine's review sections — overdue, stalled prospects,
 * drifted outward, due this week — each most pressing first, without the people the user snoozed until a
 * later day (those are listed apart, soonest back first). Pure.
 */
import type { Person } from '../../../../shared/domain/schema';
import { addMonths, dayOf, isoDate } from '../../../../shared/engine/index';
import type { ReviewItem, ReviewSections } from '../../../../shared/engine/types';

/** The sections in the order they are shown. */
export const SECTION_ORDER = ['overdue', 'stalledProspects', 'drifted', 'dueSoon'] as const;
export type SectionKey = (typeof SECTION_ORDER)[number];

export interface QueuedItem {
  item: ReviewItem;
  person: Person;
}

export interface ReviewQueue {
  sections: { key: SectionKey; items: QueuedItem[] }[];
  /** Everyone listed, not snoozed. */
  total: number;
  /** Snoozed people who would otherwise be listed, soonest back first. */
  snoozed: (QueuedItem & { until: string })[];
}

export function isSnoozed(person: Pick<Person, 'snoozedUntil'>, today: string): boolean {
  return person.snoozedUntil !== undefined && person.snoozedUntil > today;
}

export function reviewQueue(review: ReviewSections, people: readonly Person[], today: string): ReviewQueue {
  const byId = new Map(people.map((p) => [p.id, p]));
  const queue: ReviewQueue = { sections: [], total: 0, snoozed: [] };
  for (const key of SECTION_ORDER) {
    const items: QueuedItem[] = [];
    for (const item of review[key]) {
      const person = byId.get(item.id);
      if (!person || person.archived) continue;
      if (isSnoozed(person, today)) queue.snoozed.push({ item, person, until: person.snoozedUntil! });
      else items.push({ item, person });
    }
    queue.sections.push({ key, items });
    queue.total += items.length;
  }
  queue.snoozed.sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0));
  return queue;
}

/** The day a snooze ends: a week (7 days) or a month (the same day next month, or its last day). */
export function snoozeUntil(today: string, length: 'week' | 'month'): string {
  const day = dayOf(today);
  return isoDate(length === 'week' ? day + 7 : addMonths(day, 1));
}
