import { describe, expect, it } from 'vitest';
import { LOCALES, localeFor, NAMESPACES, resources } from '../../shared/i18n/resources';

/** Flattens nested resources to dotted keys, folding i18next plural suffixes into their base key. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1]!).sort();
}

function strings(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n resources', () => {
  it('has the same namespaces in every locale', () => {
    for (const locale of LOCALES)
      expect(Object.keys(resources[locale]).sort()).toEqual([...NAMESPACES].sort());
  });

  it.each(NAMESPACES)('namespace %s has the same keys in German and English', (ns) => {
    const en = new Set(keysOf(resources.en[ns]));
    const de = new Set(keysOf(resources.de[ns]));
    expect(
      [...de].filter((k) => !en.has(k)),
      'keys only in German',
    ).toEqual([]);
    expect(
      [...en].filter((k) => !de.has(k)),
      'keys only in English',
    ).toEqual([]);
  });

  it.each(NAMESPACES)('namespace %s uses the same placeholders in both languages', (ns) => {
    const de = new Map(strings(resources.de[ns]));
    for (const [key, text] of strings(resources.en[ns])) {
      const other = de.get(key);
      if (other === undefined) continue; // plural forms may differ in count; key parity is checked above
      expect(placeholders(other), `${ns}:${key}`).toEqual(placeholders(text));
    }
  });

  it('has no empty strings', () => {
    for (const locale of LOCALES) {
      for (const ns of NAMESPACES) {
        for (const [key, text] of strings(resources[locale][ns]))
          expect(text.trim(), `${locale}/${ns}:${key}`).not.toBe('');
      }
    }
  });

  it('maps system locales to an app language', () => {
    expect(localeFor('de-AT')).toBe('de');
    expect(localeFor('de-DE')).toBe('de');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('fr-FR')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });
});
