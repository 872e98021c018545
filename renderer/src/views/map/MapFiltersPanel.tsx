/** The filters: one group of check boxes per facet; facets combine (AND), choices within one facet add up (OR). */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, PERSON_KINDS } from '../../../../shared/domain/schema';
import { activeFilterCount, NO_FILTERS, toggleFilter } from '../../scene/filters';
import { type MapFilters, RING_KEYS, TIE_STATUSES } from '../../scene/types';

interface Props {
  filters: MapFilters;
  tags: readonly string[];
  contexts: readonly { id: string; name: string }[];
  onChange: (filters: MapFilters) => void;
}

const STATUS_CHOICES = [...TIE_STATUSES, 'neglected'] as const;

/** Memoised: hundreds of check boxes need not re-render at every step of the time slider. */
export const MapFiltersPanel = memo(function MapFiltersPanel({ filters, tags, contexts, onChange }: Props) {
  const { t } = useTranslation();
  const active = activeFilterCount(filters);
  return (
    <details className="map-filters">
      <summary>
        {t('map:filters.title')}
        {active > 0 && <span className="badge">{t('map:filters.active', { count: active })}</span>}
      </summary>
      <div className="map-filters-body">
        <Facet legend={t('map:filters.ring')} name="ring">
          {RING_KEYS.map((r) => (
            <Check
              key={String(r)}
              checked={filters.rings.includes(r)}
              onChange={() => onChange(toggleFilter(filters, 'rings', r))}
            >
              {t(`map:ring.${r}`)}
            </Check>
          ))}
        </Facet>
        <Facet legend={t('map:filters.status')} name="status">
          {STATUS_CHOICES.map((s) => (
            <Check
              key={s}
              checked={filters.statuses.includes(s)}
              onChange={() => onChange(toggleFilter(filters, 'statuses', s))}
            >
              {t(`map:status.${s}`)}
            </Check>
          ))}
        </Facet>
        <Facet legend={t('map:filters.kind')} name="kind">
          {PERSON_KINDS.map((k) => (
            <Check
              key={k}
              checked={filters.kinds.includes(k)}
              onChange={() => onChange(toggleFilter(filters, 'kinds', k))}
            >
              {t(`common:personKind.${k}`)}
            </Check>
          ))}
        </Facet>
        <Facet legend={t('map:filters.channel')} name="channel">
          {CHANNELS.map((c) => (
            <Check
              key={c}
              checked={filters.channels.includes(c)}
              onChange={() => onChange(toggleFilter(filters, 'channels', c))}
            >
              {t(`common:channel.${c}`)}
            </Check>
          ))}
        </Facet>
        <Facet legend={t('map:filters.context')} name="context" scroll>
          {contexts.length === 0 && <span className="muted">{t('map:filters.none')}</span>}
          {contexts.map((c) => (
            <Check
              key={c.id}
              checked={filters.contexts.includes(c.id)}
              onChange={() => onChange(toggleFilter(filters, 'contexts', c.id))}
            >
              {c.name}
            </Check>
          ))}
        </Facet>
        <Facet legend={t('map:filters.tag')} name="tag" scroll>
          {tags.length === 0 && <span className="muted">{t('map:filters.none')}</span>}
          {tags.map((tag) => (
            <Check
              key={tag}
              checked={filters.tags.includes(tag)}
              onChange={() => onChange(toggleFilter(filters, 'tags', tag))}
            >
              {tag}
            </Check>
          ))}
        </Facet>
        <button type="button" className="button" disabled={active === 0} onClick={() => onChange(NO_FILTERS)}>
          {t('map:filters.clear')}
        </button>
      </div>
    </details>
  );
});

function Facet({
  legend,
  name,
  scroll,
  children,
}: {
  legend: string;
  name: string;
  scroll?: boolean;
  children: React.ReactNode;
}) {
  return (
    <fieldset className={scroll ? 'facet is-scroll' : 'facet'} data-facet={name}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Check({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: () => void;
  children: React.ReactNode;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onChange} />
      <span>{children}</span>
    </label>
  );
}
