/**
 * How names, e-mail addresses and phone numbers are compared, the same for the importer, the duplicate
 * search and merging. Matching is by e-mail first (case does not matter), then by a normalised name:
 * case, diacritics (NFD, marks removed), "Family, Given" order and extra spaces do not matter. German
 * spellings without umlauts (Mueller for Müller) get a second key.
 */

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function normaliseEmail(value: string): string {
  return value
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

/** "Berg, Anna" → "Anna Berg"; other names only lose surrounding and repeated spaces. */
export function naturalOrder(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  const parts = clean.split(',');
  if (parts.length === 2) {
    const [family, given] = parts.map((p) => p.trim()) as [string, string];
    if (family && given && !/\d/.test(clean)) return `${given} ${family}`;
  }
  return clean;
}

function stripMarks(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The primary matching key of a name: lower case, no diacritics, natural order, single spaces. */
export function nameKey(name: string): string {
  return stripMarks(naturalOrder(name).toLowerCase())
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The German transliteration key (ä → ae, ö → oe, ü → ue, ß → ss): Müller and Mueller meet here. */
export function transliteratedNameKey(name: string): string {
  const lower = naturalOrder(name).toLowerCase().normalize('NFC');
  return nameKey(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
}

const keyCache = new Map<string, readonly string[]>();

/**
 * Both keys, without repeats; empty for a name of only punctuation. Memoised: an encounters file names
 * the same few hundred people in every row, and normalising is the costly part of matching.
 */
export function nameKeys(name: string): readonly string[] {
  let keys = keyCache.get(name);
  if (keys === undefined) {
    keys = [...new Set([nameKey(name), transliteratedNameKey(name)].filter((k) => k !== ''))];
    if (keyCache.size >= 100_000) keyCache.clear();
    keyCache.set(name, keys);
  }
  return keys;
}

/** Digits only, with a leading + kept, so "+49 (30) 123-45" and "+493012345" compare equal. */
export function normalisePhone(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/** The last 8 digits: the part of a number that survives different prefixes (+49 30…, 030…). */
export function phoneKey(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-8) : null;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). Reuses two rows. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/** Adds values not yet present (compared by `key`), keeping the order of first appearance. */
export function unionBy<T = string>(existing: readonly T[], added: readonly T[], key: (v: T) => string): T[] {
  const seen = new Set(existing.map(key));
  const result = [...existing];
  for (const value of added) {
    const k = key(value);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    result.push(value);
  }
  return result;
}
