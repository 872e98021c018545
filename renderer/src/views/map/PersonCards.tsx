/**
 * The hover card, beside the pointer: below and to the right of it, flipped above or to the left where
 * it would run past the map's edge (it is measured before it is painted), and kept inside the map.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { addMonths, dayOf, monthIndexOf } from '../../../../shared/engine/dates';
import type { SceneNode } from '../../scene/types';
import { PersonFigures } from './PersonFigures';

const OFFSET = 14;
const EDGE = 4;

export function HoverCard({
  node,
  at,
  locale,
}: {
  node: SceneNode;
  at: { x: number; y: number };
  locale: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    const area = card?.offsetParent as HTMLElement | null;
    if (!card || !area) return;
    const place = placeCard(
      { x: at.x, y: at.y },
      { width: card.offsetWidth, height: card.offsetHeight },
      { width: area.clientWidth, height: area.clientHeight },
    );
    card.style.left = `${place.left}px`;
    card.style.top = `${place.top}px`;
    card.dataset.flip = [place.flipX ? 'x' : '', place.flipY ? 'y' : ''].join('') || 'none';
  });
  return (
    <div
      ref={ref}
      className="map-hover-card"
      role="tooltip"
      style={{ left: at.x + OFFSET, top: at.y + OFFSET }}
    >
      <strong>{node.name}</strong>
      {node.organisation && <span className="muted"> · {node.organisation}</span>}
      <PersonFigures node={node} locale={locale} />
    </div>
  );
}

/** Where a card of `size` goes beside the point `at` inside an area: flipped where it would not fit. */
export function placeCard(
  at: { x: number; y: number },
  size: { width: number; height: number },
  area: { width: number; height: number },
): { left: number; top: number; flipX: boolean; flipY: boolean } {
  const flipX = at.x + OFFSET + size.width > area.width - EDGE && at.x - OFFSET - size.width >= EDGE;
  const flipY = at.y + OFFSET + size.height > area.height - EDGE && at.y - OFFSET - size.height >= EDGE;
  const left = flipX ? at.x - OFFSET - size.width : at.x + OFFSET;
  const top = flipY ? at.y - OFFSET - size.height : at.y + OFFSET;
  return {
    left: clamp(left, EDGE, area.width - size.width - EDGE),
    top: clamp(top, EDGE, area.height - size.height - EDGE),
    flipX,
    flipY,
  };
}

function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, Math.max(min, max)));
}

/** Encounters per month for the 24 months up to the date, as small bars. */
export function MonthBars({ dates, asOf, label }: { dates: readonly string[]; asOf: string; label: string }) {
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
