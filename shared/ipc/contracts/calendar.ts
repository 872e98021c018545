/** The calendar file beside the data file (settings.calendarFile): its state and what its last write did. */
import { z } from 'zod';

/** `taken`: a file of that name is there that Tiefgang did not write; it is never replaced. */
export const CALENDAR_PROBLEMS = [
  'encrypted',
  'taken',
  'no-permission',
  'disk-full',
  'read-only',
  'io',
] as const;
export const CalendarProblem = z.enum(CALENDAR_PROBLEMS);
export type CalendarProblem = z.infer<typeof CalendarProblem>;

/** One attempt: written (or unchanged, `written: false`), or not, and why. */
export const CalendarResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), path: z.string(), written: z.boolean() }),
  z.object({ ok: z.literal(false), path: z.string(), problem: CalendarProblem, message: z.string() }),
]);
export type CalendarResult = z.infer<typeof CalendarResult>;

export const CalendarState = z.object({
  /** Where the file is (or would be): beside the data file, `<name>.ics`. */
  path: z.string(),
  enabled: z.boolean(),
  /** The data file is encrypted: no calendar is written (it would hold names in the clear). */
  encrypted: z.boolean(),
  /** What the last attempt since the app started did. */
  last: CalendarResult.optional(),
});
export type CalendarState = z.infer<typeof CalendarState>;
