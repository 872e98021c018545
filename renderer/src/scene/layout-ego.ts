/**
 * The ego layout: me in the centre, one band per depth ring (1–4, then "known", then "not yet met"),
 * each person in the band of their ring, deeper people nearer the centre; people of one group (context
 * or component of ties) share an angular sector, so clusters show.
 *
 * Band sizes follow the number of people in them (area per person stays about the same), so 50 and
 * 5,000 people both fill the picture evenly. Only the bands asked for are laid out (a filter that shows
 * rings 1–3 gets rings 1–3, sized to the people shown), and an outer band may be folded: a narrow band
 * that stands for its people without placing them. Inside a sector of a band, people sit in rows from the inner
 * edge outwards, the deepest in the inner rows, evenly spaced along each row. No randomness; the seed
 * only turns the whole picture, so that "the same data and seed" gives the same map.
 */

import type { PersonKind } from '../../../shared/domain/schema';
import { NO_CLUSTER } from './clusters';
import type { Point, RingKey } from './types';

export interface LayoutPerson {
  id: string;
  ring: RingKey;
  depth: number;
  cluster: string;
  /** For naming groups that have no context (the context layout). */
  kind?: PersonKind;
}

export interface EgoBand {
  ring: RingKey;
  inner: number;
  outer: number;
  count: number;
  /** Folded: `count` people belong here but are not placed. */
  folded?: boolean;
}

export interface EgoBands {
  /** The bands to lay out, in any order (default: all six). */
  rings?: readonly RingKey[];
  /** Bands folded into a narrow counted band, with the number of people they stand for. */
  folded?: ReadonlyMap<RingKey, number>;
}

export interface EgoSector {
  cluster: string;
  /** Mid angle in radians (0 = east, clockwise since y grows downwards). */
  angle: number;
  start: number;
  end: number;
  count: number;
}

export interface EgoLayout {
  positions: Map<string, Point>;
  angleOf: Map<string, number>;
  bands: EgoBand[];
  sectors: EgoSector[];
}

const BAND_ORDER: readonly RingKey[] = [1, 2, 3, 4, 'known', 'not-met'];
/** Space per person (side of a square cell, world px) by band; inner rings have bigger nodes. */
const CELL: Record<string, number> = { '1': 48, '2': 40, '3': 32, '4': 26, known: 13, 'not-met': 11 };
const MIN_BAND_WIDTH: Record<string, number> = {
  '1': 46,
  '2': 40,
  '3': 40,
  '4': 40,
  known: 40,
  'not-met': 36,
};
const CENTRE_CLEARANCE = 34;
/** Width of a folded band: room for its name and count, nothing more. */
export const FOLDED_BAND_WIDTH = 30;

export function bandIndex(ring: RingKey): number {
  return BAND_ORDER.indexOf(ring);
}

/** The angle at which the first sector starts: the top, turned by the seed (deterministically). */
export function startAngle(seed: number): number {
  const turn = ((Math.imul(seed | 0, 2654435761) >>> 0) / 2 ** 32) * 0.5 - 0.25;
  return -Math.PI / 2 + turn;
}

