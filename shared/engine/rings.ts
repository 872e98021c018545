/**
 * Rings (Dunbar's layers) by rhythm: a person belongs to the innermost ring whose rhythm their contact
 * keeps (rhythm.ts); the cumulative caps 5 / 15 / 50 / 150 are upper bounds, not quotas — a full ring
 * pushes only its weakest overflow outward, and a ring may be empty. Everyone else with contact is
 * `known`; people with no contact yet are `not-met`.
 */
import type { RingNumber } from '../domain/schema';

export type Ring = RingNumber | 'known' | 'not-met';

export const RINGS: readonly Ring[] = [1, 2, 3, 4, 'known', 'not-met'];

/** Ring codes in typed arrays: 0–3 for rings 1–4, 4 for known, 5 for not met. */
export const KNOWN_CODE = 4;
export const NOT_MET_CODE = 5;

export function ringOfCode(code: number): Ring {
  return RINGS[code] as Ring;
}

/** What the ring placement reads per person (indices as in the engine's people order). */
export interface RingInputs {
  /** Innermost ring (1–4) whose rhythm the person keeps, 0 for none. */
  band: Int8Array;
  /** 1 for people with contact by the date (not archived). */
  met: Uint8Array;
  strength: Float64Array;
  /** Day of the last contact, or −1. */
  lastContact: Int32Array;
  names: readonly string[];
}

/**
 * Ring codes from rhythm bands, with the caps as upper bounds. Ring k takes the people who keep its rhythm
 * and the overflow pushed out of ring k − 1; when they do not fit in its room (its cap minus the people
 * inside it), the weakest are pushed out in turn. Weakest means: keeping a slower rhythm (so a person who
 * keeps a weekly rhythm is never further out than one who keeps a monthly one), then less strength, then
 * the older last contact, then the name — data, never the record id (the id decides only between records
 * identical in all of these, where which one is first cannot be seen). Beyond ring 4: known.
 */
export function assignRings(input: RingInputs, caps: readonly [number, number, number, number]): Int8Array {
  const { band, met, strength, lastContact, names } = input;
  const P = band.length;
  const codes = new Int8Array(P);
  const buckets: number[][] = [[], [], [], []];
  for (let i = 0; i < P; i++) {
    if (!met[i]) codes[i] = NOT_MET_CODE;
    else {
      codes[i] = KNOWN_CODE;
      const b = band[i] as number;
      if (b >= 1 && b <= 4) (buckets[b - 1] as number[]).push(i);
    }
  }
  const before = (x: number, y: number) =>
    (strength[y] as number) - (strength[x] as number) ||
    (lastContact[y] as number) - (lastContact[x] as number) ||
    compareText(names[x] as string, names[y] as string) ||
    x - y;
  // Everyone in order — faster rhythm first, then stronger, … — takes the innermost ring at or outside
  // their own that still has room. Only the first `caps[3]` in that order get a ring at all, so each
  // rhythm's people are only sorted as far as there is room left for them.
  let placed = 0;
  let ring = 0;
  for (let b = 0; b < 4 && placed < (caps[3] as number); b++) {
    const order = strongest(buckets[b] as number[], (caps[3] as number) - placed, strength, before);
    for (const i of order) {
      if (ring < b) ring = b;
      while (ring < 4 && placed >= (caps[ring] as number)) ring++;
      if (ring === 4) break;
      codes[i] = ring;
      placed++;
    }
  }
  return codes;
}

/**
 * The first `count` of `items` (people keeping the same rhythm) in `order`, without sorting all of them:
 * a ring holds at most 150, but thousands may keep a yearly rhythm. Selects the count-th largest strength
 * (O(n)), then sorts only the people at or above it.
 */
function strongest(
  items: readonly number[],
  count: number,
  strength: Float64Array,
  order: (x: number, y: number) => number,
): number[] {
  if (count <= 0 || items.length === 0) return [];
  let candidates: number[] = [...items];
  if (items.length > 2 * count) {
    const values = Float64Array.from(items, (i) => -(strength[i] as number));
    const threshold = -kthSmallest(values, count - 1);
    candidates = items.filter((i) => (strength[i] as number) >= threshold);
  }
  candidates.sort(order);
  return candidates.length > count ? candidates.slice(0, count) : candidates;
}

