// Types of scripts/build-entries.mjs for the unit tests (TypeScript does not read the .mjs itself).
import type { BuildOptions } from 'esbuild';

export declare const MAIN_EXTERNALS: readonly string[];
export declare const IMPORT_WORKER_SOURCE: string;
export declare function importWorkerOptions(
  target: 'main' | 'cli',
  outfile: string,
  root: string,
): BuildOptions;
