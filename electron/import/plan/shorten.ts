/**
 * Values longer than the data file keeps are cut, never silently: each cut is recorded with its line.
 * Cuts fall between grapheme clusters (Intl.Segmenter), so an emoji, a flag or a letter with its accents
 * is never split (a lone surrogate would be stored otherwise), and the value ends in "…".
 */
import type { ShortenedValue } from '../types';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const ELLIPSIS = '…';

/** `value` in at most `max` UTF-16 code units, cut after a whole grapheme and ended with "…". */
export function cutAtGrapheme(value: string, max: number): string {
  if (value.length <= max) return value;
  const budget = max - ELLIPSIS.length;
  // The grapheme that holds code unit `budget` begins at the last boundary that leaves room for "…".
  const cut = graphemes.segment(value).containing(budget)?.index ?? budget;
  return `${value.slice(0, cut)}${ELLIPSIS}`;
}

/** Collects the shortenings of one plan. */
export class Shortenings {
  readonly list: ShortenedValue[] = [];

  /** `value` cut to `max`, recorded when it was longer. */
  cut(value: string, max: number, line: number, field: string): string {
    if (value.length <= max) return value;
    const kept = cutAtGrapheme(value, max);
    this.list.push({ line, field, length: value.length, kept: kept.length });
    return kept;
  }

  /** The entries of a list that fit `max`; the others are left out and recorded. */
  fitting(values: readonly string[], max: number, line: number, field: string): string[] {
    return values.filter((value) => {
      if (value.length <= max) return true;
      this.list.push({ line, field, length: value.length, kept: 0 });
      return false;
    });
  }
}
