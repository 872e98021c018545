/**
 * Finding people and contexts by what a person types: a name (ignoring case, accents and extra spaces:
 * "jurgen  gross" finds "Jürgen Groß"), an e-mail address, or an id.
 */
import type { Context, Database, Person } from '../../shared/domain/schema';
import { AppError } from '../errors';

/** The form names are compared in: "  Jürgen  GROSS" and "jürgen groß" both become "jurgen gross". */
export function matchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Everyone the query could mean: by id, by e-mail (if it has an @), or by display or full name. */
export function matchPeople(db: Readonly<Database>, query: string): Person[] {
  const trimmed = query.trim();
  const byId = db.people.find((p) => p.id === trimmed);
  if (byId) return [byId];
  if (trimmed.includes('@')) {
    const email = trimmed.toLowerCase();
    return db.people.filter((p) => p.emails.includes(email));
  }
  const key = matchKey(trimmed);
  if (!key) return [];
  return db.people.filter(
    (p) =>
      matchKey(p.displayName) === key ||
      (p.givenName !== undefined && matchKey(`${p.givenName} ${p.familyName ?? ''}`) === key),
  );
}

export function matchContexts(db: Readonly<Database>, query: string): Context[] {
  const trimmed = query.trim();
  const byId = db.contexts.find((c) => c.id === trimmed);
  if (byId) return [byId];
  const key = matchKey(trimmed);
  return key ? db.contexts.filter((c) => matchKey(c.name) === key) : [];
}

/** Nobody (or no context) matches, or more than one does; `candidates` are the matches. */
export class LookupError extends AppError {
  constructor(
    readonly kind: 'unknown' | 'ambiguous',
    readonly what: 'person' | 'context',
    readonly query: string,
    readonly candidates: readonly (Person | Context)[],
  ) {
    super(
      kind === 'unknown' ? 'not-found' : 'conflict',
      kind === 'unknown'
        ? `no ${what} matches "${query}"`
        : `"${query}" matches ${candidates.length} ${what === 'person' ? 'people' : 'contexts'}: ${candidates
            .map((c) => `${'displayName' in c ? c.displayName : c.name} (${c.id})`)
            .join(', ')}`,
    );
    this.name = 'LookupError';
  }
}

/** The one person `query` means, or undefined if nobody matches. Ambiguity is an error. */
export function findOnePerson(db: Readonly<Database>, query: string): Person | undefined {
  const matches = matchPeople(db, query);
  if (matches.length > 1) throw new LookupError('ambiguous', 'person', query, matches);
  return matches[0];
}

export function findOneContext(db: Readonly<Database>, query: string): Context | undefined {
  const matches = matchContexts(db, query);
  if (matches.length > 1) throw new LookupError('ambiguous', 'context', query, matches);
  return matches[0];
}
