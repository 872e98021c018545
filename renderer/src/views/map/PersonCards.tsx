/** The hover card (follows the pointer) and the selection card (stays while a person is selected). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, dayOf, monthIndexOf } from '../../../../shared/engine/dates';
import { PersonAgenda } from '../../next-step/PersonAgenda';
import type { DriftMonths, SceneNode } from '../../scene/types';
import { PersonFigures } from './PersonFigures';

export function HoverCard({
  node,
  at,
  locale,
}: {
  node: SceneNode;
  at: { x: number; y: number };
  locale: string;
}) {
  return (
    <div className="map-hover-card" role="tooltip" style={{ left: at.x + 14, top: at.y + 14 }}>
      <strong>{node.name}</strong>
      {node.organisation && <span className="muted"> · {node.organisation}</span>}
      <PersonFigures node={node} locale={locale} />
    </div>
  );
}

interface SelectionProps {
  node: SceneNode;
  encounterDates: readonly string[];
  asOf: string;
  locale: string;
  drift: DriftMonths;
  onLog: () => void;
  onUnpin: (() => void) | undefined;
  onClose: () => void;
}

export function SelectionCard({
  node,
  encounterDates,
  asOf,
  locale,
  drift,
  onLog,
  onUnpin,
  onClose,
}: SelectionProps) {
  const { t } = useTranslation();
  return (
    <section className="map-selection-card" aria-labelledby="map-selection-name" data-person={node.id}>
      <header>
        <h3 id="map-selection-name">{node.name}</h3>
        <button type="button" className="link-button" onClick={onClose} aria-label={t('map:panel.close')}>
          ×
        </button>
      </header>
      <PersonFigures node={node} locale={locale} driftMonths={drift} />
      <MonthBars dates={encounterDates} asOf={asOf} label={t('map:panel.monthsChart')} />
      <PersonAgenda personId={node.id} compact />
      <div className="map-selection-actions">
        <button type="button" className="button is-primary" onClick={onLog}>
          {t('map:panel.logEncounter')}
        </button>
        {onUnpin && (
          <button type="button" className="button" onClick={onUnpin}>
            {t('map:toolbar.resetPins')}
          </button>
        )}
      </div>
    </section>
  );
}

/** Encounters per month for the 24 months up to the date, as small bars. */
function MonthBars({ dates, asOf, label }: { dates: readonly string[]; asOf: string; label: string }) {
  const counts = useMemo(() => {
    const end = monthIndexOf(dayOf(asOf));
    const start = monthIndexOf(addMonths(dayOf(asOf), -23));
    const out = new Array<number>(end - start + 1).fill(0);
    for (const d of dates) {
      const m = monthIndexOf(dayOf(d));
      if (m >= start && m <= end && dayOf(d) <= dayOf(asOf)) out[m - start]!++;
    }
    return out;
  }, [dates, asOf]);
  const max = Math.max(1, ...counts);
  const w = 6;
  const h = 28;
  return (
    <svg className="month-bars" width={counts.length * w} height={h} role="img" aria-label={label}>
      <title>{label}</title>
      {counts.map((c, i) => (
        <rect
          // biome-ignore lint/suspicious/noArrayIndexKey: one bar per month, in order
          key={i}
          x={i * w + 0.5}
          y={h - (c / max) * h}
          width={w - 1.5}
          height={(c / max) * h}
          fill="#1d5c96"
        />
      ))}
    </svg>
  );
}
