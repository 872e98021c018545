/**
 * Where the user moved the data file to (Settings → Data file → Move…), remembered in
 * `<userData>/location.json` as `{"dataFile": "<absolute path>"}` so the next start opens it.
 * Reading is synchronous because the data file is chosen before anything else starts. The desktop
 * shell (main/data-file.ts) and the CLI both read it, so they open the same file; no `electron` here.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { defaultDataFile, type Env, userDataDir } from './paths';
import { writeFileDurable } from './store/durable-write';

export const LOCATION_FILE_NAME = 'location.json';

export function locationFileIn(userDataDir: string): string {
  return join(userDataDir, LOCATION_FILE_NAME);
}

/**
 * The remembered data file, or undefined when none was saved. A file that cannot be read or holds no
 * absolute path is ignored (the default location is used; Settings shows which file is open).
 */
export function readSavedDataFile(userDataDir: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(locationFileIn(userDataDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    const dataFile = (value as { dataFile?: unknown } | null)?.dataFile;
    return typeof dataFile === 'string' && isAbsolute(dataFile) ? dataFile : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `dataFile` durably (temp file, fsync, rename), so a crash leaves the old or the new choice. */
export async function saveDataFileLocation(userDataDir: string, dataFile: string): Promise<void> {
  await writeFileDurable(locationFileIn(userDataDir), `${JSON.stringify({ dataFile }, null, 2)}\n`);
}

/**
 * The CLI's data file when no --db is given: TIEFGANG_DB, else where the app moved it (location.json in
 * the app's userData folder), else the app's default — the same order the desktop app uses.
 */
export function cliDataFile(env: Env, platform: NodeJS.Platform, homedir: string): string {
  if (env.TIEFGANG_DB?.trim()) return defaultDataFile(env, platform, homedir);
  return readSavedDataFile(userDataDir(env, platform, homedir)) ?? defaultDataFile(env, platform, homedir);
}
