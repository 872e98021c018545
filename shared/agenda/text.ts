/**
 * The agenda in words, one sentence per item and the reminder's short summary, through i18n
 * (`agenda:item.*`, `agenda:notify.*`; the reason of a due tie is the review's, `engine:neglect.*`). The
 * same sentences for the view, `tiefgang agenda`, the calendar file and the desktop notification.
 */
import { neglectReasonText, type Translate } from '../engine/interval';
import type { AgendaItem } from './agenda';
import type { ReminderSummary } from './reminder';

const plain = { interpolation: { escapeValue: false } };

/** "Get in touch with Ben Vogel: usually every 3 weeks — last seen 9 weeks ago", "Birthday of Anna Berg (46)"… */
export function agendaItemText(t: Translate, item: AgendaItem): string {
  const name = item.name;
  switch (item.kind) {
    case 'overdue':
    case 'due':
      return t(`agenda:item.${item.kind}`, { name, reason: neglectReasonText(t, item.reason), ...plain });
    case 'birthday':
      return item.age === null
        ? t('agenda:item.birthday', { name, ...plain })
        : t('agenda:item.birthdayAge', { name, age: item.age, ...plain });
    case 'date':
      return item.years
        ? t('agenda:item.dateYears', { name, label: item.label, count: item.years, ...plain })
        : t('agenda:item.date', { name, label: item.label, ...plain });
    case 'next-step':
      return t('agenda:item.nextStep', { name, text: item.text, ...plain });
  }
}

/** The notification's title and body ("3 people are due, Anna Berg’s birthday is tomorrow"), or undefined when there is nothing to say. */
export function reminderText(
  t: Translate,
  summary: ReminderSummary,
  maxParts = 3,
): { title: string; body: string } | undefined {
  const parts: string[] = [];
  if (summary.duePeople > 0) parts.push(t('agenda:notify.due', { count: summary.duePeople }));
  for (const mention of summary.mentions) {
    const { item, when } = mention;
    const name = item.name;
    if (item.kind === 'birthday') parts.push(t(`agenda:notify.birthday.${when}`, { name, ...plain }));
    else if (item.kind === 'date')
      parts.push(t(`agenda:notify.date.${when}`, { name, label: item.label, ...plain }));
    else parts.push(t(`agenda:notify.nextStep.${when}`, { name, ...plain }));
  }
  if (parts.length === 0) return undefined;
  const shown = parts.slice(0, maxParts);
  if (parts.length > maxParts) shown.push(t('agenda:notify.more', { count: parts.length - maxParts }));
  const body = shown.join(', ');
  return { title: t('agenda:notify.title', {}), body: body.charAt(0).toUpperCase() + body.slice(1) };
}
