/**
 * What the daily reminder says, as data: how many people are due now, and the birthdays, dates and next
 * steps of today and tomorrow (and next steps already late). Pure; `text.ts` puts it into words.
 */
import { dayOf, isoDate } from '../engine/dates';
import type { Agenda, BirthdayItem, NamedDateItem, NextStepItem } from './agenda';

export type ReminderMention =
  | { item: BirthdayItem | NamedDateItem; when: 'today' | 'tomorrow' }
  | { item: NextStepItem; when: 'late' | 'today' | 'tomorrow' };

export interface ReminderSummary {
  /** People with a tie due today or earlier. */
  duePeople: number;
  /** In the agenda's order: late first, then today, then tomorrow. */
  mentions: ReminderMention[];
  /** Everything dated today or earlier: the number on the dock or taskbar icon. */
  badge: number;
}

/** The summary of an agenda that looks at least one day ahead (today and tomorrow). */
export function reminderSummary(agenda: Agenda): ReminderSummary {
  const today = agenda.asOf;
  const tomorrow = isoDate(dayOf(today) + 1);
  const due = new Set<string>();
  const mentions: ReminderMention[] = [];
  let badge = 0;
  for (const item of agenda.items) {
    if (item.date === null || item.date > tomorrow) continue;
    if (item.date <= today) badge++;
    if (item.kind === 'overdue' || item.kind === 'due') {
      if (item.date <= today) due.add(item.personId);
      continue;
    }
    const when = item.date === today ? 'today' : 'tomorrow';
    if (item.kind === 'next-step') mentions.push({ item, when: item.date < today ? 'late' : when });
    // A birthday or a yearly date that has passed is gone, not late (the agenda starts today anyway).
    else if ((item.kind === 'birthday' || item.kind === 'date') && item.date >= today)
      mentions.push({ item, when });
  }
  return { duePeople: due.size, mentions, badge };
}
