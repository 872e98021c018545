/**
 * The quick log: one encounter, with the people and the context it names that do not exist yet created
 * in the same write — so logging "lunch with Anna and a new contact at the new club" is one step to
 * undo, and a failure writes nothing at all.
 */
import type { Context, Database, Encounter, Person } from '../../../shared/domain/schema';
import type { ParsedRequestOf } from '../../../shared/ipc/contract';
import { addContext } from '../contexts/contexts';
import { defaultDeps, type ServiceDeps } from '../deps';
import { matchKey } from '../lookup';
import { addPerson } from '../people/people';
import { addEncounter } from './encounters';

export function quickLog(
  db: Database,
  request: ParsedRequestOf<'encounters.log'>,
  deps: ServiceDeps = defaultDeps,
): { encounter: Encounter; created: Person[]; createdContext?: Context } {
  const { newPeople, participants, newContext, ...rest } = request;
  let createdContext: Context | undefined;
  let contextId = rest.contextId;
  if (newContext !== undefined) {
    // A context of that name may exist already (typed with other capitals): that one is meant.
    const key = matchKey(newContext);
    const existing = db.contexts.find((c) => matchKey(c.name) === key);
    if (existing) contextId = existing.id;
    else {
      createdContext = addContext(db, { name: newContext }, deps);
      contextId = createdContext.id;
    }
  }
  const created = newPeople.map((displayName) => addPerson(db, { displayName }, deps));
  const encounter = addEncounter(
    db,
    {
      ...rest,
      ...(contextId !== undefined ? { contextId } : {}),
      participants: [...participants, ...created.map((p) => p.id)],
    },
    deps,
  );
  return { encounter, created, ...(createdContext ? { createdContext } : {}) };
}
