/** Encounters: draft operations and store glue (see people.ts for the pattern). */
import type { Database, Encounter } from '../../../shared/domain/schema';
import type { EncounterDraft, EncounterPatch } from '../../../shared/ipc/contract';
import { defaultDeps, type ServiceDeps, stamp } from '../deps';
import { buildEncounter, patchEncounter } from '../records/encounter';
import { indexOfEncounter, requireContexts, requirePeople } from '../references';

function checkReferences(db: Readonly<Database>, encounter: Encounter): void {
  requirePeople(db, encounter.participants, 'participants');
  if (encounter.contextId !== undefined) requireContexts(db, [encounter.contextId], 'contextId');
}

export function addEncounter(
  db: Database,
  draft: EncounterDraft,
  deps: ServiceDeps = defaultDeps,
): Encounter {
  const encounter = buildEncounter(draft, deps.newId(), stamp(deps));
  checkReferences(db, encounter);
  db.encounters.push(encounter);
  return encounter;
}

export function changeEncounter(
  db: Database,
  id: string,
  patch: EncounterPatch,
  deps: ServiceDeps = defaultDeps,
): Encounter {
  const index = indexOfEncounter(db, id);
  const encounter = patchEncounter(db.encounters[index]!, patch, stamp(deps));
  checkReferences(db, encounter);
  db.encounters[index] = encounter;
  return encounter;
}

export function removeEncounter(db: Database, id: string): void {
  db.encounters.splice(indexOfEncounter(db, id), 1);
}
