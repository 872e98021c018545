/**
 * `neglected [--json] [--limit N] [--as-of YYYY-MM-DD]`: the weekly review — who is overdue (any ring),
 * which prospects have stalled, who drifted outward lately and who is due this week — each person with
 * the reason in words ("usually every 3 weeks — last seen 9 weeks ago"). `--limit` applies per section.
 */
import type { TFunction } from 'i18next';
import { defaultModelParams } from '../../../shared/domain/model-params';
import { neglectReasonText, type ReviewItem, type ReviewSections } from '../../../shared/engine';
import { reviewReasonText } from '../../../shared/engine/explain';
import { type Command, EXIT_FAILURE, EXIT_OK, stringValue, UsageError } from '../command';
import { asOfFrom, asOfOption, jsonOption, round, snapshotFrom } from './stats';

/** The sections in the order they are shown, with their keys in the JSON and in i18n. */
const SECTIONS = [
  ['overdue', 'overdue'],
  ['stalledProspects', 'stalled-prospect'],
  ['drifted', 'drifted'],
  ['dueSoon', 'due-soon'],
] as const satisfies readonly (readonly [keyof ReviewSections, ReviewItem['section']])[];

function itemJson(t: TFunction, item: ReviewItem) {
  const reason =
    'cadenceDays' in item.reason
      ? {
          ...item.reason,
          cadenceDays: round(item.reason.cadenceDays, 2),
          overdueRatio: round(item.reason.overdueRatio, 3),
        }
      : item.reason;
  return {
    id: item.id,
    name: item.name,
    kind: item.kind,
    ring: item.ring,
    pinnedRing: item.pinnedRing,
    closeness: item.closeness,
    depth: round(item.depth),
    lastContact: item.lastContact,
    score: round(item.score),
    reason,
    text: reviewReasonText(t, item),
  };
}

export const neglectedCommand: Command = {
  words: ['neglected'],
  summary: 'engine:cli.neglected.summary',
  usage: 'engine:cli.neglected.usage',
  description: 'engine:cli.neglected.description',
  helpValues: () => ({
    ratio: defaultModelParams.neglectRatio,
    stalled: defaultModelParams.stalledProspectDays,
    months: defaultModelParams.driftMonths,
  }),
  options: {
    json: jsonOption,
    limit: { type: 'string', value: 'engine:cli.placeholder.count', help: 'engine:cli.neglected.optLimit' },
    'as-of': asOfOption,
  },
  async run(ctx) {
    const { t } = ctx;
    const limitText = stringValue(ctx.values, 'limit');
    let limit = Number.POSITIVE_INFINITY;
    if (limitText !== undefined) {
      if (!/^\s*\d+\s*$/.test(limitText) || Number(limitText) < 1) {
        throw new UsageError('engine:cli.badLimit', { value: limitText });
      }
      limit = Number(limitText);
    }
    const asOf = asOfFrom(ctx);
    const found = await snapshotFrom(ctx, asOf);
    if (!found) return EXIT_FAILURE;
    const { snapshot, params } = found;
    const review = snapshot.review;
    if (ctx.values.json) {
      const all = snapshot.neglected;
      const sections = Object.fromEntries(
        SECTIONS.map(([key]) => [
          key,
          { total: review[key].length, items: review[key].slice(0, limit).map((i) => itemJson(t, i)) },
        ]),
      );
      ctx.out(
        JSON.stringify(
          {
            asOf: snapshot.asOf,
            total: all.length,
            // The overdue section in the shape of the first version, for scripts written against it.
            neglected: all.slice(0, limit).map((n) => ({
              id: n.id,
              name: n.name,
              ring: n.ring,
              pinnedRing: n.pinnedRing,
              closeness: n.closeness,
              depth: round(n.depth),
              overdueRatio: round(n.overdueRatio, 3),
              score: round(n.score),
              lastContact: n.lastContact,
              reason: { ...n.reason, cadenceDays: round(n.reason.cadenceDays, 2) },
              text: neglectReasonText(t, n.reason),
            })),
            sections,
          },
          null,
          2,
        ),
      );
      return EXIT_OK;
    }
    if (SECTIONS.every(([key]) => review[key].length === 0)) {
      ctx.out(t('engine:cli.neglected.none', { date: snapshot.asOf, ratio: params.neglectRatio }));
      return EXIT_OK;
    }
    ctx.out(t('engine:cli.neglected.heading', { date: snapshot.asOf }));
    for (const [key, section] of SECTIONS) {
      const items = review[key];
      if (items.length === 0) continue;
      ctx.out('');
      ctx.out(
        t('engine:cli.neglected.section', {
          title: t(`engine:review.section.${section}`),
          count: items.length,
        }),
      );
      items.slice(0, limit).forEach((item, i) => {
        ctx.out(
          t('engine:cli.neglected.item', {
            rank: i + 1,
            name: item.name,
            ring: t(`engine:ring.${item.ring}`),
            reason: reviewReasonText(t, item),
          }),
        );
      });
      if (items.length > limit) ctx.out(t('engine:cli.neglected.more', { count: items.length - limit }));
    }
    return EXIT_OK;
  },
};
