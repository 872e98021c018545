/** Ties between two people: draft operation and store glue. One tie per pair. */
import type { Database, Tie } from '../../../shared/domain/schema';
import type { TieDraft } from '../../../shared/ipc/contract';
import { AppError } from '../../errors';
import { defaultDeps, type ServiceDeps, stamp } from '../deps';
import { buildTie, samePair } from '../records/tie';
import { requirePeople } from '../references';

export function addTie(db: Database, draft: TieDraft, deps: ServiceDeps = defaultDeps): Tie {
  if (draft.a === draft.b) {
    throw new AppError('invalid-request', 'a person cannot be tied to themselves', { b: 'same as a' });
  }
  requirePeople(db, [draft.a, draft.b], 'people');
  if (db.ties.some((t) => samePair(t, draft.a, draft.b))) {
    throw new AppError('conflict', `${draft.a} and ${draft.b} are tied already`, { b: 'already tied' });
  }
  const tie = buildTie(draft, deps.newId(), stamp(deps));
  db.ties.push(tie);
  return tie;
}

export function removeTie(db: Database, id: string): { a: string; b: string } {
  const index = db.ties.findIndex((t) => t.id === id);
  if (index === -1) throw new AppError('not-found', `there is no tie with id ${id}`, { id: 'unknown tie' });
  const [tie] = db.ties.splice(index, 1);
  return { a: tie!.a, b: tie!.b };
}
