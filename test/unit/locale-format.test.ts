// Dates and numbers in the three locales the app is written for: de-AT, de-DE and en-GB. The window
// picks the system's own variant of the app language (intlLocale), so an Austrian sees "Jänner" and
// 1 234, a German "Januar" and 1.234, and everyone else the English of the system or en-GB.
import { describe, expect, it } from 'vitest';
import { monthLabel } from '../../renderer/src/charts/series';
import { percent } from '../../renderer/src/i18n/figures';
import { formatEncounterDate, formatList, formatNumber, intlLocale } from '../../renderer/src/i18n/format';
import { modelValues, readNumber } from '../../renderer/src/settings/model-form';
import { defaultModelParams } from '../../shared/domain/model-params';

/** The Austrian thousands separator is a no-break space (U+00A0, or U+202F in newer CLDR data). */
const AT_GROUP = '[\u00a0\u202f]';
const NBSP = '\u00a0';

/** A date-time with the offset of this machine's zone, so its local clock time is 14:30 wherever the test runs. */
function localDateTime(y: number, m: number, d: number, h: number, min: number): string {
  const local = new Date(y, m - 1, d, h, min);
  const offset = -local.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

describe('which locale formats', () => {
  it.each([
    ['de', 'de-AT', 'de-AT'],
    ['de', 'de-DE', 'de-DE'],
    ['de', 'de-CH', 'de-CH'],
    ['de', 'de-de', 'de-DE'], // canonicalised
    ['de', 'de', 'de-AT'], // no region: the default
    ['de', 'en-GB', 'de-AT'], // German app on an English system
    ['de', undefined, 'de-AT'],
    ['de', 'de_DE.UTF-8', 'de-AT'], // not a language tag
    ['en', 'en-GB', 'en-GB'],
    ['en', 'en-US', 'en-US'],
    ['en', 'en', 'en-GB'],
    ['en', 'de-DE', 'en-GB'], // English app on a German system: not "en-DE"
    ['en', 'fr-FR', 'en-GB'],
  ] as const)('app language %s on system %s → %s', (language, system, expected) => {
    expect(intlLocale(language, system)).toBe(expected);
  });
});

describe('dates', () => {
  it('a day of an encounter', () => {
    expect(formatEncounterDate('2026-01-05', 'de-AT')).toBe('05.01.2026');
    expect(formatEncounterDate('2026-01-05', 'de-DE')).toBe('05.01.2026');
    expect(formatEncounterDate('2026-01-05', 'en-GB')).toBe('5 Jan 2026');
  });

  it('a moment of an encounter, in local time', () => {
    const moment = localDateTime(2026, 1, 5, 14, 30);
    expect(formatEncounterDate(moment, 'de-AT')).toBe('05.01.2026, 14:30');
    expect(formatEncounterDate(moment, 'de-DE')).toBe('05.01.2026, 14:30');
    expect(formatEncounterDate(moment, 'en-GB')).toBe('5 Jan 2026, 14:30');
  });

  it('months on the dashboard: Jänner in Austria, Januar in Germany', () => {
    expect(monthLabel('2026-01', 'de-AT')).toBe('Jän. 26');
    expect(monthLabel('2026-01', 'de-DE')).toBe('Jan. 26');
    expect(monthLabel('2026-01', 'en-GB')).toBe('Jan 26');
    expect(monthLabel('2026-01', 'de-AT', false)).toBe('Jän');
    expect(monthLabel('2026-01', 'de-DE', false)).toBe('Jan');
    expect(monthLabel('2026-03', 'en-GB', false)).toBe('Mar');
  });
});

describe('numbers', () => {
  it('thousands and decimals', () => {
    expect(formatNumber(1234567.891, 'de-AT')).toMatch(new RegExp(`^1${AT_GROUP}234${AT_GROUP}567,891$`));
    expect(formatNumber(1234567.891, 'de-DE')).toBe('1.234.567,891');
    expect(formatNumber(1234567.891, 'en-GB')).toBe('1,234,567.891');
    expect(formatNumber(-0.5, 'de-DE')).toBe('-0,5');
  });

  it('percentages', () => {
    expect(percent(0.42, 'de-AT')).toBe(`42${NBSP}%`);
    expect(percent(0.42, 'de-DE')).toBe(`42${NBSP}%`);
    expect(percent(0.42, 'en-GB')).toBe('42%');
  });

  it('model parameters are written with the locale’s decimal mark and read back either way', () => {
    const model = { ...defaultModelParams, halfLifeDays: 182.5 };
    expect(modelValues(model, 'de-AT').halfLifeDays).toBe('182,5');
    expect(modelValues(model, 'de-DE').halfLifeDays).toBe('182,5');
    expect(modelValues(model, 'en-GB').halfLifeDays).toBe('182.5');
    expect(readNumber('182,5')).toBe(182.5);
    expect(readNumber('182.5')).toBe(182.5);
  });
});

describe('lists', () => {
  it('joins names as the language does', () => {
    expect(formatList(['Anna', 'Bert', 'Cleo'], 'de-AT')).toBe('Anna, Bert und Cleo');
    expect(formatList(['Anna', 'Bert', 'Cleo'], 'de-DE')).toBe('Anna, Bert und Cleo');
    expect(formatList(['Anna', 'Bert', 'Cleo'], 'en-GB')).toBe('Anna, Bert and Cleo');
    expect(formatList(['Anna', 'Bert', 'Cleo'], 'en-US')).toBe('Anna, Bert, and Cleo');
  });
});
