/** Ties between two people (ties.*): create and remove. */
import type { HandlerSlice, ServiceContext } from '../context';
import { label, nameOf } from '../history/labels';
import { addTie, removeTie } from './ties';

export function tieHandlers({ history, deps }: ServiceContext): HandlerSlice<'ties'> {
  return {
    'ties.create': (draft) =>
      history.record(
        (tie, before) => label('createTie', { a: nameOf(before, tie.a), b: nameOf(before, tie.b) }),
        (db) => addTie(db, draft, deps),
      ),
    'ties.delete': ({ id }) =>
      history.record(
        (_result, before) => {
          const tie = before.ties.find((t) => t.id === id);
          return label('deleteTie', {
            a: tie ? nameOf(before, tie.a) : id,
            b: tie ? nameOf(before, tie.b) : '',
          });
        },
        (db) => {
          removeTie(db, id);
          return { id, deleted: true as const };
        },
      ),
  };
}
