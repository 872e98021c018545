/** Encounters (encounters.*): log (with new people in the same write), change, delete — each one undo step. */
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import { markOnboarded } from '../review/review';
import { addEncounter, changeEncounter, removeEncounter } from './encounters';
import { quickLog } from './quick-log';

export function encounterHandlers({ history, deps }: ServiceContext): HandlerSlice<'encounters'> {
  return {
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
    'encounters.log': (request) =>
      history.record(
        ({ encounter }) => label('logEncounter', { count: encounter.participants.length }),
        (db) => {
          markOnboarded(db);
          return quickLog(db, request, deps);
        },
      ),
  };
}
