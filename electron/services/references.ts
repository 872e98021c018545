/** Lookups that fail with a `not-found` AppError naming exactly what is missing. */
import type { Database, Person } from '../../shared/domain/schema';
import { AppError } from '../errors';

export function indexOfPerson(db: Readonly<Database>, id: string): number {
  const index = db.people.findIndex((p) => p.id === id);
  if (index === -1)
    throw new AppError('not-found', `there is no person with id ${id}`, { id: 'unknown person' });
  return index;
}

export function indexOfEncounter(db: Readonly<Database>, id: string): number {
  const index = db.encounters.findIndex((e) => e.id === id);
  if (index === -1)
    throw new AppError('not-found', `there is no encounter with id ${id}`, { id: 'unknown encounter' });
  return index;
}

export function findPerson(db: Readonly<Database>, id: string): Person {
  return db.people[indexOfPerson(db, id)]!;
}

/** Every id in `ids` must be a person; the error lists all that are not. */
export function requirePeople(db: Readonly<Database>, ids: readonly string[], field: string): void {
  const known = new Set(db.people.map((p) => p.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'not-found',
      `${missing.length === 1 ? 'there is no person with id' : 'there are no people with ids'} ${missing.join(', ')}`,
      { [field]: `unknown: ${missing.join(', ')}` },
    );
  }
}

/** Every id in `ids` must be a context. */
export function requireContexts(db: Readonly<Database>, ids: readonly string[], field: string): void {
  const known = new Set(db.contexts.map((c) => c.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'not-found',
      `${missing.length === 1 ? 'there is no context with id' : 'there are no contexts with ids'} ${missing.join(', ')}`,
      { [field]: `unknown: ${missing.join(', ')}` },
    );
  }
}
