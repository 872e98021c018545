/**
 * What `Store.update` checks before writing, so the file never holds something the next open would
 * reject: every new or replaced record against its schema, changed settings, and references. Records
 * that are frozen were validated before (at load or by an earlier update), so logging one encounter at
 * 100,000 validates that record and its references, not the whole file.
 */
import type { z } from 'zod';
import {
  Context,
  Database,
  Encounter,
  Person,
  referenceIssues,
  SCHEMA_VERSION,
  Settings,
  Tie,
} from '../../shared/domain/schema';
import { formatPath } from './decode';

const recordSchemas = { people: Person, encounters: Encounter, contexts: Context, ties: Tie } as const;
type Collection = keyof typeof recordSchemas;
export const COLLECTIONS = Object.keys(recordSchemas) as Collection[];

export interface ChangeIssue {
  path: string;
  message: string;
}

export function changeIssues(previous: Readonly<Database>, next: Readonly<Database>): ChangeIssue[] {
  const issues: ChangeIssue[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path: formatPath(path), message });
  if (next.schemaVersion !== SCHEMA_VERSION) add(['schemaVersion'], `must stay ${SCHEMA_VERSION}`);
  for (const key of Object.keys(next)) {
    if (!(key in previous)) add([key], 'is not part of the data file');
  }
  const changed = new Set<Collection>();
  /** Indexes of records that were not validated before, per collection. */
  const fresh: Record<Collection, number[]> = { people: [], encounters: [], contexts: [], ties: [] };
  for (const key of COLLECTIONS) {
    const records: unknown = next[key];
    if (!Array.isArray(records)) {
      add([key], 'must be a list');
      continue;
    }
    if (sameRecords(records, previous[key])) continue;
    changed.add(key);
    const schema: z.ZodType = recordSchemas[key];
    records.forEach((record, index) => {
      if (Object.isFrozen(record)) return;
      fresh[key].push(index);
      const result = schema.safeParse(record);
      if (!result.success) for (const i of result.error.issues) add([key, index, ...i.path], i.message);
    });
  }
  if (next.settings !== previous.settings) {
    const result = Settings.safeParse(next.settings);
    if (!result.success) for (const i of result.error.issues) add(['settings', ...i.path], i.message);
  }
  if (next.coverage !== previous.coverage) {
    const result = Database.shape.coverage.safeParse(next.coverage);
    if (!result.success) for (const i of result.error.issues) add(['coverage', ...i.path], i.message);
  }
  if (issues.length > 0 || changed.size === 0) return issues;
  if (changed.has('people') || changed.has('contexts')) {
    // Someone or something may have gone: every reference has to be checked.
    for (const i of referenceIssues(next)) add(i.path, i.message);
  } else {
    // Only encounters or ties were added or replaced: checking those is enough.
    const subset = {
      people: next.people,
      contexts: next.contexts,
      encounters: fresh.encounters.map((i) => next.encounters[i]!),
      ties: fresh.ties.map((i) => next.ties[i]!),
    };
    for (const i of referenceIssues(subset)) {
      const [collection, index, ...rest] = i.path as ['encounters' | 'ties', number, ...(string | number)[]];
      add([collection, fresh[collection][index]!, ...rest], i.message);
    }
  }
  return issues;
}

/** The same objects in the same order (the draft's lists are copies, so identity of the list says nothing). */
function sameRecords(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Records are shared between versions of the data and cached by identity, so they must never change:
 * freezing them (their inner lists, and the collections) makes an accidental in-place edit throw
 * instead of silently corrupting state. Frozen also means "validated" to `changeIssues`.
 */
export function freezeRecords(data: Readonly<Database>, previous?: Readonly<Database>): void {
  for (const key of COLLECTIONS) {
    const records = data[key];
    if (records === previous?.[key]) continue;
    for (const record of records) {
      if (Object.isFrozen(record)) continue;
      for (const value of Object.values(record)) if (Array.isArray(value)) Object.freeze(value);
      Object.freeze(record);
    }
    // The lists too: `store.read().people.sort()` would reorder the committed data behind the store's back.
    Object.freeze(records);
  }
  if (data.settings !== previous?.settings) deepFreeze(data.settings);
  if (data.coverage !== previous?.coverage) deepFreeze(data.coverage);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  for (const child of Object.values(value)) deepFreeze(child);
  Object.freeze(value);
}

/** A copy for `mutate` to change: the top level and the arrays are copied, the records are shared. */
export function draftOf(data: Readonly<Database>): Database {
  const draft = { ...data } as Database;
  // Spread, not slice(): slice() of a frozen array takes V8's slow path (10× slower at 100,000).
  for (const key of COLLECTIONS) draft[key] = [...data[key]] as never;
  return draft;
}
