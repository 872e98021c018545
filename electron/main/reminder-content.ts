/**
 * What the daily reminder says, from the data as it is now: the agenda of today and tomorrow, put into
 * words in the app's language. Reads only.
 */
import { agendaFromData } from '../../shared/agenda/from-data';
import { reminderSummary } from '../../shared/agenda/reminder';
import { reminderText } from '../../shared/agenda/text';
import type { Database } from '../../shared/domain/schema';
import type { Translate } from '../../shared/engine/interval';
import type { ReminderContent } from './reminders';

export function reminderContent(db: Readonly<Database>, today: string, t: Translate): ReminderContent {
  const summary = reminderSummary(agendaFromData(db, today, 1));
  return { note: reminderText(t, summary), badge: summary.badge };
}
