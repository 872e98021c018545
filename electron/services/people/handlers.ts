/** People (people.*): create, change, archive, delete, snooze, find duplicates, merge — each one undo step. */

import type { HandlerSlice, ServiceContext } from '../context';
import { stamp } from '../deps';
import { label, nameOf } from '../history/labels';
import { markOnboarded, snoozePerson } from '../review/review';
import { findDuplicatePairs } from './duplicates';
import { mergeIntoDraft, previewMerge } from './merge';
import { addPerson, changePerson, removePerson } from './people';

export function peopleHandlers({ store, history, deps }: ServiceContext): HandlerSlice<'people'> {
  return {
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
    'people.snooze': ({ id, until }) =>
      history.record(
        (person) => label(until ? 'snooze' : 'unsnooze', { name: person.displayName }),
        (db) => snoozePerson(db, id, until, deps),
      ),
    'people.duplicates': async () => findDuplicatePairs(store.read().people),
    'people.mergePreview': async ({ keepId, removeId }) =>
      previewMerge(store.read(), keepId, removeId, stamp(deps)),
    'people.merge': ({ keepId, removeId }) =>
      history.record(
        (_person, before) =>
          label('merge', { keep: nameOf(before, keepId), remove: nameOf(before, removeId) }),
        (db) => mergeIntoDraft(db, keepId, removeId, stamp(deps)).person,
      ),
  };
}
