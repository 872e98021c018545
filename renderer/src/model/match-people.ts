/** Type-ahead matching of people by name or e-mail, ignoring case and accents ("jose" finds "José"). */
import type { Person } from '../../../shared/domain/schema';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * People whose name or e-mail contains every word of the query, names starting with the query
 * first; people in `exclude` (already chosen) and archived people are left out.
 */
export function matchPeople(
  people: readonly Person[],
  query: string,
  exclude: ReadonlySet<string>,
  limit = 8,
): Person[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const scored: { person: Person; starts: boolean }[] = [];
  for (const person of people) {
    if (person.archived || exclude.has(person.id)) continue;
    const name = fold(person.displayName);
    const haystack = [name, ...person.emails.map(fold)].join(' ');
    if (!words.every((w) => haystack.includes(w))) continue;
    scored.push({ person, starts: words.length > 0 && name.startsWith(words[0]!) });
  }
  scored.sort(
    (a, b) => Number(b.starts) - Number(a.starts) || a.person.displayName.localeCompare(b.person.displayName),
  );
  return scored.slice(0, limit).map((s) => s.person);
}
