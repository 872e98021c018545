/**
 * The legend: one entry per encoding that is on the map, with samples drawn by the same functions the
 * renderers use (so the legend cannot disagree with the picture). Texts are i18n keys in `map`.
 */
import { PERSON_KINDS } from '../../../shared/domain/schema';
import {
  DRIFT_IN_COLOUR,
  DRIFT_OUT_COLOUR,
  GAP_COLOUR,
  KIND_COLOURS,
  lineWidthFor,
  NEGLECT_COLOUR,
  NEGLECT_DASH,
  NO_CONTEXT_COLOUR,
  OTHER_CONTEXT_COLOUR,
  RING_COLOUR,
  radiusFor,
  recencyColour,
  recencyFor,
  recencyOpacity,
  TIE_COLOUR,
  tieWidthFor,
} from './encodings';
import { literal, ref } from './text';
import type { ColourBy, DriftMonths, LayoutKind, LegendEntry, RingKey, TextRef } from './types';

export interface LegendInput {
  layout: LayoutKind;
  colourBy: ColourBy;
  showTies: boolean;
  drift: DriftMonths;
  ringCadenceDays: readonly [number, number, number, number];
  /** Context colours in legend order (largest first); the rest share "other contexts". */
  contextColours: readonly { name: string; colour: string }[];
  hasOtherContexts: boolean;
  anyPinned: boolean;
  /** Lines to people outside the rings were faded because there are so many. */
  crowded?: boolean;
}

/** "about weekly" etc. for a ring's default cadence in days. */
export function cadenceText(days: number): TextRef {
  if (days >= 5 && days <= 10) return { key: 'cadence.weekly' };
  if (days >= 25 && days <= 35) return { key: 'cadence.monthly' };
  if (days >= 80 && days <= 100) return { key: 'cadence.quarterly' };
  if (days >= 330 && days <= 400) return { key: 'cadence.yearly' };
  return { key: 'cadence.days', params: { count: Math.round(days) } };
}

/**
 * A ring's name with its rhythm ("Ring 1 · about weekly"): rings 1–4 with the rhythm of the settings,
 * the outer bands with what they stand for.
 */
export function ringLabel(ring: RingKey, ringCadenceDays: readonly number[]): TextRef {
  const cadence =
    ring === 'known'
      ? ref('cadence.rarer')
      : ring === 'not-met'
        ? ref('cadence.never')
        : cadenceText(ringCadenceDays[ring - 1]!);
  return ref('ringLabel', { ring: ref(`ring.${ring}`), cadence });
}

/** A folded outer band's name with how many people it stands for ("Known · 1,850 people, folded"). */
export function foldedRingLabel(ring: RingKey, count: number): TextRef {
  return ref('ringLabelFolded', { ring: ref(`ring.${ring}`), count });
}

