/**
 * Merging two records of the same person: the kept person gains what the other adds (addresses,
 * numbers, tags, contexts, blanks filled in), every encounter and tie of the other moves over, and the
 * other is deleted — in one store write. `previewMerge` runs the same code on a copy, so what the user
 * confirms is exactly what happens.
 */
import { coverageWithout } from '../../../shared/domain/coverage';
import { normaliseEmail, normalisePhone, unionBy } from '../../../shared/domain/names';
import type { Database, Person, Tie } from '../../../shared/domain/schema';
import type { MergePreview } from '../../../shared/ipc/contract';
import { AppError } from '../../errors';
import { defined } from '../records/clean';
import { cleanDates } from '../records/person';
import { samePair } from '../records/tie';
import { findPerson, indexOfPerson } from '../references';

export interface MergeCounts {
  encountersMoved: number;
  encountersShared: number;
  tiesMoved: number;
  tiesDropped: number;
}

const TEXT_FIELDS = ['givenName', 'familyName', 'organisation', 'role'] as const;
const SCALAR_FIELDS = ['closeness', 'pinnedRing', 'cadenceDays', 'snoozedUntil', 'birthday'] as const;

/** The kept person with what the other adds; `conflicts` names fields where the kept value wins. */
export function mergedPerson(
  keep: Person,
  remove: Person,
  now: string,
): { person: Person; conflicts: string[] } {
  const conflicts: string[] = [];
  const pick = <K extends keyof Person>(key: K): Person[K] => {
    const a = keep[key];
    const b = remove[key];
    if (a !== undefined && b !== undefined && a !== b) conflicts.push(key);
    return a ?? b;
  };
  const person: Person = {
    ...keep,
    emails: unionBy(keep.emails, remove.emails, normaliseEmail),
    phones: unionBy(keep.phones, remove.phones, normalisePhone),
    urls: unionBy(keep.urls, remove.urls, (u) => u),
    tags: unionBy(keep.tags, remove.tags, (t) => t.toLowerCase()),
    contexts: unionBy(keep.contexts, remove.contexts, (c) => c),
    kind: keep.kind === 'other' ? remove.kind : keep.kind,
    notes: mergeNotes(keep.notes, remove.notes),
    createdAt: [keep.createdAt, remove.createdAt].sort()[0]!,
    updatedAt: now,
    // One of the two still active keeps the merged person in the network.
    archived: keep.archived && remove.archived,
  };
  if (keep.kind !== 'other' && remove.kind !== 'other' && keep.kind !== remove.kind) conflicts.push('kind');
  for (const key of TEXT_FIELDS) (person as Record<string, unknown>)[key] = pick(key);
  for (const key of SCALAR_FIELDS) (person as Record<string, unknown>)[key] = pick(key);
  person.dates = cleanDates([...(keep.dates ?? []), ...(remove.dates ?? [])]);
  // One next step: the kept person's; the other's only when the kept one has none.
  if (keep.nextStep && remove.nextStep && JSON.stringify(keep.nextStep) !== JSON.stringify(remove.nextStep))
    conflicts.push('nextStep');
  person.nextStep = keep.nextStep ?? remove.nextStep;
  return { person: defined(person), conflicts };
}

function mergeNotes(a: string, b: string): string {
  if (!b.trim() || a.includes(b.trim())) return a;
  if (!a.trim()) return b;
  return `${a.trimEnd()}\n\n${b.trim()}`;
}

/** Merges `removeId` into `keepId` on a store draft. Records are replaced, never changed in place. */
export function mergeIntoDraft(
  draft: Database,
  keepId: string,
  removeId: string,
  now: string,
): { person: Person; conflicts: string[]; counts: MergeCounts } {
  if (keepId === removeId)
    throw new AppError('invalid-request', 'choose two different people', { removeId: 'same' });
  const keep = findPerson(draft, keepId);
  const remove = findPerson(draft, removeId);
  const { person, conflicts } = mergedPerson(keep, remove, now);
  const counts: MergeCounts = { encountersMoved: 0, encountersShared: 0, tiesMoved: 0, tiesDropped: 0 };

  draft.people[indexOfPerson(draft, keepId)] = person;
  draft.people.splice(indexOfPerson(draft, removeId), 1);

  draft.encounters = draft.encounters.map((e) => {
    if (!e.participants.includes(removeId)) return e;
    const shared = e.participants.includes(keepId);
    if (shared) counts.encountersShared++;
    else counts.encountersMoved++;
    const participants = shared
      ? e.participants.filter((id) => id !== removeId)
      : e.participants.map((id) => (id === removeId ? keepId : id));
    return { ...e, participants, updatedAt: now };
  });

  const ties: Tie[] = [];
  for (const tie of draft.ties) {
    if (tie.a !== removeId && tie.b !== removeId) {
      ties.push(tie);
      continue;
    }
    const other = tie.a === removeId ? tie.b : tie.a;
    if (
      other === keepId ||
      draft.ties.some((t) => samePair(t, keepId, other)) ||
      ties.some((t) => samePair(t, keepId, other))
    ) {
      counts.tiesDropped++;
      continue;
    }
    counts.tiesMoved++;
    ties.push({
      ...tie,
      a: tie.a === removeId ? keepId : tie.a,
      b: tie.b === removeId ? keepId : tie.b,
      updatedAt: now,
    });
  }
  draft.ties = ties;

  const pins = draft.mapPins;
  if (pins.ego[removeId] || pins.force[removeId] || pins.context[removeId]) {
    const drop = (layout: Record<string, { x: number; y: number }>) => {
      const { [removeId]: _gone, ...rest } = layout;
      return rest;
    };
    draft.mapPins = { ego: drop(pins.ego), force: drop(pins.force), context: drop(pins.context) };
  }
  const coverage = coverageWithout(draft.coverage, removeId, keepId, now);
  if (coverage !== draft.coverage) draft.coverage = [...coverage];
  return { person, conflicts, counts };
}

/** What the merge would do, computed on a copy of the lists; nothing is written. */
export function previewMerge(
  db: Readonly<Database>,
  keepId: string,
  removeId: string,
  now: string,
): MergePreview {
  const copy: Database = {
    ...db,
    people: [...db.people],
    encounters: [...db.encounters],
    contexts: [...db.contexts],
    ties: [...db.ties],
  };
  const keep = findPerson(db, keepId);
  const remove = findPerson(db, removeId);
  const { person, conflicts, counts } = mergeIntoDraft(copy, keepId, removeId, now);
  return { keep, remove, merged: person, conflicts, ...counts };
}
