/**
 * Where the built print page is: out/renderer/print.html, found from this module's own location — the
 * bundled CLI lives in out/cli/, the sources in electron/print/. Undefined when it has not been built.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRINT_PAGE = 'print.html';

/** Candidate renderer folders for a module at `moduleUrl`, the likeliest first. */
export function rendererDirCandidates(moduleUrl: string): string[] {
  const here = dirname(fileURLToPath(moduleUrl));
  return [
    resolve(here, '../renderer'), // out/cli/tiefgang.mjs → out/renderer
    resolve(here, '../../out/renderer'), // electron/print/*.ts → out/renderer
    resolve(here, '../../../out/renderer'),
  ];
}

export function findRendererDir(
  moduleUrl: string = import.meta.url,
  exists: (path: string) => boolean = existsSync,
): { ok: true; dir: string } | { ok: false; expected: string } {
  const candidates = rendererDirCandidates(moduleUrl);
  for (const dir of candidates) if (exists(resolve(dir, PRINT_PAGE))) return { ok: true, dir };
  // The place a build would put it (an out/renderer folder), for the message.
  const built = candidates.filter((d) => basename(dirname(d)) === 'out');
  const expected = built.find((d) => exists(dirname(d))) ?? built[0] ?? candidates[0]!;
  return { ok: false, expected: resolve(expected, PRINT_PAGE) };
}
