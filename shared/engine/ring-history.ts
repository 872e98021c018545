/**
 * The ring each person held right after each of their contact days ("ring when last seen").
 *
 * Its default rhythm is the prior of the learned cadence. Taking the ring at the last contact rather than
 * today keeps a neglected close friend measured against the weekly rhythm of the inner ring even after
 * the silence has let them slide outward (the silence does not quietly lower the expectation), and it makes
 * the status depend only on history up to the last contact (monotone in the time since).
 *
 * One sweep over all strength days in date order. Within a half-life group all strengths decay by the same
 * factor, so ordering by `A = log2(S_k) + d_k / H` (fixed between a person's encounters) is ordering by
 * strength at any later day; and A only grows, since an encounter adds weight. So each group keeps just
 * its strongest `ringCaps[3]` (150) people, plus a few, in a sorted list: nobody outside it can enter
 * without an encounter of their own. A person's rank on a day is the number of people ahead in both lists
 * (ties broken by id, as everywhere; keys within rounding of each other are compared by exact strength,
 * exactly as the per-date ranking does); 150 or more ahead means `known`. O(n log c) in strength days.
 */
import type { ModelParams } from '../domain/model-params';
import type { History } from './history';
import { ringForRank } from './rings';
import { pool } from './scratch';
import type { DecayTable } from './strength';

/** Ring codes: 0–3 for rings 1–4, 4 for known, 5 for not met. */
/** Keys closer than this are compared by their exact strengths (keys carry rounding from log2). */
const NEAR_TIE = 1e-9;
/** Extra places in each top list beyond the outermost cap (see ringsAtContact). */
const NEAR_TIE_SLACK = 8;
export const KNOWN_CODE = 4;
export const NOT_MET_CODE = 5;

export function ringCode(rank: number, caps: ModelParams['ringCaps']): number {
  const r = ringForRank(rank, caps);
  return r === 'known' ? KNOWN_CODE : r - 1;
}

/** The strongest `capacity` people of one half-life group, by key descending, then person ascending. */
class TopList {
  readonly keys: Float64Array;
  readonly owners: Int32Array;
  /** 1 for the people currently listed. */
  readonly member: Uint8Array;
  size = 0;

  constructor(
    readonly capacity: number,
    people: number,
  ) {
    this.keys = new Float64Array(capacity);
    this.owners = new Int32Array(capacity);
    this.member = new Uint8Array(people);
  }

