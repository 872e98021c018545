#!/usr/bin/env node
// Builds the parts of the app into out/:
//   out/main/index.cjs           Electron main process (esbuild; production dependencies stay external)
//   out/main/import-worker.cjs   the import worker the main process starts for each preview (worker_threads)
//   out/preload/index.cjs        the preload, one CommonJS file with no imports but `electron` (sandbox: true)
//   out/cli/tiefgang.mjs         the command-line entry (esbuild; Node only)
//   out/cli/import-worker.mjs    the same import worker for the command line
//   out/renderer/                the React renderer (Vite)
// Why esbuild + Vite and not electron-vite: see docs/architecture.md ("Build").
import { rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { importWorkerOptions, MAIN_EXTERNALS } from './build-entries.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const want = (part) => only.length === 0 || only.includes(part);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

if (only.length === 0) await rm(resolve(root, 'out'), { recursive: true, force: true });

const jobs = [];
if (want('main')) {
  jobs.push(
    esbuild({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: 'out/main/index.cjs',
      format: 'cjs',
      // Production dependencies with a CommonJS entry are shipped in app.asar and required from there.
      // The ESM-only ones (lowdb, steno, ical.js) are bundled, so the CommonJS main bundle never has to
      // require() an ES module — that works in Node 22.12+, but we do not rely on Electron's Node doing it.
      external: MAIN_EXTERNALS,
    }),
    esbuild(importWorkerOptions('main', 'out/main/import-worker.cjs', root)),
  );
}
if (want('preload')) {
  jobs.push(
    esbuild({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'out/preload/index.cjs',
      format: 'cjs',
      // A sandboxed preload may require only `electron` (and a few Node built-ins): bundle the rest.
      external: ['electron'],
    }),
  );
}
if (want('cli')) {
  jobs.push(
    esbuild({
      ...common,
      entryPoints: ['electron/cli/index.ts'],
      outfile: 'out/cli/tiefgang.mjs',
      format: 'esm',
      packages: 'external',
      banner: { js: '#!/usr/bin/env node' },
    }),
    esbuild(importWorkerOptions('cli', 'out/cli/import-worker.mjs', root)),
  );
}
if (want('renderer')) {
  jobs.push(viteBuild({ configFile: resolve(root, 'renderer/vite.config.ts'), logLevel: 'warn' }));
}
await Promise.all(jobs);
console.log(`built ${only.length ? only.join(', ') : 'main, preload, cli, renderer'} into out/`);
