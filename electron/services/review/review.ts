/** Review and plan: snoozing a person out of the review queue, weekly goals, the welcome answer. */
import type { Database, Person, Plan, Settings } from '../../../shared/domain/schema';
import { defaultDeps, type ServiceDeps, stamp } from '../deps';
import { defined } from '../records/clean';
import { indexOfPerson } from '../references';

/** Leaves a person out of the review queue until `until` (null: back in now). */
export function snoozePerson(
  db: Database,
  id: string,
  until: string | null,
  deps: ServiceDeps = defaultDeps,
): Person {
  const index = indexOfPerson(db, id);
  const person = defined<Person>({
    ...db.people[index]!,
    snoozedUntil: until ?? undefined,
    updatedAt: stamp(deps),
  });
  db.people[index] = person;
  return person;
}

export function setPlan(db: Database, plan: Plan): Settings {
  db.settings = { ...db.settings, plan };
  return db.settings;
}

/**
 * The first person or encounter answers the welcome too ("no people ever"): once someone was recorded,
 * an empty file later is a choice, not a first run. Called inside the same write, so undoing that first
 * record brings the welcome back.
 */
export function markOnboarded(db: Database): void {
  if (db.settings.onboarded !== true) db.settings = { ...db.settings, onboarded: true };
}

export function finishWelcome(db: Database): Settings {
  db.settings = { ...db.settings, onboarded: true };
  return db.settings;
}
