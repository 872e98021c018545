/**
 * Which browser renders the PDF: the one named by TIEFGANG_CHROMIUM, else the usual places of Debian's
 * Chromium and Google Chrome (and their macOS and Windows homes), else the same names on the PATH. The
 * file system comes in as a function, so the search is tested without those browsers installed.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type ChromiumSearch =
  | { ok: true; path: string }
  | { ok: false; reason: 'not-found'; looked: string[] }
  | { ok: false; reason: 'bad-env'; path: string };

export interface SearchEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Whether `path` is a file this process may execute. */
  isExecutable?: (path: string) => boolean;
}

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Fixed places, in order of preference, per platform. */
export function knownLocations(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => typeof r === 'string' && r !== '',
    );
    return roots.flatMap((root) => [
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  return NAMES.map((name) => `/usr/bin/${name}`);
}

export function defaultIsExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(search: SearchEnvironment): ChromiumSearch {
  const isExecutable = search.isExecutable ?? defaultIsExecutable;
  const named = search.env.TIEFGANG_CHROMIUM?.trim();
  if (named)
    return isExecutable(named) ? { ok: true, path: named } : { ok: false, reason: 'bad-env', path: named };
  const looked: string[] = [];
  const fixed = knownLocations(search.platform, search.env);
  const onPath = (search.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.map((name) => join(dir, search.platform === 'win32' ? `${name}.exe` : name)));
  for (const candidate of [...fixed, ...onPath]) {
    if (looked.includes(candidate)) continue;
    looked.push(candidate);
    if (isExecutable(candidate)) return { ok: true, path: candidate };
  }
  return { ok: false, reason: 'not-found', looked: fixed.concat(NAMES.map((n) => `${n} (PATH)`)) };
}
