/**
 * Pass 4 — lines from me to each visible person met (width = contact frequency, colour and opacity =
 * recency, fainter towards the outer rings, dashed vermillion = neglected), and pass 5 — ties between
 * visible people. Thousands of lines
 * would hide the rings under a solid disc, so past a threshold they fade in proportion (the legend says
 * so); lines to rings 1–4 and neglected ties keep theirs.
 */
import {
  lineWidthFor,
  NEGLECT_COLOUR,
  NEGLECT_DASH,
  recencyOpacity,
  ringLineOpacity,
  tieWidthFor,
} from '../encodings';
import type { MapPerson, MapTie, SceneEgoLine, SceneNode, SceneTieLine } from '../types';
import { round } from './style';

const KNOWN_LINES_BEFORE_FADING = 300;
const TIES_BEFORE_FADING = 1500;
const TIE_OPACITY = 0.35;
/** The dash pattern of a solid line, shared (one empty array per line would be thousands per step). */
const SOLID: readonly number[] = Object.freeze([]);

/** 1 up to `threshold` items, then falling as threshold / n, never below 0.15. */
export function crowdFactor(n: number, threshold: number): number {
  return n <= threshold ? 1 : Math.max(0.15, threshold / n);
}

export function linesFromMe(nodes: readonly SceneNode[]): { lines: SceneEgoLine[]; crowded: boolean } {
  const lines: SceneEgoLine[] = [];
  let known = 0;
  for (const node of nodes) {
    if (!node.visible || node.ring === 'not-met') continue;
    if (node.ring === 'known') known++;
    const opacity = recencyOpacity(node.recency) * ringLineOpacity(node.ring);
    lines.push({
      personId: node.id,
      x1: 0,
      y1: 0,
      x2: node.x,
      y2: node.y,
      width: round(lineWidthFor(node.ring, node.contactsPerMonth)),
      colour: node.neglected ? NEGLECT_COLOUR : node.recencyColour,
      opacity: round(node.neglected ? Math.max(0.7, opacity) : opacity),
      dash: node.neglected ? NEGLECT_DASH : SOLID,
    });
  }
  const fade = crowdFactor(known, KNOWN_LINES_BEFORE_FADING);
  if (fade < 1) {
    let i = 0;
    for (const node of nodes) {
      if (!node.visible || node.ring === 'not-met') continue;
      const l = lines[i++]!;
      if (node.ring === 'known' && l.dash.length === 0) l.opacity = round(l.opacity * fade);
    }
  }
  return { lines, crowded: fade < 1 };
}

/** The ties between people of the network as index pairs (first record of a pair only), per data. */
export interface TiePairs {
  ends: Int32Array;
  from: Int32Array;
}

export function tiePairsOf(people: readonly MapPerson[], ties: readonly MapTie[]): TiePairs {
  const at = new Map<string, number>();
  people.forEach((p, i) => {
    at.set(p.id, i);
  });
  const seen = new Set<number>();
  const ends: number[] = [];
  const from: number[] = [];
  ties.forEach((t, k) => {
    const ia = at.get(t.a);
    const ib = at.get(t.b);
    if (ia === undefined || ib === undefined || ia === ib) return;
    const key = ia < ib ? ia * people.length + ib : ib * people.length + ia;
    if (seen.has(key)) return;
    seen.add(key);
    ends.push(ia, ib);
    from.push(k);
  });
  return { ends: Int32Array.from(ends), from: Int32Array.from(from) };
}

/** `nodes` in the order of the people the pairs were made from. */
export function tieLines(
  nodes: readonly SceneNode[],
  pairs: TiePairs,
  ties: readonly MapTie[],
): SceneTieLine[] {
  const lines: SceneTieLine[] = [];
  const { ends, from } = pairs;
  for (let k = 0; k < from.length; k++) {
    const a = nodes[ends[2 * k] as number]!;
    const b = nodes[ends[2 * k + 1] as number]!;
    if (!a.visible || !b.visible) continue;
    lines.push({
      a: a.id,
      b: b.id,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      width: round(tieWidthFor(ties[from[k] as number]!.strength)),
      opacity: TIE_OPACITY,
    });
  }
  const fade = crowdFactor(lines.length, TIES_BEFORE_FADING);
  if (fade < 1) for (const l of lines) l.opacity = round(TIE_OPACITY * fade);
  return lines;
}
