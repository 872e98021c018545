/**
 * Why a person is where they are, in words: the ring and the rhythm behind it, what their depth is made
 * of, how their contact is going, and the reason they are on the weekly review. The engine gives numbers;
 * these put them into sentences through i18n (`engine:explain.*`, `engine:review.*`), the same for the
 * person card, the review and `tiefgang stats --explain`.
 */
import { describeInterval, neglectReasonText, type Translate } from './interval';
import type { PersonResult, ReviewItem } from './types';

const RHYTHM_WORD = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;

/** "every week" / "jede Woche" for a period of days (7, 30, 90, 365 → week, month, 3 months, year). */
function everyPeriod(t: Translate, days: number): string {
  const every = describeInterval(days);
  return t(`engine:every.${every.unit}`, { count: every.count });
}

/** The sentence on the ring: which rhythm the contact keeps, and how that was judged. */
export function ringSentence(t: Translate, p: PersonResult): string {
  const r = p.rhythm;
  const counts = {
    count: r.periods,
    covered: r.covered,
    periods: r.periods,
    needed: r.needed,
    period: t(`engine:explain.period.${RHYTHM_WORD[r.checkedRing - 1]}`, { count: r.periods }),
    interpolation: { escapeValue: false },
  };
  switch (p.ringReason) {
    case 'not-met':
      return t('engine:explain.ring.notMet', {});
    case 'no-rhythm':
      return t('engine:explain.ring.noRhythm', counts);
    case 'capped':
      return t('engine:explain.ring.capped', {
        ...counts,
        band: r.checkedRing,
        ring: p.ring,
        rhythm: t(`engine:explain.rhythm.${RHYTHM_WORD[r.checkedRing - 1]}`, {}),
      });
    default:
      return t('engine:explain.ring.rhythm', {
        ...counts,
        ring: p.ring,
        rhythm: t(`engine:explain.rhythm.${RHYTHM_WORD[r.checkedRing - 1]}`, {}),
      });
  }
}

/**
 * Everything that explains one person, one sentence each: ring, depth and what it is made of, reciprocity,
 * closeness rating, pinned ring, rhythm and status, the reach of the data, planned meetings.
 */
export function explainPerson(
  t: Translate,
  p: PersonResult,
  options: { closeness?: number | null; closenessBlend?: number } = {},
): string[] {
  const lines = [ringSentence(t, p)];
  if (p.lastContact !== null && p.daysSinceContact !== null) {
    const ago = describeInterval(p.daysSinceContact);
    lines.push(
      t('engine:explain.depth', {
        depth: Math.round(p.depth * 100),
        // Each figure its own plural ("1 day", "2 days"), then put into the sentence as text.
        days: t('engine:explain.daysWithContact', { count: p.contactDaysLast12Months }),
        hours: t('engine:explain.hoursTogether', { count: Math.round(p.hoursLast12Months * 10) / 10 }),
        encounters: t('engine:explain.encountersInAll', { count: p.encounters }),
        ago: t(`engine:ago.${ago.unit}`, { count: ago.count }),
        interpolation: { escapeValue: false },
      }),
    );
    // Who reaches out, where the record says: both sides (the smaller at least a third of the larger),
    // or one side only.
    const { byMe, byThem } = p.strengthParts;
    const larger = Math.max(byMe, byThem);
    if (larger > 0 && Math.min(byMe, byThem) >= larger / 3) lines.push(t('engine:explain.reciprocal', {}));
    else if (larger > 0 && Math.min(byMe, byThem) === 0 && p.encounters >= 3)
      lines.push(t('engine:explain.oneSided', {}));
  }
  if (options.closeness !== undefined && options.closeness !== null) {
    lines.push(
      t('engine:explain.closeness', {
        rating: options.closeness,
        share: Math.round((options.closenessBlend ?? 0.4) * 100),
      }),
    );
  }
  if (p.pinnedRing !== null) lines.push(t('engine:explain.pinned', { ring: p.pinnedRing }));
  if (p.cadenceDays !== null && p.daysSinceContact !== null && p.contactDays >= 2) {
    lines.push(
      t('engine:explain.status', {
        reason: neglectReasonText(t, {
          cadenceDays: p.cadenceDays,
          daysSince: p.daysSinceContact,
          cadenceSource: p.cadenceSource ?? 'ring',
        }),
        status: t(`engine:status.${p.status}`, {}),
        interpolation: { escapeValue: false },
      }),
    );
  }
  if (p.dataUntil !== null) {
    lines.push(t('engine:explain.dataUntil', { date: new Date(`${p.dataUntil}T12:00:00Z`) }));
  }
  if (p.planned > 0) lines.push(t('engine:explain.planned', { count: p.planned }));
  return lines;
}

/** The reason a person is on the weekly review, in one line. */
export function reviewReasonText(t: Translate, item: ReviewItem): string {
  const r = item.reason;
  switch (r.kind) {
    case 'overdue':
    case 'due-soon':
      return neglectReasonText(t, r);
    case 'stalled-prospect': {
      if (r.daysSinceTouch === null)
        return t('engine:review.stalledNever', { touches: r.touches, goal: r.goal });
      const ago = describeInterval(r.daysSinceTouch);
      return t('engine:review.stalled', {
        touches: r.touches,
        goal: r.goal,
        ago: t(`engine:ago.${ago.unit}`, { count: ago.count }),
        interpolation: { escapeValue: false },
      });
    }
    case 'drifted':
      return t('engine:review.drifted', {
        from: t(`engine:review.rhythm.${r.from}`, {}),
        to: t(`engine:review.rhythm.${r.to ?? 'none'}`, {}),
        months: r.months,
        interpolation: { escapeValue: false },
      });
  }
}

export { everyPeriod };
