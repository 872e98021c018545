/**
 * Type-ahead search (an ARIA combobox): typing highlights every match on the map; choosing one
 * (Enter or click) centres the map on that person, highlights and selects them. Escape clears the text
 * and the highlight, here or anywhere on the map (the text lives in the store, so the map's own Escape
 * clears it too). Typo matches are offered as "Did you mean …?".
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusRequest } from '../../components/use-focus-request';
import { highlightedBy, searchPeople } from '../../scene/search';
import type { Scene } from '../../scene/types';

interface Props {
  scene: Scene | undefined;
  /** The text in the field (kept in the store). */
  query: string;
  /** Further searchable text of a person (their tags). */
  moreText: (id: string) => string;
  /** The text changed: it and the people it highlights. */
  onSearch: (query: string, ids: readonly string[]) => void;
  onChoose: (id: string, name: string) => void;
}

export function MapSearch({ scene, query, moreText, onSearch, onChoose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useFocusRequest('search', input);
  const hits = useMemo(
    () => (scene ? searchPeople(scene, query, 8, moreText) : []),
    [scene, query, moreText],
  );

  const update = (value: string) => {
    setActive(0);
    setOpen(true);
    if (!value.trim() || !scene) {
      onSearch(value, []);
      return;
    }
    onSearch(
      value,
      highlightedBy(searchPeople(scene, value, 50, moreText))
        .filter((h) => h.node.visible)
        .map((h) => h.node.id),
    );
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit?.node.visible) return;
    setOpen(false);
    onChoose(hit.node.id, hit.node.name);
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
            // The field's own Escape (type="search") would clear the text without telling the map.
            e.preventDefault();
            setOpen(false);
            onSearch('', []);
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
              {hit.fuzzy ? t('map:search.didYouMean', { name: hit.node.name }) : hit.node.name}
              {!hit.node.visible && <span className="muted"> · {t('map:search.hidden')}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
