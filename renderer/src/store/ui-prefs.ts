/**
 * Small choices about the window remembered between sessions on this machine (not in the data file,
 * which holds the user's network, not how they like to look at it): for now whether the map's legend
 * is open. Kept in the page's localStorage; a page without it (a test in Node) remembers nothing.
 */
const PREFIX = 'tiefgang.';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // A page that may not use storage (a sandboxed frame) throws on access.
    return undefined;
  }
}

export function readFlag(name: string, fallback: boolean): boolean {
  const value = storage()?.getItem(PREFIX + name);
  return value === 'true' ? true : value === 'false' ? false : fallback;
}

export function writeFlag(name: string, value: boolean): void {
  try {
    storage()?.setItem(PREFIX + name, String(value));
  } catch {
    // Full or refused: the choice holds for this session only.
  }
}
