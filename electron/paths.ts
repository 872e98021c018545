/**
 * Where the data file lives by default. Pure (no `electron` import, no process globals) so the CLI,
 * the tests and the main process agree: the main process passes `app.getPath('userData')` to
 * `dataFileIn`, the CLI computes the same folder the way Electron does with `defaultDataFile`.
 */
import { posix, win32 } from 'node:path';

/** The app name Electron derives the userData folder from (package.json `productName`). */
export const APP_NAME = 'Tiefgang';
export const DATA_FILE_NAME = 'tiefgang.json';

export type Env = Readonly<Record<string, string | undefined>>;

/** The data file inside an Electron userData folder. */
export function dataFileIn(userDataDir: string, platform: NodeJS.Platform = process.platform): string {
  return (platform === 'win32' ? win32 : posix).join(userDataDir, DATA_FILE_NAME);
}

/**
 * Electron's `app.getPath('userData')` for APP_NAME: `appData` + `/Tiefgang`, where appData is
 * `$XDG_CONFIG_HOME` or `~/.config` on Linux, `~/Library/Application Support` on macOS and
 * `%APPDATA%` on Windows.
 */
export function userDataDir(env: Env, platform: NodeJS.Platform, homedir: string): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(homedir, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', APP_NAME);
  return posix.join(env.XDG_CONFIG_HOME || posix.join(homedir, '.config'), APP_NAME);
}

/** `TIEFGANG_DB` if set (returned as given; callers resolve it against their cwd), else the app's file. */
export function defaultDataFile(env: Env, platform: NodeJS.Platform, homedir: string): string {
  const override = env.TIEFGANG_DB?.trim();
  if (override) return override;
  return dataFileIn(userDataDir(env, platform, homedir), platform);
}
