/**
 * Finding a person by what the user types, the same way everywhere: the quick log's type-ahead, the
 * map's search, the People table's search, the "did you mean" hint, the duplicate search and the
 * import's look-alikes. What does not matter:
 *
 *  - case and accents ("jose" finds "José", "JÜRGEN" finds "Jürgen");
 *  - German spellings: ß and ss, ä and ae (and ö/oe, ü/ue) — "grossinger" finds "Größinger",
 *    "Mueller" finds "Müller" and the other way round;
 *  - word order and extra spaces; a word may be the start of a name word ("gro hub" finds "Großer Huber");
 *  - small typos: one wrong, missing, extra or swapped letter in a word of 4 letters or more, two in a
 *    word of 8 or more ("Klara" finds "Clara", "Grossigner" finds "Größinger").
 *
 * Each query word must match a word of the person (AND). A match says how good it is (`score`, lower is
 * better) and whether a typo was forgiven (`fuzzy`): a list shows exact and prefix matches as they are
 * and typo matches as "Did you mean …?".
 *
 * Written by hand: the libraries for fuzzy search (Fuse.js, match-sorter) score by character distance
 * over whole strings and know nothing of ß/ss or ä/ae; what is needed here is a word-by-word comparison
 * with a bounded edit distance, about a hundred lines.
 */
import { naturalOrder } from './names';

export interface NameMatch {
  /** Lower is better: 0 per word for an equal word, more for a prefix, a part, a typo. */
  score: number;
  /** A typo had to be forgiven for at least one word. */
  fuzzy: boolean;
  /** The first query word matched the first word of the name (the usual way of typing a name). */
  leading: boolean;
}

/** The forms a text is compared in: plain (marks stripped, ß → ss) and German-transliterated (ä → ae). */
export interface FoldedText {
  /** Words of the plain form. */
  plain: readonly string[];
  /** Words of the transliterated form (the same as `plain` when the text has no umlaut). */
  german: readonly string[];
}

const SPLIT = /[^\p{L}\p{N}]+/u;

function stripMarks(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '');
}

function words(value: string): string[] {
  return value.split(SPLIT).filter((w) => w !== '');
}

const foldCache = new Map<string, FoldedText>();

/** A text in both comparable forms, split into words. Memoised (names repeat at every keystroke). */
export function foldText(text: string): FoldedText {
  let folded = foldCache.get(text);
  if (folded) return folded;
  const lower = naturalOrder(text).toLowerCase().normalize('NFC').replace(/ß/g, 'ss');
  const plain = words(stripMarks(lower));
  const germanText = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  const german = germanText === lower ? plain : words(stripMarks(germanText));
  folded = { plain, german };
  if (foldCache.size >= 50_000) foldCache.clear();
  foldCache.set(text, folded);
  return folded;
}

/** How many typos a word of this length may carry and still match. */
export function typosAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbouring letters as one edit),
 * stopping once it must exceed `max` (then returns max + 1).
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let before = rowA; // row i − 2
  let previous = rowB; // row i − 1
  let current = rowC;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[n]!;
}

/** Word scores (lower is better). */
const EQUAL = 0;
const PREFIX = 1;
const PART = 3;
const TYPO = 4;
const TYPO_PREFIX = 6;
const NO_MATCH = Number.POSITIVE_INFINITY;

/** How well one query word matches one word of the text, with `typos` forgiven (score and whether it did). */
function wordScore(q: string, w: string, typos: boolean): number {
  if (q === w) return EQUAL;
  if (w.startsWith(q)) return PREFIX;
  if (q.length >= 2 && w.includes(q)) return PART;
  if (!typos) return NO_MATCH;
  const allowed = typosAllowed(q.length);
  if (allowed === 0) return NO_MATCH;
  const whole = typoDistance(q, w, allowed);
  if (whole <= allowed) return TYPO + whole;
  // Still typing: the query against the start of a longer word ("grosi" → "grossinger").
  if (q.length >= 5 && w.length > q.length) {
    const start = typoDistance(q, w.slice(0, q.length), allowed);
    if (start <= allowed) return TYPO_PREFIX + start;
  }
  return NO_MATCH;
}