  /** Number of entries that rank before (key, owner). */
  countBefore(key: number, owner: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid] as number;
      if (k > key || (k === key && (this.owners[mid] as number) < owner)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sets a member's key to a larger (or equal) one: it moves forward, one shift does it. */
  moveUp(oldKey: number, newKey: number, owner: number): void {
    const from = this.countBefore(oldKey, owner);
    const to = this.countBefore(newKey, owner);
    if (to < from) {
      this.keys.copyWithin(to + 1, to, from);
      this.owners.copyWithin(to + 1, to, from);
    }
    this.keys[to] = newKey;
    this.owners[to] = owner;
  }

  remove(key: number, owner: number): void {
    const at = this.countBefore(key, owner);
    this.keys.copyWithin(at, at + 1, this.size);
    this.owners.copyWithin(at, at + 1, this.size);
    this.size--;
    this.member[owner] = 0;
  }

  /** Inserts a non-member unless the list is full and it ranks after all of it; the last one drops out. */
  insert(key: number, owner: number): void {
    const at = this.countBefore(key, owner);
    if (at >= this.capacity) return;
    if (this.size === this.capacity) this.member[this.owners[this.size - 1] as number] = 0;
    const end = Math.min(this.size, this.capacity - 1);
    this.keys.copyWithin(at + 1, at, end);
    this.owners.copyWithin(at + 1, at, end);
    this.keys[at] = key;
    this.owners[at] = owner;
    this.size = end + 1;
    this.member[owner] = 1;
  }
}

/** Ring codes aligned with `history.cDay`. */
export function ringsAtContact(h: History, params: ModelParams): Int8Array {
  const out = new Int8Array(h.cDay.length).fill(KNOWN_CODE);
  const P = h.people.length;
  const groupHalfLife = [params.halfLifeDays, params.familyHalfLifeDays] as const;
  // A few more than the outermost cap, so that people whose keys differ from the cap's edge only by
  // rounding are still listed and the exact comparison below decides.
  const capacity = params.ringCaps[3] + NEAR_TIE_SLACK;
  const lists = [new TopList(capacity, P), new TopList(capacity, P)] as const;

  // Strength days of active people in day order, as columns (owner, strength, contact day index, day)
  // read front to back by the sweep below; a counting sort by day writes them. Working arrays come from
  // the scratch pool.
  const n = h.sDay.length;
  const bucket = new Int32Array(Math.max(0, h.maxDay - h.minDay) + 2);
  for (let i = 0; i < P; i++) {
    if (!h.active[i]) continue;
    for (let k = h.start[i] as number; k < (h.sEnd[i] as number); k++) {
      const b = (h.sDay[k] as number) - h.minDay + 1;
      bucket[b] = (bucket[b] as number) + 1;
    }
  }
  for (let b = 1; b < bucket.length; b++) bucket[b] = (bucket[b] as number) + (bucket[b - 1] as number);
  const total = bucket[bucket.length - 1] as number;
  const sweepOwner = pool.int('rings.owner', n);
  const sweepEntry = pool.int('rings.entry', n);
  const sweepDay = pool.int('rings.day', n);
  const sweepStrength = pool.float('rings.strength', n);
  const sweepContact = pool.int('rings.contact', n);
  for (let i = 0; i < P; i++) {
    if (!h.active[i]) continue;
    for (let k = h.start[i] as number; k < (h.sEnd[i] as number); k++) {
      const d = h.sDay[k] as number;
      const b = d - h.minDay;
      const at = bucket[b] as number;
      bucket[b] = at + 1;
      sweepOwner[at] = i;
      sweepEntry[at] = k;
      sweepDay[at] = d;
      sweepStrength[at] = h.sCum[k] as number;
      sweepContact[at] = h.sContact[k] as number;
    }
  }

  // Each member's current key. For non-members of a full list, a strength below the list's last entry
  // (as a strength on this day) cannot get in: checked without a logarithm, the threshold is recomputed
  // only when the day or the last entry changes; a safety margin leaves borderline cases to the exact test.
  const current = new Float64Array(P);
  const currentEntry = new Int32Array(P);
  const thresholdDay = [Number.NaN, Number.NaN];
  const thresholdKey = [Number.NaN, Number.NaN];
  const thresholdStrength = [0, 0];
  for (let from = 0; from < total; ) {
    const day = sweepDay[from] as number;
    let to = from + 1;
    while (to < total && sweepDay[to] === day) to++;
    // First every strength change of the day, then the ranks after the day.
    for (let q = from; q < to; q++) {
      const i = sweepOwner[q] as number;
      const g = h.group[i] as number;
      const list = lists[g] as TopList;
      const strength = sweepStrength[q] as number;
      if (!list.member[i] && list.size === capacity) {
        const lastKey = list.keys[capacity - 1] as number;
        if (thresholdDay[g] !== day || thresholdKey[g] !== lastKey) {
          thresholdDay[g] = day;
          thresholdKey[g] = lastKey;
          thresholdStrength[g] = 2 ** (lastKey - day / (groupHalfLife[g] as number));
        }
        if (strength < (thresholdStrength[g] as number) * (1 - 1e-9)) continue;
      }
      const key = Math.log2(strength) + day / (groupHalfLife[g] as number);
      if (!Number.isFinite(key)) {
        if (list.member[i]) list.remove(current[i] as number, i);
        continue;
      }
      if (!list.member[i]) list.insert(key, i);
      else if (key >= (current[i] as number)) list.moveUp(current[i] as number, key, i);
      else {
        // Rounding can make a key a hair smaller than before (e.g. a weight of 0): take the long way.
        list.remove(current[i] as number, i);
        list.insert(key, i);
      }
      current[i] = key;
      currentEntry[i] = sweepEntry[q] as number;
    }
    for (let q = from; q < to; q++) {
      const c = sweepContact[q] as number;
      if (c < 0) continue;
      const i = sweepOwner[q] as number;
      const g = h.group[i] as number;
      // Not in its group's list: ringCaps[3] or more people ahead, so known.
      if (!(lists[g] as TopList).member[i]) continue;
      const strength = sweepStrength[q] as number;
      let rank = 0;
      for (let other = 0; other < 2; other++) {
        const list = lists[other] as TopList;
        if (list.size === 0) continue;
        const threshold =
          other === g ? (current[i] as number) : Math.log2(strength) + day / (groupHalfLife[other] as number);
        // Clearly stronger by key, then the near ties decided exactly as the per-date ranking does.
        const sure = list.countBefore(threshold + NEAR_TIE, -1);
        const near = list.countBefore(threshold - NEAR_TIE, P);
        rank += sure;
        for (let at = sure; at < near; at++) {
          const j = list.owners[at] as number;
          if (j === i) continue;
          const e = currentEntry[j] as number;
          const s =
            (h.sCum[e] as number) * (h.decay[other] as DecayTable).factor(day - (h.sDay[e] as number));
          if (s > strength || (s === strength && j < i)) rank++;
        }
      }
      out[c] = ringCode(rank, params.ringCaps);
    }
    from = to;
  }
  return out;
}
