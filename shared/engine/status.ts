/** Contact status from the overdue ratio r = days since last contact / expected cadence. */
import type { ModelParams } from '../domain/model-params';

/**
 * `none`: never in contact (or only social-media reactions); `new`: exactly one contact day, too little
 * to speak of a rhythm; otherwise by r: `ok` below 1.5, `due` from 1.5, `overdue` from 3, `lapsing` from 8
 * (Navarro et al. 2017: a silence beyond about 8 usual intervals most likely ended the tie).
 */
export type ContactStatus = 'ok' | 'due' | 'overdue' | 'lapsing' | 'new' | 'none';

/** Statuses of people with a rhythm, from best to worst. */
export const RHYTHM_STATUSES = ['ok', 'due', 'overdue', 'lapsing'] as const;

export function overdueRatio(daysSince: number, cadenceDays: number): number {
  return daysSince / cadenceDays;
}

export function statusFor(
  ratio: number | null,
  contactDays: number,
  params: Pick<ModelParams, 'dueRatio' | 'overdueRatio' | 'lapsingRatio'>,
): ContactStatus {
  if (contactDays === 0 || ratio === null) return 'none';
  if (contactDays === 1) return 'new';
  if (ratio >= params.lapsingRatio) return 'lapsing';
  if (ratio >= params.overdueRatio) return 'overdue';
  if (ratio >= params.dueRatio) return 'due';
  return 'ok';
}
