/** The app itself (app.info) and the whole data as one snapshot with its revision (db.snapshot). */
import type { HandlerSlice, ServiceContext } from '../context';

export function appHandlers({ store, info }: ServiceContext): HandlerSlice<'app'> {
  return {
    'app.info': async () => ({
      version: info.version,
      dataFile: store.path,
      systemLocale: info.systemLocale,
    }),
  };
}

export function dbHandlers({ store }: ServiceContext): HandlerSlice<'db'> {
  return {
    'db.snapshot': async () => {
      const { schemaVersion: _version, ...data } = store.read();
      return { revision: store.revision, ...data };
    },
  };
}
