/** Contexts (contexts.*): clubs, associations, fairs, companies — create, change, delete. */
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import { changeContext, removeContext } from './catalog';
import { addContext } from './contexts';

export function contextHandlers({ history, deps }: ServiceContext): HandlerSlice<'contexts'> {
  return {
    'contexts.create': (draft) =>
      history.record(
        (context) => label('createContext', { name: context.name }),
        (db) => addContext(db, draft, deps),
      ),
    'contexts.update': ({ id, patch }) =>
      history.record(
        (context) => label('updateContext', { name: context.name }),
        (db) => changeContext(db, id, patch, deps),
      ),
    'contexts.delete': ({ id }) =>
      history.record(
        (_result, before) =>
          label('deleteContext', { name: before.contexts.find((c) => c.id === id)?.name ?? id }),
        (db) => {
          removeContext(db, id, deps);
          return { id, deleted: true as const };
        },
      ),
  };
}
