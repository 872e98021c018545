/** A person's depth figures as a definition list (the hover card and the selected person in the side panel share it). */
import { useTranslation } from 'react-i18next';
import type { SceneNode } from '../../scene/types';
import {
  depthText,
  frequencyText,
  gapText,
  lastContactText,
  rhythmText,
  ringName,
  statusText,
} from './format-figures';

export function PersonFigures({
  node,
  locale,
  driftMonths,
}: {
  node: SceneNode;
  locale: string;
  driftMonths?: 0 | 6 | 12;
}) {
  const { t } = useTranslation();
  const gap = gapText(t, node);
  const then =
    driftMonths === 6 ? node.ringSixMonthsAgo : driftMonths === 12 ? node.ringTwelveMonthsAgo : undefined;
  return (
    <dl className="map-figures">
      <dt>{t('map:card.ring')}</dt>
      <dd data-figure="ring">{ringName(t, node.ring)}</dd>
      {gap && (
        <>
          <dt>{t('map:card.wanted')}</dt>
          <dd data-figure="gap">{gap}</dd>
        </>
      )}
      {then !== undefined && (
        <>
          <dt>{t('map:card.ringThen', { months: driftMonths })}</dt>
          <dd>{ringName(t, then)}</dd>
        </>
      )}
      <dt>{t('map:card.depth')}</dt>
      <dd data-figure="depth">{depthText(node, locale)}</dd>
      <dt>{t('map:card.lastContact')}</dt>
      <dd data-figure="last">{lastContactText(t, node, locale)}</dd>
      <dt>{t('map:card.rhythm')}</dt>
      <dd>{rhythmText(t, node)}</dd>
      <dt>{t('map:card.frequency')}</dt>
      <dd>{frequencyText(t, node, locale)}</dd>
      <dt>{t('map:card.status')}</dt>
      <dd data-figure="status">{statusText(t, node)}</dd>
    </dl>
  );
}
