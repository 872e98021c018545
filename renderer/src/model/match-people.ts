/**
 * Type-ahead matching of people by name or e-mail, with the one matcher of shared/domain/person-match.ts:
 * case, accents, ß/ss, ä/ae and small typos do not matter ("grossinger" finds "Größinger"). Typo
 * matches are marked, so a list can ask "Did you mean …?".
 */
import { compareMatches, matchPerson, type NameMatch } from '../../../shared/domain/person-match';
import type { Person } from '../../../shared/domain/schema';

export interface PersonMatch {
  person: Person;
  /** Found only by forgiving a typo. */
  fuzzy: boolean;
}

/**
 * People whose name or e-mail matches every word of the query: exact matches first (names starting with
 * the query before the rest), then typo matches; people in `exclude` (already chosen) and archived
 * people are left out. An empty query lists everyone in name order.
 */
export function findPeople(
  people: readonly Person[],
  query: string,
  exclude: ReadonlySet<string>,
  limit = 8,
): PersonMatch[] {
  const blank = query.trim() === '';
  const scored: { person: Person; match: NameMatch }[] = [];
  for (const person of people) {
    if (person.archived || exclude.has(person.id)) continue;
    const match = blank
      ? { score: 0, fuzzy: false, leading: true }
      : matchPerson(query, person.displayName, person.emails.join(' '));
    if (match) scored.push({ person, match });
  }
  scored.sort(
    (a, b) => compareMatches(a.match, b.match) || a.person.displayName.localeCompare(b.person.displayName),
  );
  return scored.slice(0, limit).map(({ person, match }) => ({ person, fuzzy: match.fuzzy }));
}

/** The people `findPeople` finds, without the typo mark. */
export function matchPeople(
  people: readonly Person[],
  query: string,
  exclude: ReadonlySet<string>,
  limit = 8,
): Person[] {
  return findPeople(people, query, exclude, limit).map((m) => m.person);
}
