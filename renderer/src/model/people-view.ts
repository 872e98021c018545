/**
 * Data shaping for the people list and the side panel: per-person encounter counts and last contact,
 * computed from a snapshot. Pure. Counted by the engine's rule, so every view says the same: an
 * encounter counts once its own day has passed (a later one is planned), every encounter counts in the
 * number, and the last contact is the last one that was contact (not a social-media reaction, not a
 * missed call).
 */
import type { Encounter, EncounterDate, Person } from '../../../shared/domain/schema';
import { dayOf, isoDate } from '../../../shared/engine/dates';

export interface PersonSummary {
  person: Person;
  /** Encounters up to today. */
  encounterCount: number;
  /** Encounters after today: planned meetings. */
  plannedCount: number;
  /** The newest contact's date up to today, or undefined when never met. */
  lastContact: EncounterDate | undefined;
}

/** Whether the encounter's own day (its date, or the wall-clock day of its offset) is after `today`. */
export function isPlanned(encounter: Pick<Encounter, 'date'>, today: string): boolean {
  return isoDate(dayOf(encounter.date)) > today;
}

function isContact(encounter: Pick<Encounter, 'channel' | 'attempt'>): boolean {
  return encounter.channel !== 'social' && encounter.attempt !== true;
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
  today: string,
): PersonSummary[] {
  const stats = new Map<string, { count: number; planned: number; last: EncounterDate | undefined }>();
  for (const encounter of encounters) {
    const planned = isPlanned(encounter, today);
    for (const id of new Set(encounter.participants)) {
      const entry = stats.get(id) ?? { count: 0, planned: 0, last: undefined };
      if (planned) entry.planned += 1;
      else {
        entry.count += 1;
        if (
          isContact(encounter) &&
          (entry.last === undefined || encounterTime(encounter.date) > encounterTime(entry.last))
        )
          entry.last = encounter.date;
      }
      stats.set(id, entry);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return people
    .filter((p) => !p.archived)
    .map((person) => {
      const s = stats.get(person.id);
      return {
        person,
        encounterCount: s?.count ?? 0,
        plannedCount: s?.planned ?? 0,
        lastContact: s?.last,
      };
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
