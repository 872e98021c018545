/**
 * Who moved between rings over the last 6 or 12 months, in words a person can read beside the map and
 * on the coaching pack's drift page: name, the ring then, the ring now, and since when (the month from
 * which they have been in their ring now, judged at month steps). People not met at either end are
 * left out (meeting someone new is not drift). Pure: the prepared engine in, rows out.
 */
import { addMonths, dayOf, isoDate } from '../../../shared/engine/dates';
import type { PreparedEngine } from '../../../shared/engine/prepare';
import { NOT_MET_CODE, type Ring, ringOfCode } from '../../../shared/engine/rings';

export interface DriftMove {
  id: string;
  name: string;
  from: Ring;
  to: Ring;
  /** `YYYY-MM-DD`: the first month-step day from which they were in the ring they are in now. */
  since: string;
}

export interface DriftMoves {
  /** Moved to an inner ring (a closer rhythm). */
  inward: DriftMove[];
  /** Drifted to an outer ring. */
  outward: DriftMove[];
}

/** Ring codes in order, inner to outer: 0–3 rings 1–4, 4 known (5, not met, is left out). */
export function driftMoves(
  engine: Pick<PreparedEngine, 'figures'>,
  asOf: string,
  months: 6 | 12,
  /** People left out (archived people are left out by the engine already). */
  include: (id: string) => boolean = () => true,
): DriftMoves {
  const t = dayOf(asOf);
  const now = engine.figures(asOf);
  const then = months === 6 ? now.ringSix : now.ringTwelve;
  const movers: number[] = [];
  for (let i = 0; i < now.people.length; i++) {
    const a = then[i] as number;
    const b = now.ring[i] as number;
    if (a === b || a === NOT_MET_CODE || b === NOT_MET_CODE) continue;
    if (now.people[i]!.archived || !include(now.people[i]!.id)) continue;
    movers.push(i);
  }
  // Since when: walk back a month at a time while they were already in today's ring.
  const since = new Map<number, string>(movers.map((i) => [i, asOf]));
  let open = movers;
  for (let m = 1; m < months && open.length > 0; m++) {
    const day = isoDate(addMonths(t, -m));
    const ring = engine.figures(day).ring;
    open = open.filter((i) => {
      if (ring[i] !== now.ring[i]) return false;
      since.set(i, day);
      return true;
    });
  }
  const rows = movers.map((i) => ({
    id: now.people[i]!.id,
    name: now.people[i]!.displayName,
    from: ringOfCode(then[i] as number),
    to: ringOfCode(now.ring[i] as number),
    since: since.get(i)!,
    fromCode: then[i] as number,
    toCode: now.ring[i] as number,
  }));
  // The biggest moves first, then the inner rings, then by name.
  const order = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    Math.abs(b.toCode - b.fromCode) - Math.abs(a.toCode - a.fromCode) ||
    Math.min(a.fromCode, a.toCode) - Math.min(b.fromCode, b.toCode) ||
    a.name.localeCompare(b.name);
  const plain = ({ fromCode: _f, toCode: _t, ...row }: (typeof rows)[number]): DriftMove => row;
  return {
    inward: rows
      .filter((r) => r.toCode < r.fromCode)
      .sort(order)
      .map(plain),
    outward: rows
      .filter((r) => r.toCode > r.fromCode)
      .sort(order)
      .map(plain),
  };
}
