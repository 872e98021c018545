/**
 * Moving the data file (Settings → Data file → Move…). The user picks the new place in a save dialog;
 * then the current file is copied there durably, the copy is opened as a new core (taking its lock),
 * the new place is remembered for the next start, and only then the old core is closed and the old
 * file renamed to `<name>.moved-<timestamp>.json` beside it — kept, never deleted. If any step before
 * the switch fails, the copy is removed again and the old file and core stay in use, unchanged; the
 * user is told what failed. Electron's dialog and the app's wiring come in as functions.
 */
import { readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { AppCore } from '../core';
import { fsyncDirectory, writeFileDurable } from '../store/durable-write';
import type { CoreSwitch } from './core-switch';

export type MoveProblem =
  | 'samePath'
  | 'targetExists'
  | 'copyFailed'
  | 'openFailed'
  | 'saveLocationFailed'
  | 'changedMeanwhile';

export interface MoveFailure {
  problem: MoveProblem;
  /** The data file that stays in use. */
  file: string;
  target: string;
  reason?: string;
}

export interface MovedFile {
  path: string;
  previous: string;
  /** Where the old file was kept; undefined if renaming it failed (it then stays where it was). */
  keptAs?: string;
}

export interface DataMoveDeps {
  cores: Pick<CoreSwitch, 'current' | 'replace' | 'hold'>;
  /** Opens a core on `dataFile` the way start-up does (same version, locale, desktop actions). */
  openCore(dataFile: string): Promise<AppCore>;
  /** The save dialog: the chosen path, or undefined when cancelled. */
  chooseTarget(currentFile: string): Promise<string | undefined>;
  /** Remembers the new data file for the next start (data-location.ts). */
  saveLocation(dataFile: string): Promise<void>;
  /** Tells the user why nothing was moved (a dialog). */
  showFailure(failure: MoveFailure): Promise<void>;
  log(message: string, error?: unknown): void;
  now?: () => Date;
}

/** `tiefgang.json` → `tiefgang.moved-2026-11-27T12-30-05-123Z.json` (no colons: Windows forbids them). */
export function keptNameFor(dataFile: string, at: Date): string {
  const ext = extname(dataFile);
  const stem = basename(dataFile, ext);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return join(dirname(dataFile), `${stem}.moved-${stamp}${ext || '.json'}`);
}

class MoveError extends Error {
  constructor(
    readonly problem: MoveProblem,
    readonly reason?: string,
  ) {
    super(problem);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The `moveDataFile` desktop action: resolves to the new place, or undefined if nothing was moved. */
export function createDataMover(deps: DataMoveDeps): (dataFile: string) => Promise<MovedFile | undefined> {
  const now = deps.now ?? (() => new Date());

  return async (dataFile) => {
    const chosen = await deps.chooseTarget(dataFile);
    if (!chosen) return undefined;
    const target = resolve(chosen);
    try {
      if (target === resolve(dataFile)) throw new MoveError('samePath');
      if (await exists(target)) throw new MoveError('targetExists');
      return await deps.cores.hold(() => switchTo(dataFile, target), 'data.move');
    } catch (error) {
      const failure: MoveFailure =
        error instanceof MoveError
          ? {
              problem: error.problem,
              file: dataFile,
              target,
              ...(error.reason ? { reason: error.reason } : {}),
            }
          : { problem: 'copyFailed', file: dataFile, target, reason: reasonOf(error) };
      deps.log(`the data file was not moved to ${target}: ${failure.problem}`, error);
      await deps.showFailure(failure);
      return undefined;
    }
  };

  async function switchTo(dataFile: string, target: string): Promise<MovedFile> {
    const old = deps.cores.current();
    const revision = old.store.revision;

    // The file on disk is what the store last wrote durably; no request runs while held.
    try {
      const bytes = await readFile(dataFile);
      await writeFileDurable(target, bytes);
    } catch (error) {
      throw new MoveError('copyFailed', reasonOf(error));
    }

    let next: AppCore;
    try {
      next = await deps.openCore(target);
    } catch (error) {
      await removeCopy(target);
      throw new MoveError('openFailed', reasonOf(error));
    }

    const undo = async (problem: MoveProblem, reason?: string): Promise<never> => {
      await next.close().catch((e: unknown) => deps.log('could not close the copy', e));
      await removeCopy(target);
      throw new MoveError(problem, reason);
    };
    // A menu action (import) may still have written meanwhile: then the copy is behind. Try again later.
    if (old.store.revision !== revision) return undo('changedMeanwhile');
    try {
      await deps.saveLocation(target);
    } catch (error) {
      return undo('saveLocationFailed', reasonOf(error));
    }

    await old.close().catch((error: unknown) => deps.log('could not close the old data file', error));
    if (old.store.revision !== revision) {
      // A write landed while the old store closed (it waits for queued writes): the copy is behind.
      // Go back to the old file, which has everything, and let the user try again.
      deps.cores.replace(await deps.openCore(dataFile));
      await deps.saveLocation(dataFile).catch((e: unknown) => deps.log('could not restore the location', e));
      return undo('changedMeanwhile');
    }
    deps.cores.replace(next);
    return { path: target, previous: dataFile, ...(await keepOld(dataFile)) };
  }

  /** Renames the old file aside (never deletes it); failing that, it simply stays where it was. */
  async function keepOld(dataFile: string): Promise<{ keptAs?: string }> {
    const keptAs = keptNameFor(dataFile, now());
    try {
      // rename would replace a file of that name silently; the timestamp makes one unlikely, but check.
      if (await exists(keptAs)) throw new Error(`${keptAs} exists`);
      await rename(dataFile, keptAs);
      await fsyncDirectory(dirname(dataFile));
      return { keptAs };
    } catch (error) {
      deps.log(`the old data file stays at ${dataFile}: it could not be renamed`, error);
      return {};
    }
  }

  async function removeCopy(target: string): Promise<void> {
    await unlink(target).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') deps.log(`could not remove ${target}`, error);
    });
  }
}
