/**
 * Backups and the data file, as the Settings view sees them: the daily backups beside the file (restore
 * one as an undoable change, so the current data is never lost), where the file is, and — where the
 * desktop shell provides them — showing its folder and moving it.
 */
import { dirname } from 'node:path';
import type { Database } from '../../../shared/domain/schema';
import { AppError } from '../../errors';
import { unlockWithKey } from '../../store/file-format';
import { listBackups, readDataFile } from '../../store/index';
import type { Store } from '../../store/types';
import type { KeyVault } from '../encryption/key-vault';
import type { PrintActions } from '../print/handlers';

/** What only the desktop shell can do (dialogs, the file manager). Absent in tests and the browser harness. */
export interface DesktopActions {
  /** Shows the data file in the system's file manager. */
  openFolder?: (dataFile: string) => Promise<void>;
  /**
   * Asks where to, moves the data file there and reopens it; undefined when nothing was moved (the
   * user cancelled, or the shell already told them what failed). `keptAs`: where the old file was kept.
   */
  moveDataFile?: (dataFile: string) => Promise<{ path: string; keptAs?: string } | undefined>;
  /** Printing, PDF and image export. */
  print?: PrintActions;
  /** The system's open dialog for a file to import: its path, or undefined when the user cancelled. */
  chooseImportFile?: () => Promise<string | undefined>;
  /** Where keys of encrypted data files are kept (the system's keychain); a session-only vault without. */
  keys?: KeyVault;
}

export async function backupsOf(store: Store): Promise<{ day: string; bytes: number }[]> {
  return (await listBackups(store.path)).map((b) => ({ day: b.day, bytes: b.bytes }));
}

/** The validated content of the backup of `day` (a backup that does not read is refused with its reason). */
export async function readBackup(store: Store, day: string): Promise<Database> {
  const backup = (await listBackups(store.path)).find((b) => b.day === day);
  if (!backup) throw new AppError('not-found', `there is no backup of ${day}`, { day: 'no backup' });
  try {
    return await readDataFile(backup.path, store.key ? { unlock: unlockWithKey(store.key) } : {});
  } catch (error) {
    throw new AppError(
      'invalid-request',
      `the backup of ${day} cannot be read: ${(error as Error).message}`,
      {
        day: 'unreadable',
      },
    );
  }
}

/** Replaces the data with a backup's, keeping today's settings for the language and backups. */
export function replaceWithBackup(draft: Database, backup: Database): { people: number; encounters: number } {
  draft.people = [...backup.people];
  draft.encounters = [...backup.encounters];
  draft.contexts = [...backup.contexts];
  draft.ties = [...backup.ties];
  // The language and the backup policy are how the user works now, not part of the data brought back.
  draft.settings = {
    ...backup.settings,
    language: draft.settings.language,
    backups: draft.settings.backups,
    onboarded: true,
  };
  draft.mapPins = backup.mapPins;
  draft.coverage = backup.coverage;
  return { people: backup.people.length, encounters: backup.encounters.length };
}

export function dataLocation(store: Store, desktop: DesktopActions) {
  return {
    path: store.path,
    folder: dirname(store.path),
    canOpenFolder: desktop.openFolder !== undefined,
    canMove: desktop.moveDataFile !== undefined,
  };
}

export async function openDataFolder(store: Store, desktop: DesktopActions): Promise<{ opened: boolean }> {
  if (!desktop.openFolder)
    throw new AppError('forbidden', 'showing the folder is only possible in the desktop app');
  await desktop.openFolder(store.path);
  return { opened: true };
}

export async function moveDataFile(
  store: Store,
  desktop: DesktopActions,
): Promise<{ moved: boolean; path: string; keptAs?: string }> {
  if (!desktop.moveDataFile)
    throw new AppError('forbidden', 'moving the data file is only possible in the desktop app');
  const previous = store.path;
  const moved = await desktop.moveDataFile(previous);
  if (moved === undefined) return { moved: false, path: previous };
  return { moved: true, path: moved.path, ...(moved.keptAs ? { keptAs: moved.keptAs } : {}) };
}