/** Code-point order (stable across machines and locales, unlike localeCompare). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index of a ring in RINGS (1 → 0 … 'not-met' → 5): smaller is closer. */
export function ringOrder(ring: Ring): number {
  return typeof ring === 'number' ? ring - 1 : ring === 'known' ? 4 : 5;
}

/**
 * Order of indices by strength, strongest first; equal strengths by index (the caller numbers people in
 * id order, so ties break by id). Only indices with strength > 0 (and `eligible`) are ranked. With `limit`,
 * only the first `limit` of that order are returned: the limit-th largest strength is found by selection
 * (O(n)) and only the people at or above it are sorted.
 */
export function rankByStrength(
  strengths: ArrayLike<number>,
  eligible?: (index: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
): Int32Array {
  const picked: number[] = [];
  for (let i = 0; i < strengths.length; i++) {
    if ((strengths[i] as number) > 0 && (eligible === undefined || eligible(i))) picked.push(i);
  }
  let candidates = picked;
  if (limit < picked.length) {
    const values = Float64Array.from(picked, (i) => -(strengths[i] as number));
    const threshold = -kthSmallest(values, limit - 1);
    candidates = picked.filter((i) => (strengths[i] as number) >= threshold);
  }
  const order = Int32Array.from(candidates);
  if (order.length < 256) order.sort((a, b) => (strengths[b] as number) - (strengths[a] as number) || a - b);
  else sortByStrengthDescending(order, strengths);
  return limit < order.length ? order.subarray(0, limit) : order;
}

/**
 * Sorts indices strongest first, equal strengths by index, for thousands of people: a stable radix sort
 * on the upper 32 bits of the (positive) strengths, three passes of 11 bits, then an insertion pass that
 * orders the rare runs equal in those bits exactly. A comparator sort calls back into JavaScript for
 * every comparison and costs several times as much.
 */
function sortByStrengthDescending(order: Int32Array, strengths: ArrayLike<number>): void {
  const n = order.length;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const hi = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  // Complemented, so that ascending keys mean descending strength. The indices arrive ascending (as
  // rankByStrength collects them) and the sort is stable, so equal keys stay in index order.
  let keys = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    bits[0] = strengths[order[r] as number] as number;
    keys[r] = ~(words[hi] as number);
  }
  let idx: Int32Array = order;
  let keysOut = new Int32Array(n);
  let idxOut: Int32Array = new Int32Array(n);
  const count = new Int32Array(2049);
  for (const shift of [0, 11, 22]) {
    count.fill(0);
    for (let r = 0; r < n; r++) {
      const b = (((keys[r] as number) >>> shift) & 2047) + 1;
      count[b] = (count[b] as number) + 1;
    }
    for (let b = 1; b < 2049; b++) count[b] = (count[b] as number) + (count[b - 1] as number);
    for (let r = 0; r < n; r++) {
      const k = keys[r] as number;
      const b = (k >>> shift) & 2047;
      const at = count[b] as number;
      count[b] = at + 1;
      keysOut[at] = k;
      idxOut[at] = idx[r] as number;
    }
    [keys, keysOut] = [keysOut, keys];
    [idx, idxOut] = [idxOut, idx];
  }
  if (idx !== order) order.set(idx);
  // Equal upper bits: order those exactly (strength descending, then index).
  for (let r = 1; r < n; r++) {
    const i = order[r] as number;
    const s = strengths[i] as number;
    let j = r - 1;
    while (j >= 0) {
      const o = order[j] as number;
      const so = strengths[o] as number;
      if (so > s || (so === s && o < i)) break;
      order[j + 1] = o;
      j--;
    }
    order[j + 1] = i;
  }
}

/** The k-th smallest value (0-based) by quickselect (Hoare); reorders `values`. */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = values[i] as number;
        values[i] = values[j] as number;
        values[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}
