/**
 * Type-ahead search (an ARIA combobox): typing highlights every match on the map; choosing one
 * (Enter or click) centres the map on that person, highlights and selects them. Escape clears.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusRequest } from '../../components/use-focus-request';
import { searchPeople } from '../../scene/search';
import type { Scene } from '../../scene/types';

interface Props {
  scene: Scene | undefined;
  /** Further searchable text of a person (their tags). */
  moreText: (id: string) => string;
  onPreview: (ids: readonly string[]) => void;
  onChoose: (id: string) => void;
  onClear: () => void;
}

export function MapSearch({ scene, moreText, onPreview, onChoose, onClear }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useFocusRequest('search', input);
  const hits = useMemo(
    () => (scene ? searchPeople(scene, query, 8, moreText) : []),
    [scene, query, moreText],
  );

  const update = (value: string) => {
    setQuery(value);
    setActive(0);
    setOpen(true);
    if (!value.trim() || !scene) {
      onClear();
      return;
    }
    onPreview(
      searchPeople(scene, value, 50, moreText)
        .filter((h) => h.node.visible)
        .map((h) => h.node.id),
    );
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit?.node.visible) return;
    setQuery(hit.node.name);
    setOpen(false);
    onChoose(hit.node.id);
  };

  return (
    <div className="map-search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t('map:search.label')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && query.trim() !== ''}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t('map:search.placeholder')}
        value={query}
        autoComplete="off"
        onChange={(e) => update(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape') {
            setQuery('');
            setOpen(false);
            onClear();
          }
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => query && setOpen(true)}
      />
      {open && query.trim() !== '' && (
        <div id={`${id}-list`} role="listbox" className="map-search-list" aria-label={t('map:search.label')}>
          {hits.length === 0 && (
            <div role="option" tabIndex={-1} aria-selected={false} aria-disabled="true" className="muted">
              {t('map:search.noMatch')}
            </div>
          )}
          {hits.map((hit, i) => (
            <div
              key={hit.node.id}
              tabIndex={-1}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={!hit.node.visible}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              {hit.node.name}
              {!hit.node.visible && <span className="muted"> · {t('map:search.hidden')}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
