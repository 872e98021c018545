/**
 * The rhythm a person's contact keeps, judged from their contact days — the basis of the rings.
 *
 * Dunbar's layers are defined by how often people are in contact (about weekly, monthly, every few months,
 * yearly: Hill & Dunbar 2003, Sutcliffe et al. 2012), so a person belongs to the innermost ring whose
 * rhythm their contact keeps. Time is cut into fixed periods of c days (weeks starting on Mondays, then
 * blocks of 30, 90 and 365 days counted from the same Monday, 5 January 1970). A rhythm of c days is kept
 * when, of the last m periods up to the one holding the date, at least `max(minPeriods, ⌈share · m⌉)`
 * hold a contact day: by default 4 of the last 6 weeks, 4 of the last 6 months, 3 of the last 4 quarters,
 * both of the last 2 years. Counting periods rather than contacts or gaps is robust: a burst of meetings
 * fills one period, one missed week (a holiday) does not break a weekly rhythm, and silence counts because
 * the newest periods are empty (the current period counts once it holds contact or is over, so a weekly
 * friend is not dropped on a Monday) — and a rhythm is only kept while the last contact lies in one of
 * the two newest periods counted: someone unseen for three months no longer keeps a monthly rhythm, however
 * regular they were before. Fixed periods make silence only ever move someone outward: no
 * contact changes periods already past. A relationship younger than m periods is judged on the periods it has
 * existed, but never on fewer than `minPeriods`: someone met once or twice is never weekly or monthly.
 */
import type { ModelParams } from '../domain/model-params';

/** Day number of Monday, 5 January 1970: where every period starts counting. */
const PERIOD_EPOCH = 4;

/** The fixed period of `length` days that day d falls in. */
export function periodOf(d: number, length: number): number {
  return Math.floor((d - PERIOD_EPOCH) / length);
}

export type RhythmParams = Pick<
  ModelParams,
  'ringCadenceDays' | 'rhythmPeriods' | 'rhythmMinPeriods' | 'rhythmKeptShare'
>;

/** How a rhythm was judged: periods looked at and periods with contact, for ring `ring` (1–4). */
export interface RhythmCheck {
  ring: number;
  periodDays: number;
  periods: number;
  covered: number;
  needed: number;
  /** Whether the last contact lies in one of the two newest periods counted. */
  recent: boolean;
  kept: boolean;
}

/** The counts of one rhythm check, written into one reused object (the check runs for everyone, every date). */
const counted = { periods: 0, covered: 0, needed: 0, recent: false, kept: false };

/**
 * Counts the periods of ring `ring` (1–4) with contact among the first `count` contact days `days[from …]`
 * (ascending, all ≤ t). With `early`, stops as soon as the answer is known (then `covered` may be short).
 */
function count(
  days: ArrayLike<number>,
  from: number,
  n: number,
  t: number,
  ring: number,
  params: RhythmParams,
  early: boolean,
): typeof counted {
  const c = params.ringCadenceDays[ring - 1] as number;
  const min = params.rhythmMinPeriods[ring - 1] as number;
  counted.covered = 0;
  counted.kept = false;
  if (n <= 0) {
    counted.periods = 0;
    counted.needed = min;
    counted.recent = false;
    return counted;
  }
  const now = lastCountedPeriod(days, from, n, t, c);
  const periods = Math.min(
    params.rhythmPeriods[ring - 1] as number,
    now - periodOf(days[from] as number, c) + 1,
  );
  const needed = Math.max(min, Math.ceil(params.rhythmKeptShare * periods - 1e-9));
  // The last contact must lie in one of the two newest periods counted.
  const recent = periodOf(days[from + n - 1] as number, c) >= now - 1;
  counted.periods = periods;
  counted.needed = needed;
  counted.recent = recent;
  if (early && (n < min || periods < min || !recent)) return counted;
  const oldest = now - periods + 1;
  let covered = 0;
  let lastPeriod = Number.NaN;
  for (let j = from + n - 1; j >= from; j--) {
    const p = periodOf(days[j] as number, c);
    if (p < oldest) break;
    if (p !== lastPeriod) {
      covered++;
      lastPeriod = p;
      if (early && covered >= needed) break;
    }
  }
  counted.covered = covered;
  counted.kept = periods >= min && covered >= needed && recent;
  return counted;
}

/**
 * Checks the rhythm of ring `ring` (1–4) against the first `count` contact days `days[from …]` (ascending,
 * all ≤ t).
 */
export function checkRhythm(
  days: ArrayLike<number>,
  from: number,
  n: number,
  t: number,
  ring: number,
  params: RhythmParams,
): RhythmCheck {
  const m = count(days, from, n, t, ring, params, false);
  return { ring, periodDays: params.ringCadenceDays[ring - 1] as number, ...m };
}

/**
 * The innermost ring (1–4) whose rhythm the first `count` contact days `days[from …]` keep as of day t,
 * or 0 for none. Checks ring by ring from the inside and stops at the first kept.
 */
export function rhythmBand(
  days: ArrayLike<number>,
  from: number,
  n: number,
  t: number,
  params: RhythmParams,
): number {
  if (n <= 0) return 0;
  for (let ring = 1; ring <= 4; ring++) {
    if (count(days, from, n, t, ring, params, true).kept) return ring;
  }
  return 0;
}

/** The newest period that counts: the one holding t if it has contact, else the one before. */
function lastCountedPeriod(
  days: ArrayLike<number>,
  from: number,
  count: number,
  t: number,
  c: number,
): number {
  const now = periodOf(t, c);
  return periodOf(days[from + count - 1] as number, c) === now ? now : now - 1;
}
