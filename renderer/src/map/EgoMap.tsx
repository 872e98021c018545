/** The map area: lays out the people (pure) and hands the layout to the D3 renderer. */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../model/people-view';
import { layoutEgoMap } from './ego-layout';
import { renderEgoMap } from './render-ego-map';
import { useElementSize } from './use-element-size';

/** Until the box is measured. Afterwards the map is laid out in the SVG's real pixels, so text stays legible. */
const INITIAL_SIZE = { width: 960, height: 560 };

interface Props {
  people: readonly PersonSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

export function EgoMap({ people, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(svgRef, INITIAL_SIZE);
  const layout = useMemo(
    () =>
      layoutEgoMap(
        people.map((p) => ({
          id: p.person.id,
          name: p.person.displayName,
          encounterCount: p.encounterCount,
        })),
        size,
      ),
    [people, size],
  );

  useEffect(() => {
    if (!svgRef.current) return;
    renderEgoMap(svgRef.current, layout, {
      selectedId,
      meLabel: t('map.me'),
      describe: (node) => t('map.node', { name: node.name, count: node.encounterCount }),
      onSelect,
    });
  }, [layout, selectedId, onSelect, t]);

  return (
    <section className="map-area" aria-labelledby="map-title">
      <h2 id="map-title" className="visually-hidden">
        {t('map.title')}
      </h2>
      <p id="map-description" className="visually-hidden">
        {t('map.description')}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the node buttons */}
      <svg
        ref={svgRef}
        className="ego-map"
        role="group"
        aria-labelledby="map-title"
        aria-describedby="map-description"
        preserveAspectRatio="xMidYMid meet"
      />
      {people.length === 0 && <p className="map-empty">{t('map.empty')}</p>}
    </section>
  );
}
