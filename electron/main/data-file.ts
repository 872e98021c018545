/**
 * Which data file the app opens: `--db <file>` (or `--db=<file>`) on the command line, else the
 * TIEFGANG_DB environment variable, else the place the user moved it to (userData/location.json,
 * data-location.ts), else `tiefgang.json` in Electron's userData folder (electron/paths.ts, shared with
 * the CLI). Relative paths are taken from the working directory.
 */
import { resolve } from 'node:path';
import { readSavedDataFile } from '../data-location';
import { dataFileIn } from '../paths';

export type DataFileChoice =
  | { ok: true; path: string; source: 'argument' | 'environment' | 'saved' | 'default' }
  | { ok: false; problem: 'db-missing-value' };

export function resolveDataFile(options: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  cwd: string;
}): DataFileChoice {
  const { argv, env, userDataDir, cwd } = options;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return { ok: false, problem: 'db-missing-value' };
      return { ok: true, path: resolve(cwd, value), source: 'argument' };
    }
    if (arg.startsWith('--db=')) {
      const value = arg.slice('--db='.length);
      if (!value) return { ok: false, problem: 'db-missing-value' };
      return { ok: true, path: resolve(cwd, value), source: 'argument' };
    }
  }
  const fromEnv = env.TIEFGANG_DB?.trim();
  if (fromEnv) return { ok: true, path: resolve(cwd, fromEnv), source: 'environment' };
  const saved = readSavedDataFile(userDataDir);
  if (saved) return { ok: true, path: saved, source: 'saved' };
  return { ok: true, path: dataFileIn(userDataDir), source: 'default' };
}
