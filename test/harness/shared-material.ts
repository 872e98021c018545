/**
 * Reference material from other projects (real vCards and calendars, the SocioPatterns and Copenhagen
 * data sets) is never copied into the repository: it lives in `../shared` beside the checkout, read-only,
 * present in CI and on developer machines, absent on a user's fresh clone. Tests that need it find it
 * here and skip with a visible notice when it is missing.
 *
 * `../shared` is resolved from the repository root; in a git worktree (whose `.git` is a file pointing
 * into the main checkout's `.git/worktrees/`), from the main checkout the worktree belongs to as well.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The main checkout a worktree belongs to, or null when the repository root is not a worktree. */
function mainCheckoutOf(root: string): string | null {
  const dotGit = join(root, '.git');
  try {
    if (!statSync(dotGit).isFile()) return null;
    const match = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
    const gitDir = match?.[1]?.trim();
    const at = gitDir?.lastIndexOf('/.git/worktrees/') ?? -1;
    return gitDir && at > 0 ? gitDir.slice(0, at) : null;
  } catch {
    return null;
  }
}

/** The `../shared` folder, or null when there is none. */
export function sharedRoot(): string | null {
  const candidates = [join(REPO_ROOT, '..', 'shared')];
  const main = mainCheckoutOf(REPO_ROOT);
  if (main) candidates.push(join(main, '..', 'shared'));
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

export interface SharedMaterial {
  /** Absolute path of the file or folder (meaningless when `missing`). */
  path: string;
  missing: boolean;
}

/**
 * A file or folder below `../shared`, e.g. `sharedMaterial('fixtures', 'vcard')`. When it is absent a
 * warning names it and what will be skipped, so a skipped suite never passes silently.
 */
export function sharedMaterial(usedBy: string, ...parts: string[]): SharedMaterial {
  const root = sharedRoot();
  const path = root ? join(root, ...parts) : join(REPO_ROOT, '..', 'shared', ...parts);
  const missing = !existsSync(path);
  if (missing) {
    console.warn(
      `[tiefgang] SKIPPED ${usedBy}: ../shared/${parts.join('/')} is not there (reference material from ` +
        'other projects, present in CI and beside a developer checkout; never part of the repository).',
    );
  }
  return { path, missing };
}
