/**
 * People: operations on a database draft (pure apart from the ids and time in `deps`), and the store
 * glue that runs each in one durable write. Draft operations can be combined in one `store.update`
 * (the CLI's `log --create` adds people, a context and an encounter in a single write).
 */
import { coverageWithout } from '../../../shared/domain/coverage';
import type { Database, Person } from '../../../shared/domain/schema';
import type { NextStepDone, PersonDraft, PersonPatch } from '../../../shared/ipc/contract';
import { AppError } from '../../errors';
import { defaultDeps, type ServiceDeps, stamp } from '../deps';
import { withoutParticipant } from '../records/encounter';
import { buildPerson, patchPerson } from '../records/person';
import { indexOfPerson, requireContexts } from '../references';

export function addPerson(db: Database, draft: PersonDraft, deps: ServiceDeps = defaultDeps): Person {
  const person = buildPerson(draft, deps.newId(), stamp(deps));
  requireContexts(db, person.contexts, 'contexts');
  db.people.push(person);
  return person;
}

export function changePerson(
  db: Database,
  id: string,
  patch: PersonPatch,
  deps: ServiceDeps = defaultDeps,
): Person {
  const index = indexOfPerson(db, id);
  const person = patchPerson(db.people[index]!, patch, stamp(deps));
  requireContexts(db, person.contexts, 'contexts');
  db.people[index] = person;
  return person;
}

/** Clears a person's next step because it is done; answers what it was. */
export function finishNextStep(db: Database, id: string, deps: ServiceDeps = defaultDeps): NextStepDone {
  const index = indexOfPerson(db, id);
  const before = db.people[index]!;
  if (!before.nextStep) {
    throw new AppError('conflict', `${before.displayName} has no next step`, { nextStep: 'none' });
  }
  const person = patchPerson(before, { nextStep: null }, stamp(deps));
  db.people[index] = person;
  return { person, step: before.nextStep };
}

export interface RemovedPerson {
  id: string;
  /** Encounters deleted because this person was their only participant. */
  encountersDeleted: number;
  /** Group encounters that keep their other participants. */
  encountersChanged: number;
  tiesDeleted: number;
}

/** Deletes a person, takes them out of every encounter (deleting those left empty) and drops their ties. */
export function removePerson(db: Database, id: string, deps: ServiceDeps = defaultDeps): RemovedPerson {
  const index = indexOfPerson(db, id);
  const now = stamp(deps);
  db.people.splice(index, 1);
  let encountersDeleted = 0;
  let encountersChanged = 0;
  const encounters: Database['encounters'] = [];
  for (const encounter of db.encounters) {
    const kept = withoutParticipant(encounter, id, now);
    if (kept === undefined) encountersDeleted++;
    else {
      if (kept !== encounter) encountersChanged++;
      encounters.push(kept);
    }
  }
  if (encountersDeleted + encountersChanged > 0) db.encounters = encounters;
  const ties = db.ties.filter((t) => t.a !== id && t.b !== id);
  const tiesDeleted = db.ties.length - ties.length;
  if (tiesDeleted > 0) db.ties = ties;
  const coverage = coverageWithout(db.coverage, id, undefined, now);
  if (coverage !== db.coverage) db.coverage = [...coverage];
  return { id, encountersDeleted, encountersChanged, tiesDeleted };
}
