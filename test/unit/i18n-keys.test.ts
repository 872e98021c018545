// Every translation key the code names literally exists in both languages: `t('people:detail.log')`,
// and in a component with `useTranslation('review')`, `t('title')` as `review:title`. Keys built at run
// time (`t(`common:channel.${c}`)`) are checked up to their first placeholder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../shared/i18n/resources';

const ROOT = join(__dirname, '..', '..');
const NS = new Set<string>(NAMESPACES);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Whether `path` (dotted) names a string or an object of one language, plurals included. */
function has(tree: unknown, path: string, prefixOnly: boolean): boolean {
  let at: unknown = tree;
  const parts = path.split('.').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    if (typeof at !== 'object' || at === null) return false;
    const o = at as Record<string, unknown>;
    const part = parts[i]!;
    if (part in o) at = o[part];
    else if (i === parts.length - 1 && (`${part}_one` in o || `${part}_other` in o)) return true;
    else return prefixOnly && i === parts.length - 1 && Object.keys(o).some((k) => k.startsWith(part));
  }
  return prefixOnly || typeof at === 'string';
}

function keysIn(file: string): { key: string; prefixOnly: boolean }[] {
  const source = readFileSync(file, 'utf8');
  const own =
    /useTranslation\('([A-Za-z]+)'\)/.exec(source)?.[1] ??
    (/useTranslation\(\)/.test(source) ? 'app' : undefined);
  const found: { key: string; prefixOnly: boolean }[] = [];
  // Qualified keys anywhere in a string: 'ns:some.key' or `ns:some.${x}`.
  for (const m of source.matchAll(/['`]([a-zA-Z]+):([A-Za-z0-9_.-]+)(\$\{)?/g)) {
    if (!NS.has(m[1]!)) continue;
    found.push({ key: `${m[1]}:${m[2]}`, prefixOnly: m[3] !== undefined || m[2]!.endsWith('.') });
  }
  // Unqualified keys in t('…') calls of a component with one namespace.
  if (own) {
    for (const m of source.matchAll(/\bt\(\s*['`]([A-Za-z0-9_.:-]+)(\$\{)?/g)) {
      if (m[1]!.includes(':')) continue;
      found.push({ key: `${own}:${m[1]}`, prefixOnly: m[2] !== undefined || m[1]!.endsWith('.') });
    }
  }
  return found;
}

/** Every `$t(ns:key)` nested in a translation. */
function nestedKeys(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === 'string')
    for (const m of tree.matchAll(/\$t\(([A-Za-z]+:[A-Za-z0-9_.-]+)/g)) out.push(m[1]!);
  else if (tree && typeof tree === 'object') for (const v of Object.values(tree)) nestedKeys(v, out);
  return out;
}

describe('translation keys named in the code', () => {
  it('nested in translations ($t(ns:key)) exist too', () => {
    const missing: string[] = [];
    for (const lang of ['en', 'de'] as const) {
      for (const key of nestedKeys(resources[lang])) {
        const [ns, path] = key.split(':') as [string, string];
        if (!has((resources[lang] as Record<string, unknown>)[ns], path, false))
          missing.push(`${lang} ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  const sources = [...files(join(ROOT, 'renderer/src')), ...files(join(ROOT, 'electron/services'))];
  it('exist in English and German', () => {
    const missing: string[] = [];
    for (const file of sources) {
      for (const { key, prefixOnly } of keysIn(file)) {
        const [ns, path] = key.split(':') as [string, string];
        for (const lang of ['en', 'de'] as const) {
          const tree = (resources[lang] as Record<string, unknown>)[ns];
          if (!has(tree, path, prefixOnly)) missing.push(`${relative(ROOT, file)}: ${lang} ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
