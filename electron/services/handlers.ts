/**
 * The services behind every IPC channel (the router validates requests before calling these and turns
 * thrown AppErrors into `{ ok: false, error }`).
 */
import type { Handlers } from '../ipc/handlers';
import type { Store } from '../store/types';
import type { DesktopActions } from './backups-service';
import { addContext } from './contexts';
import { defaultDeps, type ServiceDeps } from './deps';
import { addEncounter, changeEncounter, removeEncounter } from './encounters';
import { createEncryptionHandlers } from './encryption-service';
import { createHistory, type History } from './history';
import type { ImportServiceOptions } from './import-service';
import { createSessionVault } from './key-vault';
import { pinPerson, unpinPerson } from './map-pins';
import { addPerson, changePerson, removePerson } from './people';
import { createPrintHandlers } from './print-handlers';
import { markOnboarded } from './review';
import { changeSettings } from './settings';
import { addTie } from './ties';
import { createWorkflowHandlers, label, nameOf } from './workflow-handlers';

/** Without a desktop keychain, keys are known for the life of this process only. */
const sessionVault = createSessionVault();

export interface AppInfo {
  version: string;
  systemLocale: string;
}

/**
 * Every change goes through `history` (one store write each, undoable). `desktop` holds what only the
 * Electron shell can do (show the data folder, move the file); without it those channels say so.
 * `imports` says where import previews run and where their progress goes (default: in this thread).
 */
export function createHandlers(
  store: Store,
  info: AppInfo,
  deps: ServiceDeps = defaultDeps,
  desktop: DesktopActions = {},
  history: History = createHistory(store),
  imports: ImportServiceOptions = {},
): Handlers {
  return {
    'app.info': async () => ({
      version: info.version,
      dataFile: store.path,
      systemLocale: info.systemLocale,
    }),
    'db.snapshot': async () => {
      const { schemaVersion: _version, ...data } = store.read();
      return { revision: store.revision, ...data };
    },
    'people.create': (draft) =>
      history.record(
        (person) => label('createPerson', { name: person.displayName }),
        (db) => {
          markOnboarded(db);
          return addPerson(db, draft, deps);
        },
      ),
    'people.update': ({ id, patch }) =>
      history.record(
        (person) =>
          label(
            patch.archived === true
              ? 'archivePerson'
              : patch.archived === false
                ? 'unarchivePerson'
                : 'updatePerson',
            { name: person.displayName },
          ),
        (db) => changePerson(db, id, patch, deps),
      ),
    'people.delete': ({ id }) =>
      history.record(
        (_result, before) => label('deletePerson', { name: nameOf(before, id) }),
        (db) => {
          removePerson(db, id, deps);
          return { id, deleted: true as const };
        },
      ),
    'encounters.create': (draft) =>
      history.record(
        (encounter) => label('logEncounter', { count: encounter.participants.length }),
        (db) => {
          markOnboarded(db);
          return addEncounter(db, draft, deps);
        },
      ),
    'encounters.update': ({ id, patch }) =>
      history.record(label('updateEncounter'), (db) => changeEncounter(db, id, patch, deps)),
    'encounters.delete': ({ id }) =>
      history.record(label('deleteEncounter'), (db) => {
        removeEncounter(db, id);
        return { id, deleted: true as const };
      }),
    'contexts.create': (draft) =>
      history.record(
        (context) => label('createContext', { name: context.name }),
        (db) => addContext(db, draft, deps),
      ),
    'ties.create': (draft) =>
      history.record(
        (tie, before) => label('createTie', { a: nameOf(before, tie.a), b: nameOf(before, tie.b) }),
        (db) => addTie(db, draft, deps),
      ),
    'settings.update': (patch) =>
      history.record(
        label(patch.language && Object.keys(patch).length === 1 ? 'language' : 'settings'),
        (db) => changeSettings(db, patch),
      ),
    'map.pin': (request) =>
      history.record(
        (_pins, before) => label('pin', { name: nameOf(before, request.personId) }),
        (db) => pinPerson(db, request),
      ),
    'map.unpin': ({ layout, personId }) =>
      history.record(
        (_pins, before) =>
          personId ? label('unpin', { name: nameOf(before, personId) }) : label('unpinAll'),
        (db) => unpinPerson(db, layout, personId),
      ),
    ...createWorkflowHandlers(store, history, deps, desktop, imports),
    ...createPrintHandlers(desktop.print),
    ...createEncryptionHandlers(store, desktop.keys ?? sessionVault),
  };
}
