// The layering of docs/architecture.md, checked on the imports of every source file: each import is
// resolved to the folder it lands in, and each rule below names the folders a folder must not reach.
// Type-only imports count too (a type from the wrong layer is the first step of a wrong dependency).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Import {
  from: string;
  /** Repository path of a relative import (without extension), or the module name as written. */
  to: string;
  relative: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (spec.startsWith('.')) {
      const to = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\\/g, '/');
      found.push({ from: file, to, relative: true });
    } else found.push({ from: file, to: spec, relative: false });
  }
  return found;
}

const FILES = [...sources('shared'), ...sources('electron'), ...sources('renderer/src')];
const IMPORTS = FILES.flatMap(importsOf);

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** [what, folder the rule is about, may not import (folders or module names), except (from → to)] */
const RULES: { name: string; from: string; not: (i: Import) => boolean; except?: (i: Import) => boolean }[] =
  [
    {
      name: 'shared/ is code of both processes: no Electron, Node, DOM or app code in it',
      from: 'shared',
      not: (i) =>
        (i.relative && !under(i.to, 'shared')) ||
        (!i.relative && (i.to === 'electron' || i.to.startsWith('node:'))),
    },
    {
      name: 'the renderer reaches main only through the IPC contract, and has no Node',
      from: 'renderer/src',
      not: (i) => (i.relative && under(i.to, 'electron')) || (!i.relative && i.to.startsWith('node:')),
    },
    {
      name: 'electron/print does not import the Electron shell',
      from: 'electron/print',
      not: (i) => i.relative && under(i.to, 'electron/main'),
    },
    {
      name: 'the services know nothing of the shell, the CLI or printing',
      from: 'electron/services',
      not: (i) =>
        i.relative &&
        ['electron/main', 'electron/cli', 'electron/print', 'electron/preload'].some((f) => under(i.to, f)),
    },
    {
      name: 'services use the import pipeline only through import-service.ts',
      from: 'electron/services',
      not: (i) => i.relative && under(i.to, 'electron/import'),
      except: (i) =>
        i.from === 'electron/services/import-service.ts' ||
        // The name helpers (names.ts) move out of electron/import with the import work; until then the
        // duplicate finder and the merge use them from there.
        (i.to === 'electron/import/names' &&
          ['electron/services/people/duplicates.ts', 'electron/services/people/merge.ts'].includes(i.from)),
    },
    {
      name: 'the store is below the services, the router and the shell',
      from: 'electron/store',
      not: (i) =>
        i.relative &&
        ['electron/services', 'electron/ipc', 'electron/main', 'electron/cli'].some((f) => under(i.to, f)),
    },
    {
      name: 'the CLI runs without Electron',
      from: 'electron/cli',
      not: (i) => (i.relative && under(i.to, 'electron/main')) || (!i.relative && i.to === 'electron'),
    },
    {
      name: 'the preload imports only Electron and the IPC channels and API',
      from: 'electron/preload',
      not: (i) =>
        i.relative
          ? !['shared/ipc/api', 'shared/ipc/channels', 'shared/ipc/contract'].includes(i.to)
          : i.to !== 'electron',
    },
    {
      name: 'views and settings do not import each other',
      from: 'renderer/src/views',
      not: (i) => i.relative && under(i.to, 'renderer/src/settings'),
    },
    {
      name: 'settings and views do not import each other',
      from: 'renderer/src/settings',
      not: (i) => i.relative && under(i.to, 'renderer/src/views'),
    },
    {
      name: 'the scene model is pure: no React, no store, no views',
      from: 'renderer/src/scene',
      not: (i) =>
        (i.relative &&
          ['views', 'settings', 'app', 'store', 'components', 'print'].some((f) =>
            under(i.to, `renderer/src/${f}`),
          )) ||
        (!i.relative && (i.to === 'react' || i.to.startsWith('react-'))),
    },
    {
      name: 'the store is below the components and views that read it',
      from: 'renderer/src/store',
      not: (i) =>
        i.relative &&
        ['views', 'settings', 'app', 'components', 'print', 'quick-log', 'import'].some((f) =>
          under(i.to, `renderer/src/${f}`),
        ),
    },
    {
      name: 'components are shared by the views, not made of them',
      from: 'renderer/src/components',
      not: (i) => i.relative && ['views', 'settings', 'app'].some((f) => under(i.to, `renderer/src/${f}`)),
    },
  ];

describe('layering', () => {
  it('finds the imports of every source file', () => {
    expect(FILES.length).toBeGreaterThan(200);
    expect(IMPORTS.length).toBeGreaterThan(1000);
    // Every relative import lands on a file (a typo in a path would escape the rules).
    const missing = IMPORTS.filter(
      (i) =>
        i.relative &&
        !['', '.ts', '.tsx', '/index.ts', '.css', '.d.ts'].some((ext) => existsSync(join(ROOT, i.to + ext))),
    ).map((i) => `${i.from} → ${i.to}`);
    expect(missing).toEqual([]);
  });

  for (const rule of RULES) {
    it(rule.name, () => {
      const broken = IMPORTS.filter((i) => under(i.from, rule.from) && rule.not(i) && !rule.except?.(i)).map(
        (i) => `${i.from} → ${i.to}`,
      );
      expect(broken).toEqual([]);
    });
  }

  it('would catch a broken rule (a known violation is reported)', () => {
    const fake: Import = { from: 'electron/print/render-pdf.ts', to: 'electron/main/app', relative: true };
    const rule = RULES.find((r) => r.from === 'electron/print')!;
    expect(rule.not(fake)).toBe(true);
  });
});
