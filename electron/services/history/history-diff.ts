/**
 * The before/after image of one change, and applying it backwards (undo) or forwards (redo).
 *
 * Records are immutable and replaced on change (Store.update), so what a change did can be read off by
 * identity: per collection, the stretch between the longest unchanged start and the longest unchanged
 * end holds everything that was added, replaced or removed. Keeping that stretch (references to the
 * frozen records the store holds anyway) is compact: adding an encounter keeps one record, deleting a
 * person keeps them, the encounters between their first and last change, and their ties.
 * Applying the stretch backwards puts the very same record objects back in the very same places, so an
 * undone change leaves the file byte for byte as before.
 */
import type {
  Context,
  Coverage,
  Database,
  Encounter,
  MapPins,
  Person,
  Settings,
  Tie,
} from '../../../shared/domain/schema';
import { AppError } from '../../errors';

export const DIFF_COLLECTIONS = ['people', 'encounters', 'contexts', 'ties'] as const;
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];
type RecordOf<C extends DiffCollection> = {
  people: Person;
  encounters: Encounter;
  contexts: Context;
  ties: Tie;
}[C];

/** `before[start, start + removed.length)` became `after[start, start + added.length)`. */
export interface Splice<R> {
  start: number;
  removed: readonly R[];
  added: readonly R[];
}

export interface DatabaseDiff {
  people?: Splice<Person>;
  encounters?: Splice<Encounter>;
  contexts?: Splice<Context>;
  ties?: Splice<Tie>;
  settings?: { before: Settings; after: Settings };
  mapPins?: { before: MapPins; after: MapPins };
  coverage?: { before: readonly Coverage[]; after: readonly Coverage[] };
}

/** What changed from `before` to `after`; undefined when nothing did. */
export function diffDatabase(
  before: Readonly<Database>,
  after: Readonly<Database>,
): DatabaseDiff | undefined {
  const diff: DatabaseDiff = {};
  let changed = false;
  for (const key of DIFF_COLLECTIONS) {
    const splice = spliceOf<{ id: string }>(before[key], after[key]);
    if (splice) {
      (diff as Record<string, unknown>)[key] = splice;
      changed = true;
    }
  }
  if (before.settings !== after.settings) {
    diff.settings = { before: before.settings, after: after.settings };
    changed = true;
  }
  if (before.mapPins !== after.mapPins) {
    diff.mapPins = { before: before.mapPins, after: after.mapPins };
    changed = true;
  }
  if (before.coverage !== after.coverage) {
    diff.coverage = { before: before.coverage, after: after.coverage };
    changed = true;
  }
  return changed ? diff : undefined;
}

/** The smallest middle stretch that differs (by identity), or undefined when both lists hold the same records. */
export function spliceOf<R>(before: readonly R[], after: readonly R[]): Splice<R> | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  if (start === before.length && start === after.length) return undefined;
  let tail = 0;
  while (tail < shorter - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) {
    tail++;
  }
  return {
    start,
    removed: before.slice(start, before.length - tail),
    added: after.slice(start, after.length - tail),
  };
}

export type Direction = 'undo' | 'redo';

/**
 * Applies a diff to a store draft. Undo puts `removed` back where `added` is; redo the reverse. When
 * the lists no longer look as the diff expects (a change the history did not record happened in
 * between), records are matched by id instead; a settings or map change that was overwritten since
 * cannot be taken back safely and fails with `conflict`, so nothing is written.
 */
export function applyDiff(draft: Database, diff: DatabaseDiff, direction: Direction): void {
  for (const key of DIFF_COLLECTIONS) {
    const splice = diff[key] as Splice<RecordOf<typeof key>> | undefined;
    if (!splice) continue;
    const [expected, wanted] =
      direction === 'undo' ? [splice.added, splice.removed] : [splice.removed, splice.added];
    (draft as unknown as Record<DiffCollection, readonly { id: string }[]>)[key] = replaceStretch(
      draft[key] as readonly { id: string }[],
      splice.start,
      expected as readonly { id: string }[],
      wanted as readonly { id: string }[],
    );
  }
  if (diff.settings) draft.settings = swap(draft.settings, diff.settings, direction, 'settings');
  if (diff.mapPins) draft.mapPins = swap(draft.mapPins, diff.mapPins, direction, 'map positions');
  if (diff.coverage) draft.coverage = [...swap(draft.coverage, diff.coverage, direction, 'data coverage')];
}

function replaceStretch<R extends { id: string }>(
  current: readonly R[],
  start: number,
  expected: readonly R[],
  wanted: readonly R[],
): R[] {
  if (matchesAt(current, start, expected)) {
    return [...current.slice(0, start), ...wanted, ...current.slice(start + expected.length)];
  }
  // Something else changed these records since: take out what the change added, put back what it
  // removed (replacing a record with the same id), each by id.
  const wantedIds = new Set(wanted.map((r) => r.id));
  const expectedIds = new Set(expected.map((r) => r.id));
  const byId = new Map(wanted.map((r) => [r.id, r]));
  const out: R[] = [];
  for (const record of current) {
    const replacement = byId.get(record.id);
    if (replacement) {
      out.push(replacement);
      byId.delete(record.id);
    } else if (!expectedIds.has(record.id) || wantedIds.has(record.id)) out.push(record);
  }
  const rest = [...byId.values()];
  out.splice(Math.min(start, out.length), 0, ...rest);
  return out;
}

function matchesAt<R>(current: readonly R[], start: number, expected: readonly R[]): boolean {
  if (start + expected.length > current.length) return false;
  for (let i = 0; i < expected.length; i++) if (current[start + i] !== expected[i]) return false;
  return true;
}

function swap<T>(current: T, change: { before: T; after: T }, direction: Direction, what: string): T {
  const [expected, wanted] =
    direction === 'undo' ? [change.after, change.before] : [change.before, change.after];
  if (current !== expected) {
    throw new AppError(
      'conflict',
      `the ${what} changed in a way the history did not record, so this step cannot be ${direction === 'undo' ? 'undone' : 'redone'}; nothing was changed`,
    );
  }
  return wanted;
}
