/**
 * Records for tests, complete and valid by the domain schemas: `person('anna')` is a Person named
 * "anna" with every default, `person('anna', { displayName: 'Anna Berger', kind: 'client' })` one
 * with those fields. One place for what eight hand-written helpers did before.
 */
import {
  type Context,
  type Database,
  type Encounter,
  emptyDatabase,
  type Person,
  type Tie,
} from '../../shared/domain/schema';
import type { Snapshot } from '../../shared/ipc/contract';

/** The bookkeeping timestamp of every fixture record. */
export const STAMP = '2026-01-01T00:00:00.000Z';

export function person(id: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    displayName: fields.displayName ?? id,
    emails: [],
    phones: [],
    urls: [],
    tags: [],
    contexts: [],
    kind: 'other',
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    archived: false,
    ...fields,
  };
}

export function encounter(
  id: string,
  date: string,
  participants: string[],
  fields: Partial<Encounter> = {},
): Encounter {
  return {
    id,
    date,
    participants,
    channel: 'in_person',
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...fields,
  };
}

export function context(id: string, name: string, fields: Partial<Context> = {}): Context {
  return { id, name, kind: 'club', notes: '', createdAt: STAMP, updatedAt: STAMP, ...fields };
}

export function tie(id: string, a: string, b: string, fields: Partial<Tie> = {}): Tie {
  return { id, a, b, kind: 'knows', createdAt: STAMP, updatedAt: STAMP, ...fields };
}

/** A database with these records and default settings. */
export function databaseOf(records: Partial<Omit<Database, 'schemaVersion'>> = {}): Database {
  return { ...emptyDatabase(), ...records };
}

/** What `db.snapshot` answers for these records. */
export function snapshotOf(
  records: Partial<Omit<Database, 'schemaVersion'>> & { revision?: number } = {},
): Snapshot {
  const { schemaVersion: _version, ...data } = databaseOf(records);
  return { revision: records.revision ?? 1, ...data };
}
