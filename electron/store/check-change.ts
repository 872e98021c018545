/**
 * What `Store.update` checks before writing, so the file never holds something the next open would
 * reject — or read differently (new records take over the text the schemas clean, see adoptCleanText):
 * every new or replaced record against its schema, changed settings, and references. Records that are
 * frozen were validated before (at load or by an earlier update), so logging one encounter at
 * 100,000 validates that record and its references, not the whole file.
 */
import type { z } from 'zod';
import {
  Context,
  Database,
  duplicateIdIssues,
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
      else adoptCleanText(record, result.data);
    });
  }
  for (const key of changed) for (const issue of duplicateIds(key, next[key], fresh[key])) issues.push(issue);
  if (next.settings !== previous.settings) {
    const result = Settings.safeParse(next.settings);
    if (!result.success) for (const i of result.error.issues) add(['settings', ...i.path], i.message);
    else adoptCleanText(next.settings, result.data);
  }
  if (next.coverage !== previous.coverage) {
    const result = Database.shape.coverage.safeParse(next.coverage);
    if (!result.success) for (const i of result.error.issues) add(['coverage', ...i.path], i.message);
    else
      for (const i of duplicateIdIssues({
        people: [],
        encounters: [],
        contexts: [],
        ties: [],
        coverage: result.data,
      }))
        add(i.path, i.message);
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

/**
 * The schemas clean text as they read it (control characters out, names trimmed: shared/text/
 * clean-input.ts). A new record from any writer — an importer, a service — gets the cleaned text here,
 * in place and before it is frozen, so the file holds exactly what the next open reads and the caller's
 * record (often the value `update` returns) shows it too. Only strings and lists of strings are taken
 * over; defaults the schema would add are left to the next load, as before.
 */
function adoptCleanText(target: unknown, parsed: unknown): void {
  if (typeof target !== 'object' || target === null || Object.isFrozen(target)) return;
  const record = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    const current = record[key];
    if (typeof value === 'string') {
      if (typeof current === 'string' && current !== value) record[key] = value;
    } else if (
      Array.isArray(value) &&
      Array.isArray(current) &&
      value.length === current.length &&
      value.some((v, i) => typeof v === 'string' && v !== current[i])
    ) {
      record[key] = value;
    }
  }
}

/** New records checked per id against the whole list; many new ones (an import) with one map instead. */
const FEW = 16;

/**
 * Ids stay unique (a file with one id twice is set aside on the next open): each new record's id
 * against every other record of its list. Records validated before are not compared with each other.
 */
function duplicateIds(
  key: Collection,
  records: readonly { id: string }[],
  fresh: readonly number[],
): ChangeIssue[] {
  const issues: ChangeIssue[] = [];
  const twice = (index: number, other: number) =>
    issues.push({
      path: formatPath([key, index, 'id']),
      message: `the id ${records[index]!.id} is used twice (also by ${key}[${other}])`,
    });
  if (fresh.length === 0) return issues;
  if (fresh.length <= FEW) {
    for (const i of fresh) {
      const id = records[i]!.id;
      for (let j = 0; j < records.length; j++) {
        if (j !== i && records[j]!.id === id) {
          twice(i, j);
          break;
        }
      }
    }
    return issues;
  }
  const first = new Map<string, number>();
  records.forEach((record, j) => {
    const earlier = first.get(record.id);
    if (earlier === undefined) first.set(record.id, j);
    else twice(j, earlier);
  });
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