/** `people` in id order (buildScene passes them so); placement within a sector relies on it. */
export function layoutEgo(
  people: readonly LayoutPerson[],
  clusterOrder: readonly string[],
  seed: number,
  only: EgoBands = {},
): EgoLayout {
  const total = people.length;
  const clusterIndex = new Map(clusterOrder.map((c, i) => [c, i]));
  const globalCount = new Map<string, number>();
  for (const p of people) globalCount.set(p.cluster, (globalCount.get(p.cluster) ?? 0) + 1);
  const clusters = [...globalCount.keys()].sort(
    (a, b) =>
      (clusterIndex.get(a) ?? Number.MAX_SAFE_INTEGER) - (clusterIndex.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      (a < b ? -1 : 1),
  );
  // `none` last, so the unaffiliated fill the end of the circle rather than splitting groups.
  clusters.sort((a, b) => (a === NO_CLUSTER ? 1 : 0) - (b === NO_CLUSTER ? 1 : 0));

  const byBand = new Map<RingKey, LayoutPerson[]>();
  for (const p of people) (byBand.get(p.ring) ?? byBand.set(p.ring, []).get(p.ring)!).push(p);

  const start = startAngle(seed);
  const full = Math.PI * 2;
  const globalFraction = (c: string) => (total === 0 ? 0 : (globalCount.get(c) ?? 0) / total);

  const positions = new Map<string, Point>();
  const angleOf = new Map<string, number>();
  const bands: EgoBand[] = [];
  let inner = CENTRE_CLEARANCE;

  for (const ring of BAND_ORDER) {
    if (only.rings && !only.rings.includes(ring)) continue;
    const foldedCount = only.folded?.get(ring);
    if (foldedCount !== undefined) {
      bands.push({ ring, inner, outer: inner + FOLDED_BAND_WIDTH, count: foldedCount, folded: true });
      inner += FOLDED_BAND_WIDTH;
      continue;
    }
    const members = byBand.get(ring) ?? [];
    const key = String(ring);
    const cell = CELL[key]!;
    // Each band shares its circle among the sectors half by the global group sizes (so sectors line
    // up across bands) and half by the group sizes in this band (so no sector is overcrowded).
    const local = new Map<string, LayoutPerson[]>();
    for (const p of members) (local.get(p.cluster) ?? local.set(p.cluster, []).get(p.cluster)!).push(p);
    const fractions = clusters.map((c) => {
      const n = local.get(c)?.length ?? 0;
      return members.length === 0 ? globalFraction(c) : 0.5 * globalFraction(c) + 0.5 * (n / members.length);
    });
    let crowding = 1;
    clusters.forEach((c, i) => {
      const n = local.get(c)?.length ?? 0;
      if (n > 0 && members.length > 0) crowding = Math.max(crowding, n / members.length / fractions[i]!);
    });
    const area = members.length * cell * cell * Math.min(2, crowding);
    const outer = Math.max(inner + MIN_BAND_WIDTH[key]!, Math.sqrt(inner * inner + area / Math.PI));
    bands.push({ ring, inner, outer, count: members.length });

    let a0 = start;
    clusters.forEach((c, i) => {
      const span = fractions[i]! * full;
      const group = local.get(c);
      if (group && group.length > 0)
        placeInSector(group, a0, a0 + span, inner, outer, cell, positions, angleOf);
      a0 += span;
    });
    inner = outer;
  }

  const sectors: EgoSector[] = [];
  let a0 = start;
  for (const c of clusters) {
    const span = globalFraction(c) * full;
    sectors.push({
      cluster: c,
      start: a0,
      end: a0 + span,
      angle: a0 + span / 2,
      count: globalCount.get(c) ?? 0,
    });
    a0 += span;
  }
  return { positions, angleOf, bands, sectors };
}

function placeInSector(
  group: LayoutPerson[],
  a0: number,
  a1: number,
  inner: number,
  outer: number,
  cell: number,
  positions: Map<string, Point>,
  angleOf: Map<string, number>,
): void {
  // Deepest first, equal depths by id: the group arrives in id order (layoutEgo's input is) and the sort
  // is stable, so depth alone decides (no string comparisons for the many equal depths).
  const sorted = [...group].sort((p, q) => q.depth - p.depth);
  const k = sorted.length;
  const inset = Math.min(cell / 2, (outer - inner) / 4);
  const rIn = inner + inset;
  const rOut = outer - inset;
  const span = a1 - a0;
  const mid = (rIn + rOut) / 2;
  const pad = Math.min(span * 0.12, cell / 2 / Math.max(mid, 1));
  const b0 = a0 + pad;
  const bSpan = Math.max(0, span - 2 * pad);
  // Rows from the inner to the outer edge, as many as make the cells about square; the deepest
  // people fill the inner rows. Alternate rows are shifted by a quarter step (a hexagonal feel).
  const arcMid = Math.max(bSpan * mid, 1e-6);
  const rows = Math.max(1, Math.min(k, Math.round(Math.sqrt((k * (rOut - rIn)) / arcMid))));
  const radii = Array.from({ length: rows }, (_, j) =>
    rows === 1 ? mid : rIn + ((rOut - rIn) * j) / (rows - 1),
  );
  const arcTotal = radii.reduce((s, r) => s + r, 0);
  let placed = 0;
  let cumulative = 0;
  radii.forEach((r, j) => {
    cumulative += r;
    const upTo = j === rows - 1 ? k : Math.round((k * cumulative) / arcTotal);
    const count = upTo - placed;
    for (let i = 0; i < count; i++) {
      const p = sorted[placed + i]!;
      const shift = rows === 1 ? 0 : j % 2 === 1 ? 0.25 : -0.25;
      const f = count === 1 ? 0.5 + shift / 2 : (i + 0.5 + shift) / count;
      const angle = b0 + f * bSpan;
      positions.set(p.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
      angleOf.set(p.id, angle);
    }
    placed = upTo;
  });
}

/** A point in the middle of `ring`'s band at `angle` (for ring gaps and drift). */
export function bandPoint(bands: readonly EgoBand[], ring: RingKey, angle: number): Point | undefined {
  const band = bands.find((b) => b.ring === ring);
  if (!band) return undefined;
  const r = (band.inner + band.outer) / 2;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
