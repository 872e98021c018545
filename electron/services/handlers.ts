/**
 * The services behind every IPC channel (the router validates requests before calling these and turns
 * thrown AppErrors into `{ ok: false, error }`).
 */
import type { Handlers } from '../ipc/handlers';
import type { Store } from '../store/types';
import { addContext } from './contexts';
import { defaultDeps, type ServiceDeps } from './deps';
import { addEncounter, changeEncounter, removeEncounter } from './encounters';
import { pinPerson, unpinPerson } from './map-pins';
import { addPerson, changePerson, removePerson } from './people';
import { changeSettings } from './settings';
import { addTie } from './ties';

export interface AppInfo {
  version: string;
  systemLocale: string;
}

export function createHandlers(store: Store, info: AppInfo, deps: ServiceDeps = defaultDeps): Handlers {
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
    'people.create': (draft) => store.update((db) => addPerson(db, draft, deps)),
    'people.update': ({ id, patch }) => store.update((db) => changePerson(db, id, patch, deps)),
    'people.delete': ({ id }) =>
      store.update((db) => {
        removePerson(db, id, deps);
        return { id, deleted: true as const };
      }),
    'encounters.create': (draft) => store.update((db) => addEncounter(db, draft, deps)),
    'encounters.update': ({ id, patch }) => store.update((db) => changeEncounter(db, id, patch, deps)),
    'encounters.delete': ({ id }) =>
      store.update((db) => {
        removeEncounter(db, id);
        return { id, deleted: true as const };
      }),
    'contexts.create': (draft) => store.update((db) => addContext(db, draft, deps)),
    'ties.create': (draft) => store.update((db) => addTie(db, draft, deps)),
    'settings.update': (patch) => store.update((db) => changeSettings(db, patch)),
    'map.pin': (request) => store.update((db) => pinPerson(db, request)),
    'map.unpin': ({ layout, personId }) => store.update((db) => unpinPerson(db, layout, personId)),
  };
}
