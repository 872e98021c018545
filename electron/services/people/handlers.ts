/** People (people.*): create, change, archive, delete, snooze, find duplicates, merge — each one undo step. */

import type { PersonPatch } from '../../../shared/ipc/contract';
import type { HandlerSlice, ServiceContext } from '../context';
import { stamp } from '../deps';
import { label, nameOf } from '../history/labels';
import { markOnboarded, snoozePerson } from '../review/review';
import { findDuplicatePairs } from './duplicates';
import { mergeIntoDraft, previewMerge } from './merge';
import { addPerson, changePerson, finishNextStep, removePerson } from './people';

/** What an edit of a person is called in "Undo: …": the one thing it changed, when it is one of these. */
function updateLabel(patch: PersonPatch): string {
  const keys = Object.keys(patch).filter((k) => patch[k as keyof PersonPatch] !== undefined);
  const only = keys.length === 1 ? keys[0] : undefined;
  if (only === 'archived') return patch.archived ? 'archivePerson' : 'unarchivePerson';
  if (only === 'nextStep') return patch.nextStep ? 'nextStep' : 'clearNextStep';
  if (keys.length > 0 && keys.every((k) => k === 'birthday' || k === 'dates')) return 'personDates';
  return 'updatePerson';
}

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
        (person) => label(updateLabel(patch), { name: person.displayName }),
        (db) => changePerson(db, id, patch, deps),
      ),
    'people.nextStepDone': ({ id }) =>
      history.record(
        (done) => label('nextStepDone', { name: done.person.displayName }),
        (db) => finishNextStep(db, id, deps),
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