export function buildLegend(input: LegendInput): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (input.layout === 'ego') {
    entries.push({
      id: 'rings',
      title: { key: 'legend.rings' },
      sampleKind: 'ring',
      samples: [
        ...([1, 2, 3, 4] as const).map((ring) => ({
          label: ringLabel(ring, input.ringCadenceDays),
          colour: RING_COLOUR,
          size: ring,
        })),
        { label: ringLabel('known', input.ringCadenceDays), colour: RING_COLOUR },
      ],
      note: { key: 'legend.closestNote' },
    });
  }
  // One sample per ring, at the ring's own rhythm: the width says the ring.
  const widths: [number | string, number, string][] = [
    [1, 52 / 12, 'legend.weekly'],
    [2, 1, 'legend.monthly'],
    [3, 1 / 3, 'legend.quarterly'],
    [4, 1 / 12, 'legend.yearly'],
    ['known', 0, 'legend.noRhythm'],
  ];
  entries.push({
    id: 'line-width',
    title: { key: 'legend.lineWidth' },
    sampleKind: 'line',
    samples: widths.map(([ring, perMonth, key]) => ({
      label: { key },
      size: lineWidthFor(ring, perMonth),
      colour: recencyColour(0),
      opacity: 1,
    })),
  });
  const recencies: [number, string][] = [
    [7, 'legend.recencyWeek'],
    [30, 'legend.recencyMonth'],
    [91, 'legend.recencyQuarter'],
    [365, 'legend.recencyYear'],
    [730, 'legend.recencyOld'],
  ];
  entries.push({
    id: 'recency',
    title: { key: 'legend.recency' },
    sampleKind: 'line',
    samples: recencies.map(([days, key]) => {
      const r = recencyFor(days);
      return { label: { key }, size: 4, colour: recencyColour(r), opacity: recencyOpacity(r) };
    }),
    note: { key: input.crowded ? 'legend.fadedMany' : 'legend.faded' },
  });
  entries.push({
    id: 'neglected',
    title: { key: 'legend.neglected' },
    sampleKind: 'marker',
    samples: [{ label: { key: 'legend.neglected' }, colour: NEGLECT_COLOUR, size: 3, dash: NEGLECT_DASH }],
    note: { key: 'legend.neglectedNote' },
  });
  if (input.layout === 'ego') {
    entries.push({
      id: 'ring-gap',
      title: { key: 'legend.ringGap' },
      sampleKind: 'marker',
      samples: [
        { label: { key: 'legend.ringGapInward' }, colour: GAP_COLOUR, size: 6 },
        { label: { key: 'legend.ringGapOutward' }, colour: GAP_COLOUR, size: 6 },
      ],
      note: { key: 'legend.ringGapNote' },
    });
  }
  entries.push({
    id: 'node-size',
    title: { key: 'legend.nodeSize' },
    sampleKind: 'node',
    samples: [
      { label: { key: 'legend.shallow' }, size: radiusFor(0.1), colour: '#ffffff' },
      { label: { key: 'legend.medium' }, size: radiusFor(0.5), colour: '#ffffff' },
      { label: { key: 'legend.deep' }, size: radiusFor(1), colour: '#ffffff' },
    ],
    note: { key: 'legend.nodeSizeNote' },
  });
  if (input.colourBy === 'kind') {
    entries.push({
      id: 'node-colour',
      title: { key: 'legend.nodeColourKind' },
      sampleKind: 'swatch',
      samples: PERSON_KINDS.map((k) => ({
        label: { key: `common:personKind.${k}` },
        colour: KIND_COLOURS[k],
      })),
    });
  } else {
    entries.push({
      id: 'node-colour',
      title: { key: 'legend.nodeColourContext' },
      sampleKind: 'swatch',
      samples: [
        ...input.contextColours.map((c) => ({
          label: literal(c.name),
          colour: c.colour,
        })),
        ...(input.hasOtherContexts
          ? [{ label: { key: 'legend.otherContexts' }, colour: OTHER_CONTEXT_COLOUR }]
          : []),
        { label: { key: 'legend.noContext' }, colour: NO_CONTEXT_COLOUR },
      ],
    });
  }
  if (input.showTies) {
    entries.push({
      id: 'ties',
      title: { key: 'legend.ties' },
      sampleKind: 'line',
      samples: [
        { label: { key: 'legend.tieWeak' }, size: tieWidthFor(1), colour: TIE_COLOUR, opacity: 0.6 },
        { label: { key: 'legend.tieStrong' }, size: tieWidthFor(5), colour: TIE_COLOUR, opacity: 0.6 },
      ],
    });
  }
  if (input.drift > 0 && input.layout === 'ego') {
    entries.push({
      id: 'drift',
      title: { key: 'legend.drift', params: { months: input.drift } },
      sampleKind: 'line',
      samples: [
        { label: { key: 'legend.driftOut' }, size: 1.5, colour: DRIFT_OUT_COLOUR, dash: [2, 2] },
        { label: { key: 'legend.driftIn' }, size: 1.5, colour: DRIFT_IN_COLOUR, dash: [2, 2] },
      ],
    });
  }
  if (input.anyPinned) {
    entries.push({
      id: 'pinned',
      title: { key: 'legend.pinned' },
      sampleKind: 'marker',
      samples: [{ label: { key: 'legend.pinned' }, colour: '#1f2933', size: 3 }],
      note: { key: 'legend.pinnedNote' },
    });
  }
  return entries;
}
