/**
 * The day of the last daily reminder, in a small file of the app's own folder (userData/reminders.json),
 * never in the data file: the reminder is about this computer, and the scheduler must not write the data.
 * A missing or unreadable file is "never": at worst one reminder too many, never one lost.
 */
import { readFile } from 'node:fs/promises';
import { CalendarDate } from '../../shared/domain/schema';
import { writeFileDurable } from '../store/durable-write';
import type { ReminderStateStore } from './reminders';

export function createReminderState(file: string): ReminderStateStore {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      const day = (JSON.parse(text) as { lastReminder?: unknown }).lastReminder;
      return CalendarDate.safeParse(day).success ? (day as string) : undefined;
    },
    async save(day) {
      await writeFileDurable(file, `${JSON.stringify({ lastReminder: day })}\n`);
    },
  };
}
