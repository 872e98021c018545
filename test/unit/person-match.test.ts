/**
 * The one way people are found by what the user types (shared/domain/person-match.ts): case, accents,
 * ß/ss, ä/ae, word order, prefixes and small typos; and how whole names are called alike.
 */
import { describe, expect, it } from 'vitest';
import {
  compareMatches,
  foldText,
  matchPerson,
  matchText,
  similarNames,
  typoDistance,
} from '../../shared/domain/person-match';

const finds = (query: string, name: string) => matchText(query, name) !== null;

describe('matchText', () => {
  it.each([
    ['grossinger', 'Karin Größinger'],
    ['GRÖSSINGER', 'Karin Größinger'],
    ['größinger', 'Karin Grossinger'],
    ['mueller', 'Anna Müller'],
    ['müller', 'Anna Mueller'],
    ['muller', 'Anna Müller'],
    ['jose', 'José Álvarez'],
    ['jurgen', 'Jürgen Weiß'],
    ['weiss', 'Jürgen Weiß'],
    ['anna mül', 'Anna Müller'],
    ['müll anna', 'Anna Müller'],
    ['berg', 'Berg, Anna'],
    ['  anna   berg ', 'Anna Berg'],
  ])('%s finds %s without a typo', (query, name) => {
    const m = matchText(query, name);
    expect(m).not.toBeNull();
    expect(m!.fuzzy).toBe(false);
  });

  it.each([
    ['Klara', 'Clara Huber'],
    ['Clara Hueber', 'Clara Huber'],
    ['grossigner', 'Karin Größinger'],
    ['Mülelr', 'Anna Müller'],
    ['Schmitt', 'Petra Schmidt'],
    // Still typing: the start of a longer word with a typo in it.
    ['grosi', 'Karin Größinger'],
  ])('%s finds %s as a typo', (query, name) => {
    const m = matchText(query, name);
    expect(m).not.toBeNull();
    expect(m!.fuzzy).toBe(true);
  });

  it.each([
    ['Jan', 'Jon Berg'], // three letters: no typo forgiven
    ['Klaus', 'Clara Huber'],
    ['anna berg', 'Anna Müller'], // every word must match
    ['', 'Anna'],
  ])('%s does not find %s', (query, name) => {
    expect(finds(query, name)).toBe(false);
  });

  it('without typos, only words, starts and parts of words count', () => {
    expect(matchText('Klara', 'Clara Huber', false)).toBeNull();
    expect(matchText('lar', 'Clara Huber', false)).not.toBeNull();
  });

  it('ranks an equal word before a prefix, a prefix before a part, and every exact match before a typo', () => {
    const equal = matchText('anna', 'Anna Berg')!;
    const prefix = matchText('ann', 'Anna Berg')!;
    const part = matchText('nna', 'Anna Berg')!;
    const typo = matchText('anan', 'Anna Berg')!;
    expect(equal.score).toBeLessThan(prefix.score);
    expect(prefix.score).toBeLessThan(part.score);
    expect(compareMatches(part, typo)).toBeLessThan(0);
    // The first name word typed first ranks before a later word.
    expect(matchText('ber', 'Bernd Huber')!.score).toBeLessThan(matchText('ber', 'Anna Berg')!.score);
  });
});

describe('matchPerson', () => {
  it('finds by the name first, then by other words (organisation, e-mail, tags)', () => {
    expect(matchPerson('acme', 'Anna Berg', 'ACME GmbH anna@acme.example')).not.toBeNull();
    expect(matchPerson('anna@acme', 'Anna Berg', 'anna@acme.example')).not.toBeNull();
    const byName = matchPerson('berg', 'Anna Berg', 'Bergbahn AG')!;
    const byOrganisation = matchPerson('bergbahn', 'Anna Huber', 'Bergbahn AG')!;
    expect(byName.score).toBeLessThan(byOrganisation.score);
  });
});

describe('foldText', () => {
  it('keeps both forms, words in natural order', () => {
    expect(foldText('Größinger, Karin')).toEqual({
      plain: ['karin', 'grossinger'],
      german: ['karin', 'groessinger'],
    });
  });
});

describe('typoDistance', () => {
  it('counts a swap of neighbours as one edit and stops early', () => {
    expect(typoDistance('clara', 'calra', 2)).toBe(1);
    expect(typoDistance('klara', 'clara', 1)).toBe(1);
    expect(typoDistance('anna', 'anna', 0)).toBe(0);
    expect(typoDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('similarNames', () => {
  it.each([
    ['Anna Gruber', 'Ana Gruber', true],
    ['Thomas Meier', 'Thomas Maier', true],
    ['Clara Huber', 'Calra Huber', true],
    ['Anna Gruber', 'Anna Gruber', false], // the same name, not a similar one
    ['Jon', 'John', false], // too short to tell
    ['Anna Gruber', 'Hanna Huber', false],
  ])('%s and %s: %s', (a, b, alike) => {
    expect(similarNames(a, b)).toBe(alike);
  });
});
