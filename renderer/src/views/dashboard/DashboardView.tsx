/**
 * Depth versus breadth: a few figures of today and three small charts over the last two years — people
 * met per month (breadth), the share of contact with the strongest 15 (depth), and encounters per month
 * in person, by call or video, and online.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { MonthBars } from '../../charts/MonthBars';
import { MonthLine } from '../../charts/MonthLine';
import {
  CHANNEL_GROUPS,
  channelGroupSeries,
  lastMonths,
  monthLabel,
  peopleMetPerMonth,
  topShareSeries,
} from '../../charts/series';
import { percent } from '../../i18n/figures';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../store/context';
import { selectNetwork, selectSnapshot } from '../../store/derived';
import { useAppState } from '../../store/hooks';

const MONTHS = 24;
const COLOURS = {
  inPerson: '#1d5c96',
  calls: '#6fa3d6',
  online: '#c2a35a',
  people: '#2f7d6d',
  share: '#1d5c96',
};

export function DashboardView() {
  const snapshot = useAppState(selectSnapshot)!;
  const network = useAppState(selectNetwork)!;
  const locale = useLocale();
  const { t } = useTranslation('dashboard');
  const timeline = useMemo(() => lastMonths(network.timeline(), MONTHS), [network]);
  const months = timeline.map((p) => p.month);
  const met = useMemo(() => peopleMetPerMonth(snapshot.encounters, months), [snapshot.encounters, months]);
  const share = useMemo(() => topShareSeries(timeline), [timeline]);
  const groups = useMemo(() => channelGroupSeries(timeline), [timeline]);
  const summary = network.result.summary;
  const series = CHANNEL_GROUPS.map((key) => ({
    key,
    label: t(`dashboard:group.${key}`),
    colour: COLOURS[key],
  }));
  const month = (m: string) => monthLabel(m, locale);

  if (snapshot.encounters.length === 0) {
    return (
      <div className="view dashboard-view">
        <div className="view-head">
          <h1 className="view-title">{t('dashboard:title')}</h1>
        </div>
        <div className="empty-state">
          <p>{t('dashboard:empty')}</p>
        </div>
      </div>
    );
  }

  return (
    <div className="view dashboard-view">
      <div className="view-head">
        <h1 className="view-title">{t('dashboard:title')}</h1>
      </div>
      <p className="view-intro">{t('dashboard:intro')}</p>
      <dl className="figures">
        <div className="figure">
          <dt>{t('dashboard:metLast12')}</dt>
          <dd>{formatNumber(summary.metLast12Months, locale)}</dd>
        </div>
        <div className="figure">
          <dt>{t('dashboard:top15Now')}</dt>
          <dd>{percent(summary.top15Share, locale)}</dd>
        </div>
        <div className="figure">
          <dt>{t('dashboard:innerRings')}</dt>
          <dd>{formatNumber(summary.rings['1'] + summary.rings['2'], locale)}</dd>
        </div>
        <div className="figure">
          <dt>{t('dashboard:neglected')}</dt>
          <dd>{formatNumber(network.result.neglected.length, locale)}</dd>
        </div>
      </dl>
      <div className="chart-grid-layout">
        <ChartFrame
          title={t('dashboard:metTitle')}
          description={t('dashboard:metDescription')}
          table={{
            head: [t('dashboard:month'), t('dashboard:people')],
            rows: met.map((d) => [month(d.month), d.value]),
          }}
        >
          {(ids) => (
            <MonthBars
              locale={locale}
              data={met.map((d) => ({ month: d.month, people: d.value }))}
              series={[{ key: 'people', label: t('dashboard:people'), colour: COLOURS.people }]}
              {...ids}
            />
          )}
        </ChartFrame>
        <ChartFrame
          title={t('dashboard:shareTitle')}
          description={t('dashboard:shareDescription')}
          table={{
            head: [t('dashboard:month'), t('dashboard:share')],
            rows: share.map((d) => [month(d.month), percent(d.value, locale)]),
          }}
        >
          {(ids) => <MonthLine data={share} colour={COLOURS.share} locale={locale} {...ids} />}
        </ChartFrame>
        <ChartFrame
          title={t('dashboard:channelTitle')}
          description={t('dashboard:channelDescription')}
          legend={
            <ul className="chart-legend">
              {series.map((s) => (
                <li key={s.key}>
                  <svg className="swatch" width="12" height="12" aria-hidden="true">
                    <rect width="12" height="12" rx="2" fill={s.colour} />
                  </svg>
                  {s.label}
                </li>
              ))}
            </ul>
          }
          table={{
            head: [t('dashboard:month'), ...series.map((s) => s.label)],
            rows: groups.map((g) => [month(g.month), g.inPerson, g.calls, g.online]),
          }}
        >
          {(ids) => <MonthBars data={groups} series={series} locale={locale} {...ids} />}
        </ChartFrame>
      </div>
    </div>
  );
}
