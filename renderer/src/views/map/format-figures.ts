/** Turns a scene node's figures into the short texts of the hover card, the side panel and the list. */
import type { TFunction } from 'i18next';
import { formatEncounterDate, formatNumber } from '../../i18n/format';
import type { RingKey, SceneNode } from '../../scene/types';

export function ringName(t: TFunction, ring: RingKey): string {
  return t(`map:ring.${ring}`);
}

export function depthText(node: SceneNode, locale: string): string {
  return `${formatNumber(Math.round(node.depth * 100), locale)} %`;
}

export function lastContactText(t: TFunction, node: SceneNode, locale: string): string {
  if (!node.lastContact || node.daysSinceContact === undefined) return t('map:card.never');
  return `${formatEncounterDate(node.lastContact, locale)} (${t('map:card.daysAgo', { count: node.daysSinceContact })})`;
}

export function rhythmText(t: TFunction, node: SceneNode): string {
  if (node.cadenceDays === undefined) return '–';
  return t('map:card.everyDays', { count: Math.round(node.cadenceDays) });
}

export function frequencyText(t: TFunction, node: SceneNode, locale: string): string {
  return t('map:legend.perMonth', {
    value: formatNumber(Math.round(node.contactsPerMonth * 10) / 10, locale),
  });
}

export function statusText(t: TFunction, node: SceneNode): string {
  const status = t(`map:status.${node.status}`);
  return node.neglected ? `${status} · ${t('map:status.neglected')}` : status;
}

export function gapText(t: TFunction, node: SceneNode): string | undefined {
  if (node.pinnedRing === undefined || node.pinnedRing === node.ring) return undefined;
  return t('map:card.pinnedRingGap', { wanted: ringName(t, node.pinnedRing), ring: ringName(t, node.ring) });
}
