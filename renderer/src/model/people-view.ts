/**
 * Data shaping for the people list, the side panel and the first map: per-person encounter counts
 * and last contact, computed from a snapshot. Pure; the depth engine (shared/engine) will add the
 * real depth figures later, this only counts.
 */
import type { Encounter, EncounterDate, Person } from '../../../shared/domain/schema';

export interface PersonSummary {
  person: Person;
  encounterCount: number;
  /** The newest encounter's date, or undefined when never met. */
  lastContact: EncounterDate | undefined;
}

/**
 * A sortable instant for an encounter date. A calendar date counts as noon UTC of that day, so it
 * sorts with same-day date-times and never moves to another day.
 */
export function encounterTime(date: EncounterDate): number {
  return date.length === 10 ? Date.parse(`${date}T12:00:00Z`) : Date.parse(date);
}

/** Newest first; ties broken by id so the order is stable. */
export function compareEncountersNewestFirst(a: Encounter, b: Encounter): number {
  return encounterTime(b.date) - encounterTime(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Active (not archived) people with their counts, sorted by name in the given locale. */
export function summarisePeople(
  people: readonly Person[],
  encounters: readonly Encounter[],
  locale: string,
): PersonSummary[] {
  const stats = new Map<string, { count: number; last: EncounterDate | undefined }>();
  for (const encounter of encounters) {
    for (const id of new Set(encounter.participants)) {
      const entry = stats.get(id) ?? { count: 0, last: undefined };
      entry.count += 1;
      if (entry.last === undefined || encounterTime(encounter.date) > encounterTime(entry.last))
        entry.last = encounter.date;
      stats.set(id, entry);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return people
    .filter((p) => !p.archived)
    .map((person) => {
      const s = stats.get(person.id);
      return { person, encounterCount: s?.count ?? 0, lastContact: s?.last };
    })
    .sort(
      (a, b) =>
        collator.compare(a.person.displayName, b.person.displayName) || (a.person.id < b.person.id ? -1 : 1),
    );
}

/** One person's encounters, newest first. */
export function encountersOf(personId: string, encounters: readonly Encounter[]): Encounter[] {
  return encounters.filter((e) => e.participants.includes(personId)).sort(compareEncountersNewestFirst);
}
