/**
 * Pass 6 — the ring layout's decoration: the rings with their names and rhythms (1–4 always unless a
 * ring filter leaves them out, the outer bands only when someone is in them; a folded band with its
 * count), the names of the context sectors at the rim, the gap between a
 * person's computed ring and the ring the user wants them in, and the drift from where each tie was 6 or
 * 12 months ago. Empty for the other layouts.
 */
import { bandIndex, bandPoint, type EgoLayout } from '../layout-ego';
import { foldedRingLabel, ringLabel } from '../legend';
import { literal } from '../text';
import type { SceneDrift, SceneGroupLabel, SceneNode, SceneOptions, SceneRing, SceneRingGap } from '../types';
import { round } from './style';

export interface RingDecoration {
  rings: SceneRing[];
  /** Names of the context sectors. */
  groups: SceneGroupLabel[];
  gaps: SceneRingGap[];
  drift: SceneDrift[];
}

const NONE: RingDecoration = { rings: [], groups: [], gaps: [], drift: [] };

export function ringDecoration(
  ego: EgoLayout,
  nodes: readonly SceneNode[],
  contextName: ReadonlyMap<string, string>,
  options: Pick<SceneOptions, 'layout' | 'drift' | 'ringCadenceDays'>,
): RingDecoration {
  if (options.layout !== 'ego') return NONE;
  const rings: SceneRing[] = [];
  for (const band of ego.bands) {
    // Rings 1–4 are the frame (drawn when the filters show them at all); the outer bands only when
    // someone is in them.
    if ((band.ring === 'not-met' || band.ring === 'known') && band.count === 0) continue;
    rings.push({
      ring: band.ring,
      radius: round(band.outer),
      innerRadius: round(band.inner),
      label: band.folded
        ? foldedRingLabel(band.ring, band.count)
        : ringLabel(band.ring, options.ringCadenceDays),
      count: band.count,
      ...(band.folded ? { folded: true } : {}),
    });
  }

  const groups: SceneGroupLabel[] = [];
  const outer = rings.filter((r) => r.ring !== 'not-met').at(-1)?.radius ?? 100;
  for (const s of ego.sectors) {
    if (!contextName.has(s.cluster) || s.count < 2) continue;
    const r = outer + 14;
    const sin = Math.sin(s.angle);
    const cos = Math.cos(s.angle);
    groups.push({
      id: s.cluster,
      label: literal(contextName.get(s.cluster)!),
      x: round(r * cos),
      y: round(r * sin + (sin > 0.5 ? 6 : sin < -0.5 ? -2 : 0)),
      anchor: cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle',
      count: s.count,
    });
  }

  const gaps: SceneRingGap[] = [];
  const drift: SceneDrift[] = [];
  for (const node of nodes) {
    if (!node.visible) continue;
    // Only a wanted ring or the drift view needs the person's angle.
    const gap = node.pinnedRing !== undefined && node.pinnedRing !== node.ring;
    if (!gap && options.drift === 0) continue;
    const angle = ego.angleOf.get(node.id);
    if (angle === undefined) continue;
    if (gap && node.pinnedRing !== undefined) {
      const to = bandPoint(ego.bands, node.pinnedRing, angle);
      if (to) {
        gaps.push({
          personId: node.id,
          from: { x: node.x, y: node.y },
          to: { x: round(to.x), y: round(to.y) },
          ring: node.ring,
          pinnedRing: node.pinnedRing,
          direction: bandIndex(node.pinnedRing) < bandIndex(node.ring) ? 'inward' : 'outward',
        });
      }
    }
    if (options.drift > 0) {
      const then = options.drift === 6 ? node.ringSixMonthsAgo : node.ringTwelveMonthsAgo;
      if (then === undefined || then === node.ring || then === 'not-met' || node.ring === 'not-met') continue;
      const from = bandPoint(ego.bands, then, angle);
      if (!from) continue;
      drift.push({
        personId: node.id,
        from: { x: round(from.x), y: round(from.y) },
        to: { x: node.x, y: node.y },
        ringThen: then,
        ringNow: node.ring,
        direction: bandIndex(node.ring) > bandIndex(then) ? 'outward' : 'inward',
      });
    }
  }
  return { rings, groups, gaps, drift };
}