function matchWords(query: readonly string[], text: readonly string[], typos: boolean): NameMatch | null {
  let score = 0;
  let fuzzy = false;
  let leading = false;
  for (let i = 0; i < query.length; i++) {
    const q = query[i]!;
    let best = NO_MATCH;
    let bestIndex = -1;
    for (let j = 0; j < text.length; j++) {
      const s = wordScore(q, text[j]!, typos);
      if (s < best) {
        best = s;
        bestIndex = j;
        if (s === EQUAL) break;
      }
    }
    if (best === NO_MATCH) return null;
    if (best >= TYPO) fuzzy = true;
    if (i === 0 && bestIndex === 0 && best <= PREFIX) leading = true;
    score += best;
  }
  return { score: leading ? score - 0.5 : score, fuzzy, leading };
}

/** The better of two matches (either may be null). */
function better(a: NameMatch | null, b: NameMatch | null): NameMatch | null {
  if (!a) return b;
  if (!b) return a;
  return b.score < a.score ? b : a;
}

/**
 * How well `query` matches `text` (a name, or a name with more searchable words after it), or null.
 * Without `typos`, only equal words, prefixes and parts of words count.
 */
export function matchText(query: string, text: string, typos = true): NameMatch | null {
  const q = foldText(query);
  if (q.plain.length === 0) return null;
  const t = foldText(text);
  // A query typed with umlauts meets names written either way; one typed as "ae" meets "ä" through
  // the transliterated form of the name.
  let found = better(matchWords(q.plain, t.plain, false), matchWords(q.plain, t.german, false));
  if (q.german !== q.plain) found = better(found, matchWords(q.german, t.german, false));
  if (found || !typos) return found;
  found = better(matchWords(q.plain, t.plain, true), matchWords(q.plain, t.german, true));
  if (q.german !== q.plain) found = better(found, matchWords(q.german, t.german, true));
  return found;
}

/**
 * How well `query` matches a person: by name first; other searchable words (organisation, e-mail,
 * tags…) count too, a little lower than the name.
 */
export function matchPerson(query: string, name: string, more = ''): NameMatch | null {
  const byName = matchText(query, name);
  if (byName && !byName.fuzzy) return byName;
  if (!more.trim()) return byName;
  const byAll = matchText(query, `${name} ${more}`);
  if (!byAll) return byName;
  const widened = { ...byAll, score: byAll.score + 0.25 };
  return better(byName, widened);
}

/** Orders matches: exact before typos, then by score. */
export function compareMatches(a: NameMatch, b: NameMatch): number {
  return Number(a.fuzzy) - Number(b.fuzzy) || a.score - b.score;
}

/** Whole names shorter than this (as compared) are never called alike: too many short names are. */
export const MIN_SIMILAR_LENGTH = 5;

/** The typos two whole names of this compared length may be apart and still look alike. */
export function nameTyposAllowed(length: number): number {
  return length >= 10 ? 2 : 1;
}

/** A name as compared whole (plain form, words joined by single spaces; see `foldText`). */
export function comparedName(name: string): string {
  return foldText(name).plain.join(' ');
}

/**
 * Two whole names so alike that they are likely the same person written two ways (Jon/John,
 * Meier/Maier, "Anna Gruber"/"Ana Gruber"): their compared forms (`comparedName`) one typo apart, two
 * from 10 letters on; never names shorter than 5 letters. Equal names are not "similar" (they are the
 * same name). The duplicate search and the import's look-alikes use it.
 */
export function similarNames(a: string, b: string): boolean {
  const x = comparedName(a);
  const y = comparedName(b);
  if (x === y || x.length < MIN_SIMILAR_LENGTH || y.length < MIN_SIMILAR_LENGTH) return false;
  const max = nameTyposAllowed(Math.min(x.length, y.length));
  return typoDistance(x, y, max) <= max;
}
