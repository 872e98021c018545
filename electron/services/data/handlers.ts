/** The data file (data.*) and its daily backups (backups.*): where it is, moving it, restoring a backup. */
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import {
  backupsOf,
  dataLocation,
  moveDataFile,
  openDataFolder,
  readBackup,
  replaceWithBackup,
} from './data-file';

export function backupHandlers({ store, history }: ServiceContext): HandlerSlice<'backups'> {
  return {
    'backups.list': () => backupsOf(store),
    'backups.restore': async ({ day }) => {
      const backup = await readBackup(store, day);
      return history.record(label('restore', { day }), (db) => replaceWithBackup(db, backup));
    },
  };
}

export function dataHandlers({ store, desktop }: ServiceContext): HandlerSlice<'data'> {
  return {
    'data.location': async () => dataLocation(store, desktop),
    'data.openFolder': () => openDataFolder(store, desktop),
    'data.move': () => moveDataFile(store, desktop),
  };
}
