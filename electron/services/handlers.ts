/**
 * The services behind every IPC channel, one slice per domain (people, encounters, contexts, ties,
 * settings and plan, the map, history, the data file and backups, the first run, import, print,
 * encryption). The
 * router validates requests before calling these and turns thrown AppErrors into `{ ok: false, error }`.
 * Every change goes through `history` (one store write each, undoable), its label named beside it.
 */
import type { Handlers } from '../ipc/handlers';
import type { Store } from '../store/types';
import { appHandlers, dbHandlers } from './app/handlers';
import type { CalendarFile } from './calendar/calendar-file';
import { calendarHandlers } from './calendar/handlers';
import type { AppInfo, ServiceContext } from './context';
import { contextHandlers } from './contexts/handlers';
import type { DesktopActions } from './data/data-file';
import { backupHandlers, dataHandlers } from './data/handlers';
import { defaultDeps, type ServiceDeps } from './deps';
import { encounterHandlers } from './encounters/handlers';
import { createEncryptionHandlers } from './encryption/encryption-service';
import { createSessionVault } from './encryption/key-vault';
import { historyHandlers } from './history/handlers';
import { createHistory, type History } from './history/history';
import { importHandlers } from './import/handlers';
import type { ImportServiceOptions } from './import-service';
import { mapHandlers } from './map/handlers';
import { peopleHandlers } from './people/handlers';
import { createPrintHandlers } from './print/handlers';
import { planHandlers, settingsHandlers } from './settings/handlers';
import { tieHandlers } from './ties/handlers';
import { sampleHandlers, welcomeHandlers } from './welcome/handlers';

export type { AppInfo } from './context';

/** Without a desktop keychain, keys are known for the life of this process only. */
const sessionVault = createSessionVault();

/**
 * `desktop` holds what only the Electron shell can do (show the data folder, move the file, print);
 * without it those channels say so. `imports` says where import previews run and where their progress
 * goes (default: in this thread). `calendar` is the calendar file the core keeps beside the data file.
 */
export function createHandlers(
  store: Store,
  info: AppInfo,
  deps: ServiceDeps = defaultDeps,
  desktop: DesktopActions = {},
  history: History = createHistory(store),
  imports: ImportServiceOptions = {},
  calendar?: CalendarFile,
): Handlers {
  const context: ServiceContext = {
    store,
    history,
    deps,
    desktop,
    info,
    imports,
    ...(calendar ? { calendar } : {}),
  };
  return {
    ...appHandlers(context),
    ...dbHandlers(context),
    ...peopleHandlers(context),
    ...encounterHandlers(context),
    ...contextHandlers(context),
    ...tieHandlers(context),
    ...settingsHandlers(context),
    ...planHandlers(context),
    ...mapHandlers(context),
    ...historyHandlers(context),
    ...welcomeHandlers(context),
    ...sampleHandlers(context),
    ...importHandlers(context),
    ...backupHandlers(context),
    ...dataHandlers(context),
    ...createPrintHandlers(desktop.print),
    ...createEncryptionHandlers(store, desktop.keys ?? sessionVault),
    ...calendarHandlers(context),
  };
}
