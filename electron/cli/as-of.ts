/**
 * `--as-of YYYY-MM-DD`, the same for every command that takes it: a real calendar day that the data
 * file's schema accepts (CalendarDate: no 2026-02-30, no year before 100), else a usage error (exit 2)
 * with one sentence. Checked here, before anything is read, so no command fails later inside a schema.
 */
import { CalendarDate } from '../../shared/domain/schema';
import { type CommandContext, stringValue, UsageError } from './command';
import { localToday } from './dates';

export const asOfOption = {
  type: 'string',
  value: 'engine:cli.placeholder.date',
  help: 'engine:cli.optAsOf',
} as const;

/** The day asked for with --as-of, or today in local time. */
export function asOfFrom(ctx: Pick<CommandContext, 'values' | 'now'>): string {
  const given = stringValue(ctx.values, 'as-of');
  if (given === undefined) return localToday(ctx.now());
  const value = given.trim();
  if (CalendarDate.safeParse(value).success) return value;
  throw new UsageError('engine:cli.badAsOf', { value: given });
}
