/**
 * The legend beside the map, one block per encoding, samples drawn with the scene's own values, and the
 * map's keys at the end. It folds to a narrow strip with one button (the map takes the room); whether it
 * is open is remembered between sessions (the store keeps it).
 */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NEGLECT_COLOUR, NODE_STROKE, RING_COLOUR } from '../../scene/encodings';
import { resolveText } from '../../scene/text';
import type { LegendEntry, LegendSample } from '../../scene/types';
import { useTranslate } from './use-translate';

/**
 * Drawn again only when the entries change in content: every scene (each step of the time slider)
 * brings a new but usually identical legend.
 */
export const MapLegend = memo(
  LegendView,
  (a, b) =>
    a.open === b.open &&
    a.onToggle === b.onToggle &&
    (a.entries === b.entries || JSON.stringify(a.entries) === JSON.stringify(b.entries)),
);

interface LegendProps {
  entries: readonly LegendEntry[];
  open: boolean;
  onToggle: () => void;
}

function LegendView({ entries, open, onToggle }: LegendProps) {
  const t = useTranslate();
  const { t: tt } = useTranslation();
  const bodyId = useId();
  const toggle = (
    <button
      type="button"
      className="map-legend-toggle"
      aria-expanded={open}
      aria-controls={bodyId}
      onClick={onToggle}
      title={open ? tt('map:legend.hide') : tt('map:legend.show')}
    >
      <span aria-hidden="true">{open ? '›' : '‹'}</span>
      <span className={open ? 'visually-hidden' : 'map-legend-toggle-text'}>
        {open ? tt('map:legend.hide') : t('map:legend.title')}
      </span>
    </button>
  );
  if (!open)
    return (
      <aside className="map-legend is-collapsed" aria-label={t('map:legend.title')}>
        {toggle}
        <div id={bodyId} hidden />
      </aside>
    );
  return (
    <aside className="map-legend" aria-labelledby="map-legend-title">
      <div className="map-legend-head">
        <h3 id="map-legend-title">{t('map:legend.title')}</h3>
        {toggle}
      </div>
      <div id={bodyId}>
        {entries.map((entry) => (
          <section key={entry.id} className="legend-entry" data-legend={entry.id}>
            <h4>{resolveText(t, entry.title)}</h4>
            <ul>
              {entry.samples.map((sample, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: samples are a fixed list per entry
                <li key={i}>
                  <Sample kind={entry.sampleKind} id={entry.id} sample={sample} index={i} />
                  <span>{resolveText(t, sample.label)}</span>
                </li>
              ))}
            </ul>
            {entry.note && <p className="legend-note">{resolveText(t, entry.note)}</p>}
          </section>
        ))}
        <section className="legend-entry" data-legend="keyboard">
          <h4>{tt('map:legend.keyboard')}</h4>
          <p className="legend-note">{tt('map:keyboard.help')}</p>
        </section>
      </div>
    </aside>
  );
}

function Sample({
  kind,
  id,
  sample,
  index,
}: {
  kind: LegendEntry['sampleKind'];
  id: string;
  sample: LegendSample;
  index: number;
}) {
  const w = 34;
  const h = 16;
  let body: React.ReactNode;
  if (kind === 'line') {
    body = (
      <line
        x1={2}
        y1={h / 2}
        x2={w - 2}
        y2={h / 2}
        stroke={sample.colour}
        strokeOpacity={sample.opacity ?? 1}
        strokeWidth={sample.size ?? 1}
        strokeDasharray={sample.dash?.join(' ')}
        strokeLinecap="round"
      />
    );
  } else if (kind === 'node') {
    body = (
      <circle
        cx={w / 2}
        cy={h / 2}
        r={Math.min(7.5, sample.size ?? 4)}
        fill={sample.colour}
        stroke={NODE_STROKE}
      />
    );
  } else if (kind === 'swatch') {
    body = (
      <circle cx={w / 2} cy={h / 2} r={6} fill={sample.colour} stroke={NODE_STROKE} strokeWidth={0.75} />
    );
  } else if (kind === 'ring') {
    const r = 3 + (sample.size ?? 5) * 1.4;
    body = (
      <path
        d={`M ${w / 2 - r} ${h - 1} A ${r} ${r} 0 0 1 ${w / 2 + r} ${h - 1}`}
        fill="none"
        stroke={RING_COLOUR}
        strokeDasharray={sample.size ? undefined : '3 3'}
      />
    );
  } else if (id === 'neglected') {
    body = (
      <>
        <line
          x1={0}
          y1={h / 2}
          x2={w / 2 - 9}
          y2={h / 2}
          stroke={NEGLECT_COLOUR}
          strokeWidth={2}
          strokeDasharray={sample.dash?.join(' ')}
        />
        <circle cx={w / 2 + 2} cy={h / 2} r={4} fill="#ffffff" stroke={NEGLECT_COLOUR} strokeWidth={2} />
        <circle
          cx={w / 2 + 2}
          cy={h / 2}
          r={7}
          fill="none"
          stroke={NEGLECT_COLOUR}
          strokeWidth={1.2}
          strokeDasharray="2 1.5"
        />
      </>
    );
  } else if (id === 'ring-gap') {
    const inward = index === 0;
    body = (
      <>
        <circle
          cx={inward ? 8 : w - 8}
          cy={h / 2}
          r={5}
          fill="none"
          stroke={sample.colour}
          strokeWidth={1.5}
        />
        <line
          x1={inward ? 13 : w - 13}
          y1={h / 2}
          x2={inward ? w - 8 : 8}
          y2={h / 2}
          stroke={sample.colour}
          strokeDasharray="3 2"
        />
        <circle cx={inward ? w - 6 : 6} cy={h / 2} r={3.5} fill="#ffffff" stroke={NODE_STROKE} />
      </>
    );
  } else {
    body = (
      <>
        <circle cx={w / 2} cy={h / 2 + 1} r={5} fill="#ffffff" stroke={NODE_STROKE} />
        <rect x={w / 2 + 2} y={h / 2 - 6} width={5} height={5} fill={sample.colour} />
      </>
    );
  }
  return (
    <svg className="legend-sample" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
      {body}
    </svg>
  );
}
