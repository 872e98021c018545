/**
 * `neglected [--json] [--limit N] [--as-of YYYY-MM-DD]`: the close ties let slip, ranked by
 * depth × log2(1 + overdue ratio), each with its reason in words ("usually every 3 weeks — last seen
 * 9 weeks ago").
 */
import { defaultModelParams } from '../../../shared/domain/model-params';
import { neglectReasonText } from '../../../shared/engine';
import { type Command, EXIT_FAILURE, EXIT_OK, stringValue, UsageError } from '../command';
import { asOfFrom, asOfOption, jsonOption, round, snapshotFrom } from './stats';

export const neglectedCommand: Command = {
  words: ['neglected'],
  summary: 'engine:cli.neglected.summary',
  usage: 'engine:cli.neglected.usage',
  description: 'engine:cli.neglected.description',
  helpValues: () => ({ ratio: defaultModelParams.neglectRatio }),
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
    const all = snapshot.neglected;
    const shown = all.slice(0, limit);
    if (ctx.values.json) {
      ctx.out(
        JSON.stringify(
          {
            asOf: snapshot.asOf,
            total: all.length,
            neglected: shown.map((n) => ({
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
          },
          null,
          2,
        ),
      );
      return EXIT_OK;
    }
    if (all.length === 0) {
      ctx.out(t('engine:cli.neglected.none', { date: snapshot.asOf, ratio: params.neglectRatio }));
      return EXIT_OK;
    }
    ctx.out(t('engine:cli.neglected.heading', { date: snapshot.asOf }));
    shown.forEach((n, i) => {
      const ring = t(`engine:ring.${n.ring}`);
      ctx.out(
        t('engine:cli.neglected.item', {
          rank: i + 1,
          name: n.name,
          ring,
          reason: neglectReasonText(t, n.reason),
        }),
      );
    });
    if (shown.length < all.length)
      ctx.out(t('engine:cli.neglected.more', { count: all.length - shown.length }));
    return EXIT_OK;
  },
};
