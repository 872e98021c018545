// The esbuild options of the Node-side bundles, in one place for scripts/build.mjs and for the tests
// that build the import worker on the fly (test/unit/import-worker.test.ts), so both bundle it alike.

/** Production dependencies with a CommonJS entry stay external in the main-process bundles (see build.mjs). */
export const MAIN_EXTERNALS = ['electron', 'zod', 'i18next', 'papaparse', 'playwright-core'];

/** The source of the import worker (a worker_threads entry, see electron/import/preview/worker.ts). */
export const IMPORT_WORKER_SOURCE = 'electron/import/preview/worker.ts';

/**
 * esbuild options for the import worker: beside the main process as CommonJS with the main bundle's
 * externals (`out/main/import-worker.cjs`), beside the CLI as an ES module that leaves every package
 * external (`out/cli/import-worker.mjs`).
 * @param {'main' | 'cli'} target
 * @param {string} outfile
 * @param {string} root the repository root (absWorkingDir)
 */
export function importWorkerOptions(target, outfile, root) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node22',
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
    entryPoints: [IMPORT_WORKER_SOURCE],
    outfile,
    ...(target === 'main'
      ? { format: 'cjs', external: MAIN_EXTERNALS }
      : { format: 'esm', packages: 'external' }),
  };
}
