/**
 * The quick log: one encounter, with the people it names that do not exist yet created in the same
 * write — so logging "lunch with Anna and a new contact" is one step to undo, and a failure writes
 * nothing at all.
 */
import type { Database, Encounter, Person } from '../../../shared/domain/schema';
import type { ParsedRequestOf } from '../../../shared/ipc/contract';
import { defaultDeps, type ServiceDeps } from '../deps';
import { addPerson } from '../people/people';
import { addEncounter } from './encounters';

export function quickLog(
  db: Database,
  request: ParsedRequestOf<'encounters.log'>,
  deps: ServiceDeps = defaultDeps,
): { encounter: Encounter; created: Person[] } {
  const { newPeople, participants, ...rest } = request;
  const created = newPeople.map((displayName) => addPerson(db, { displayName }, deps));
  const encounter = addEncounter(
    db,
    { ...rest, participants: [...participants, ...created.map((p) => p.id)] },
    deps,
  );
  return { encounter, created };
}
