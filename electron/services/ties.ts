/** Ties between two people: draft operation and store glue. One tie per pair. */
import type { Database, Tie } from '../../shared/domain/schema';
import type { TieDraft } from '../../shared/ipc/contract';
import { AppError } from '../errors';
import type { Store } from '../store/types';
import { defaultDeps, type ServiceDeps, stamp } from './deps';
import { buildTie, samePair } from './records/tie';
import { requirePeople } from './references';

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

export function createTie(store: Store, draft: TieDraft, deps?: ServiceDeps): Promise<Tie> {
  return store.update((db) => addTie(db, draft, deps));
}
