// The rules `npm run package:check` applies to app.asar (scripts/package-rules.mjs), on file lists and on
// real package folders in temp directories; the check itself runs electron-builder (see docs/packaging.md).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAsarFiles, packageOf, productionPackages } from '../../scripts/package-rules.mjs';

const root = resolve(import.meta.dirname, '../..');

const built = [
  'out/main/index.cjs',
  'out/main/index.cjs.map',
  'out/main/import-worker.cjs',
  'out/main/import-worker.cjs.map',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/renderer/assets/index-3f9a.js',
  'out/renderer/assets/index-3f9a.css',
  'out/cli/tiefgang.mjs',
  'out/cli/import-worker.mjs',
];
const production = new Map([
  ['node_modules/lowdb', 'lowdb'],
  ['node_modules/steno', 'steno'],
  ['node_modules/@scope/pkg', '@scope/pkg'],
]);
const goodAsar = [
  'package.json',
  ...built.filter((f) => !f.endsWith('.map')),
  'node_modules/lowdb/package.json',
  'node_modules/lowdb/lib/index.js',
  'node_modules/lowdb/lib/index.d.ts',
  'node_modules/steno/package.json',
  'node_modules/steno/lib/index.js',
  'node_modules/@scope/pkg/package.json',
  'node_modules/@scope/pkg/dist/index.cjs',
];
const check = (asarFiles: string[]) =>
  checkAsarFiles({ asarFiles, builtFiles: built, production, devDependencies: ['react', 'vitest'] });

describe('checkAsarFiles', () => {
  it('accepts the built app with exactly its production dependencies', () => {
    expect(check(goodAsar)).toEqual([]);
  });

  it('names a missing main, preload, renderer or built file', () => {
    const without = (f: string) => goodAsar.filter((x) => x !== f);
    expect(check(without('out/preload/index.cjs'))).toEqual([
      'missing out/preload/index.cjs: the built app is incomplete',
      'missing out/preload/index.cjs: built locally but not packed',
    ]);
    expect(check(without('out/renderer/assets/index-3f9a.css'))).toEqual([
      'missing out/renderer/assets/index-3f9a.css: built locally but not packed',
    ]);
    expect(check(without('out/renderer/assets/index-3f9a.js')).join('\n')).toContain(
      'missing out/renderer/assets/*.js',
    );
  });

  it('requires the import worker beside the main process and the CLI, each its own bundle', () => {
    const without = (f: string) => goodAsar.filter((x) => x !== f);
    expect(check(without('out/main/import-worker.cjs'))).toEqual([
      'missing out/main/import-worker.cjs: the built app is incomplete',
      'missing out/main/import-worker.cjs: built locally but not packed',
    ]);
    expect(check(without('out/cli/import-worker.mjs'))).toEqual([
      'missing out/cli/import-worker.mjs: the built app is incomplete',
      'missing out/cli/import-worker.mjs: built locally but not packed',
    ]);
  });

  it('names a missing production dependency', () => {
    expect(check(goodAsar.filter((f) => !f.startsWith('node_modules/steno/')))).toEqual([
      'missing production dependency node_modules/steno (steno)',
    ]);
  });

  it('rejects dev dependencies and packages nobody needs, once per package', () => {
    const problems = check([
      ...goodAsar,
      'node_modules/react/package.json',
      'node_modules/react/index.js',
      'node_modules/lowdb/node_modules/left-pad/index.js',
    ]);
    expect(problems).toEqual([
      'dev dependency node_modules/react is packed',
      'package node_modules/lowdb/node_modules/left-pad is packed but is no production dependency',
    ]);
  });

  it('rejects tests, fixtures, source maps, TypeScript sources and anything outside out/ and node_modules/', () => {
    const problems = check([
      ...goodAsar,
      'out/main/index.cjs.map',
      'test/unit/i18n.test.ts',
      'out/types/shared/domain/schema.d.ts',
      'shared/domain/schema.ts',
      'node_modules/lowdb/src/index.ts',
      'node_modules/lowdb/lib/index.test.js',
      'node_modules/steno/__tests__/a.js',
      'node_modules/steno/fixtures/data.json',
    ]);
    expect(problems).toEqual([
      'source map out/main/index.cjs.map must not be shipped (it embeds the sources)',
      'unexpected test/unit/i18n.test.ts: only package.json, out/ and node_modules/ belong in app.asar',
      'unexpected out/types/shared/domain/schema.d.ts: only out/main, out/preload, out/renderer and out/cli are shipped',
      'unexpected shared/domain/schema.ts: only package.json, out/ and node_modules/ belong in app.asar',
      'TypeScript source node_modules/lowdb/src/index.ts',
      'test file node_modules/lowdb/lib/index.test.js',
      'test or fixture folder "__tests__" in node_modules/steno/__tests__/a.js',
      'test or fixture folder "fixtures" in node_modules/steno/fixtures/data.json',
    ]);
  });
});

describe('packageOf', () => {
  it('finds the innermost package of a node_modules file, scoped or not', () => {
    expect(packageOf('node_modules/zod/v4/index.js')).toBe('node_modules/zod');
    expect(packageOf('node_modules/@a/b/lib/x.js')).toBe('node_modules/@a/b');
    expect(packageOf('node_modules/@a/b/node_modules/c/index.js')).toBe('node_modules/@a/b/node_modules/c');
    expect(packageOf('out/main/index.cjs')).toBeNull();
  });
});

describe('productionPackages', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const pkg = (path: string, json: object) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'package.json'), JSON.stringify(json));
  };

  it('follows dependencies the way Node resolves them, with required peers and installed optionals', () => {
    dir = mkdtempSync(join(tmpdir(), 'tiefgang-prod-'));
    pkg('.', { name: 'app', dependencies: { a: '1' }, devDependencies: { dev: '1' } });
    pkg('node_modules/a', {
      name: 'a',
      dependencies: { b: '2' },
      optionalDependencies: { gone: '1', opt: '1' },
      peerDependencies: { peer: '1', typescript: '6' },
      peerDependenciesMeta: { typescript: { optional: true } },
    });
    pkg('node_modules/a/node_modules/b', { name: 'b', dependencies: { c: '1' } });
    pkg('node_modules/b', { name: 'b' }); // the hoisted b that a does NOT use
    pkg('node_modules/c', { name: 'c' });
    pkg('node_modules/opt', { name: 'opt' });
    pkg('node_modules/peer', { name: 'peer' });
    pkg('node_modules/typescript', { name: 'typescript' });
    pkg('node_modules/dev', { name: 'dev' });
    expect([...productionPackages(dir).keys()].sort()).toEqual([
      'node_modules/a',
      'node_modules/a/node_modules/b',
      'node_modules/c',
      'node_modules/opt',
      'node_modules/peer',
    ]);
  });

  it('says which package needs a dependency that is not installed', () => {
    dir = mkdtempSync(join(tmpdir(), 'tiefgang-prod-'));
    pkg('.', { name: 'app', dependencies: { a: '1' } });
    pkg('node_modules/a', { name: 'a', dependencies: { missing: '1' } });
    expect(() => productionPackages(dir)).toThrow(
      'production dependency "missing" (needed by node_modules/a) is not installed: run npm install',
    );
  });

  it('finds every dependency of this project in its node_modules, and no dev dependency', () => {
    const found = productionPackages(root);
    const names = new Set(found.values());
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of Object.keys(manifest.dependencies)) expect(names).toContain(name);
    for (const name of ['react', 'd3', 'vite', 'vitest', 'electron', 'typescript'])
      expect(names).not.toContain(name);
  });
});
