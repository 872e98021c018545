/**
 * The agenda view's sections: late (overdue ties, next steps whose day has passed), today, tomorrow, each
 * later day, and next steps without a day. Pure.
 */
import type { AgendaItem } from '../../../../shared/agenda/agenda';
import { dayOf, isoDate } from '../../../../shared/engine/dates';

export type AgendaGroup =
  | { kind: 'late' | 'today' | 'tomorrow' | 'noDay'; items: AgendaItem[] }
  | { kind: 'day'; date: string; items: AgendaItem[] };

export function groupAgenda(items: readonly AgendaItem[], today: string): AgendaGroup[] {
  const tomorrow = isoDate(dayOf(today) + 1);
  const groups: AgendaGroup[] = [];
  const late: AgendaItem[] = [];
  const noDay: AgendaItem[] = [];
  const byDay = new Map<string, AgendaItem[]>();
  for (const item of items) {
    if (item.date === null) noDay.push(item);
    else if (item.date < today) late.push(item);
    else {
      const list = byDay.get(item.date) ?? [];
      list.push(item);
      byDay.set(item.date, list);
    }
  }
  if (late.length) groups.push({ kind: 'late', items: late });
  for (const [date, list] of [...byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (date === today) groups.push({ kind: 'today', items: list });
    else if (date === tomorrow) groups.push({ kind: 'tomorrow', items: list });
    else groups.push({ kind: 'day', date, items: list });
  }
  if (noDay.length) groups.push({ kind: 'noDay', items: noDay });
  return groups;
}
