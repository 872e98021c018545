/**
 * Filters of the map: which people are shown. Facets combine with AND; the values inside one facet
 * combine with OR; an empty facet does not restrict. Everyone is shown by default, people not met yet
 * too (in the outer band, with no line from me): nobody disappears from the map until a filter hides them.
 */
import { CHANNELS, type Channel } from '../../../shared/domain/schema';
import type { MapFilters, MapPerson, MapPersonMetrics, RingKey } from './types';

/** The bit mask of a list of channels (bit i = CHANNELS[i]). */
export function channelMaskOf(channels: readonly Channel[]): number {
  let mask = 0;
  for (const c of channels) mask |= 1 << CHANNELS.indexOf(c);
  return mask;
}

export const DEFAULT_RINGS: readonly RingKey[] = [1, 2, 3, 4, 'known', 'not-met'];

export const NO_FILTERS: MapFilters = {
  kinds: [],
  tags: [],
  contexts: [],
  channels: [],
  rings: DEFAULT_RINGS,
  statuses: [],
};

/** True when `person` passes every facet of `filters` at the date `metrics` were computed for. */
export function passesFilters(person: MapPerson, metrics: MapPersonMetrics, filters: MapFilters): boolean {
  if (person.archived) return false;
  if (filters.kinds.length > 0 && !filters.kinds.includes(person.kind)) return false;
  if (filters.tags.length > 0 && !person.tags.some((t) => filters.tags.includes(t))) return false;
  if (filters.contexts.length > 0 && !person.contexts.some((c) => filters.contexts.includes(c))) return false;
  if (filters.channels.length > 0 && (metrics.channelMask & channelMaskOf(filters.channels)) === 0)
    return false;
  if (filters.rings.length > 0 && !filters.rings.includes(metrics.ring)) return false;
  if (filters.statuses.length > 0) {
    const hit = filters.statuses.some((s) => (s === 'neglected' ? metrics.neglected : s === metrics.status));
    if (!hit) return false;
  }
  return true;
}

/** How many facets restrict anything (the default ring selection does not count). */
export function activeFilterCount(filters: MapFilters): number {
  const ringsDefault =
    filters.rings.length === DEFAULT_RINGS.length && DEFAULT_RINGS.every((r) => filters.rings.includes(r));
  return (
    (filters.kinds.length > 0 ? 1 : 0) +
    (filters.tags.length > 0 ? 1 : 0) +
    (filters.contexts.length > 0 ? 1 : 0) +
    (filters.channels.length > 0 ? 1 : 0) +
    (ringsDefault ? 0 : 1) +
    (filters.statuses.length > 0 ? 1 : 0)
  );
}

/** Adds `value` to the facet if absent, removes it if present; returns new filters. */
export function toggleFilter<K extends keyof MapFilters>(
  filters: MapFilters,
  facet: K,
  value: MapFilters[K][number],
): MapFilters {
  const current = filters[facet] as readonly MapFilters[K][number][];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}
