/**
 * The visual encodings of the map, written down once: every renderer and the legend read them here.
 *
 * - Line width = the ring, i.e. the rhythm the contact keeps: each ring has its own band of widths, and
 *   within it the line grows with contacts per month over the last 12 months. The bands do not overlap,
 *   so a line in ring 1 is always thicker than one in ring 2: width, ring, ring label and rhythm agree by
 *   construction. Fixed domains, so a weekly contact looks the same in every network and at every date.
 * - Recency → colour and opacity on one sequential blue ramp whose lightness rises monotonically with
 *   time since the last contact: colour-blind safe and readable in greyscale (dark = fresh).
 * - Neglect → vermillion (the colour-blind-safe opposite of blue), a dashed line and a ring marker
 *   around the node: the dash and the marker carry it in greyscale.
 * - Node area ∝ depth (square-root scale on the radius).
 * - Node colour by kind or by context: the Okabe–Ito palette (safe for the common colour blindnesses).
 */
import { interpolateBlues, scaleLinear, scaleLog, scaleSqrt } from 'd3';
import type { PersonKind } from '../../../shared/domain/schema';

export const LINE_WIDTH_MIN = 0.5;
export const LINE_WIDTH_MAX = 6;

/**
 * Per ring: the widths (world px) its lines span, and the contacts per month over which they span them
 * (about the ring's rhythm up to about twice it). Known people, who keep no ring's rhythm, get the
 * thinnest lines.
 */
const RING_LINE_BANDS: Record<string, { width: [number, number]; perMonth: [number, number] }> = {
  '1': { width: [4.4, LINE_WIDTH_MAX], perMonth: [3, 9] },
  '2': { width: [2.8, 3.8], perMonth: [0.8, 3] },
  '3': { width: [1.4, 2.1], perMonth: [0.25, 0.8] },
  '4': { width: [0.8, 1.1], perMonth: [0.08, 0.25] },
  known: { width: [LINE_WIDTH_MIN, 0.7], perMonth: [0, 0.25] },
};

/**
 * Lines to the outer rings are also fainter: dozens or hundreds of them cross the middle of the map,
 * where the ring names and the closest people's names are; the inner rings' lines keep their strength.
 */
const RING_LINE_OPACITY: Record<string, number> = { '1': 1, '2': 1, '3': 0.8, '4': 0.55, known: 0.4 };

/** The share of its recency opacity a line to a person in `ring` is drawn with. */
export function ringLineOpacity(ring: string | number): number {
  return RING_LINE_OPACITY[String(ring)] ?? 1;
}

const bandScales = new Map(
  Object.entries(RING_LINE_BANDS).map(([ring, band]) => [
    ring,
    scaleLinear().domain(band.perMonth).range(band.width).clamp(true),
  ]),
);

/**
 * Width (world px) of the line from me to a person in `ring` with this many contacts per month over the
 * last 12 months: inside the ring's band, so it never contradicts the ring.
 */
export function lineWidthFor(ring: string | number, contactsPerMonth: number): number {
  const scale = bandScales.get(String(ring));
  return scale ? scale(Math.max(0, contactsPerMonth)) : LINE_WIDTH_MIN;
}

/** Days since the last contact at which recency is "fresh" (0) and "faded" (1). */
export const RECENCY_FRESH_DAYS = 7;
export const RECENCY_FADED_DAYS = 730;

const recencyScale = scaleLog().domain([RECENCY_FRESH_DAYS, RECENCY_FADED_DAYS]).range([0, 1]).clamp(true);

/** Recency is kept in 1/40 steps: finer than the eye can tell, and the map draws it in few batches. */
const RECENCY_STEPS = 40;

/** 0 (contact within a week) … 1 (two years or more, or never). Logarithmic: the first months matter most. */
export function recencyFor(daysSinceContact: number | undefined): number {
  if (daysSinceContact === undefined) return 1;
  return (
    Math.round(recencyScale(Math.max(RECENCY_FRESH_DAYS, daysSinceContact)) * RECENCY_STEPS) / RECENCY_STEPS
  );
}

const recencyColours = new Map<number, string>();
/** Fresh = dark blue, faded = pale blue. Lightness rises monotonically, so greyscale keeps the order. */
export function recencyColour(recency: number): string {
  let c = recencyColours.get(recency);
  if (c === undefined) {
    c = interpolateBlues(0.95 - 0.6 * recency);
    recencyColours.set(recency, c);
  }
  return c;
}

export function recencyOpacity(recency: number): number {
  return 0.95 - 0.7 * recency;
}

export const NEGLECT_COLOUR = '#d55e00';
/** Dash of a neglected tie's line, in world px at zoom 1. */
export const NEGLECT_DASH: readonly number[] = [6, 4];
export const GAP_COLOUR = '#6a3d9a';
export const DRIFT_OUT_COLOUR = '#d55e00';
export const DRIFT_IN_COLOUR = '#0072b2';
export const TIE_COLOUR = '#7a7a7a';
export const RING_COLOUR = '#9aa5b1';
export const NODE_STROKE = '#1f2933';
export const ME_COLOUR = '#1f2933';

export const NODE_RADIUS_MIN = 2.5;
export const NODE_RADIUS_MAX = 10;
export const ME_RADIUS = 14;

const radiusScale = scaleSqrt().domain([0, 1]).range([NODE_RADIUS_MIN, NODE_RADIUS_MAX]).clamp(true);

/**
 * Largest radius per ring band. Depth is rank-normalised, so in a network of thousands everyone in the
 * rings is near depth 1 and the "known" band holds every size; capping the outer bands keeps thousands
 * of people apart without changing small networks (where outer people are shallow anyway).
 */
const BAND_MAX_RADIUS: Record<string, number> = {
  '1': 10,
  '2': 10,
  '3': 9,
  '4': 8,
  known: 4.5,
  'not-met': 3,
};

/** Node radius: area grows with depth (capped by the person's ring band). */
export function radiusFor(depth: number, ring?: string | number): number {
  const r = radiusScale(Number.isFinite(depth) ? depth : 0);
  return ring === undefined ? r : Math.min(r, BAND_MAX_RADIUS[String(ring)] ?? NODE_RADIUS_MAX);
}

/** Okabe & Ito (2008) colours, without vermillion (reserved for neglect). */
export const KIND_COLOURS: Readonly<Record<PersonKind, string>> = {
  client: '#0072b2',
  prospect: '#e69f00',
  partner: '#009e73',
  colleague: '#56b4e9',
  friend: '#cc79a7',
  family: '#f0e442',
  other: '#a0a0a0',
};

/** Colours for the largest contexts, in order; further contexts share `OTHER_CONTEXT_COLOUR`. */
export const CONTEXT_PALETTE: readonly string[] = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#f0e442',
  '#8c6d31',
];
export const OTHER_CONTEXT_COLOUR = '#c8c8c8';
export const NO_CONTEXT_COLOUR = '#ffffff';

/** Width of a person–person tie line: 0.4 … 1.6 px by the tie's 1–5 rating (1 px when unrated). */
export function tieWidthFor(strength: number | undefined): number {
  if (strength === undefined) return 0.8;
  return 0.4 + ((Math.min(5, Math.max(1, strength)) - 1) / 4) * 1.2;
}

/** How stroke widths follow the zoom factor k: slower than geometry, so lines stay lines. */
export function strokeScale(k: number): number {
  return Math.min(2, Math.max(0.35, Math.sqrt(k)));
}
