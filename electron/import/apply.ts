/**
 * Committing a preview. `applyImport` runs inside one `store.update`, so the whole import is one write:
 * all of it or, if anything throws, none of it. It refuses a preview made against other data. Undo is the
 * history's (before and after images of the whole write, electron/services/history), like every change.
 */
import { normaliseEmail, normalisePhone, unionBy } from '../../shared/domain/names';
import type { Database, Person } from '../../shared/domain/schema';
import { ImportError } from './errors';
import { fingerprint } from './plan/index';
import type { ImportCounts, ImportPreview, MatchedPerson } from './types';

export function applyImport(preview: ImportPreview, draft: Database): ImportCounts {
  if (fingerprint(draft) !== preview.base) throw new ImportError('stale-preview', { file: preview.fileName });
  if (preview.mode === 'replace') {
    const data = preview.replacement;
    if (!data)
      throw new ImportError('bad-backup', { file: preview.fileName, detail: 'the preview holds no data' });
    draft.schemaVersion = data.schemaVersion;
    draft.people = [...data.people];
    draft.encounters = [...data.encounters];
    draft.contexts = [...data.contexts];
    draft.ties = [...data.ties];
    draft.settings = data.settings;
    draft.mapPins = data.mapPins;
    draft.coverage = data.coverage;
    return preview.counts;
  }
  const updates = new Map<string, Person>();
  for (const m of preview.matchedPeople) if (m.updated) updates.set(m.existingId, m.updated);
  draft.contexts = [...draft.contexts, ...preview.newContexts];
  draft.people = [
    ...draft.people.map((p) => updates.get(p.id) ?? p),
    ...preview.newPeople.map((p) => p.person),
  ];
  draft.encounters = [...draft.encounters, ...preview.encounters.map((e) => e.encounter)];
  draft.ties = [...draft.ties, ...preview.ties.map((t) => t.tie)];
  return preview.counts;
}

/** True when applying would change nothing (e.g. the same file imported again): no write is needed. */
export function changesNothing(preview: ImportPreview): boolean {
  return (
    preview.mode === 'add' &&
    preview.newPeople.length === 0 &&
    preview.newContexts.length === 0 &&
    preview.encounters.length === 0 &&
    preview.ties.length === 0 &&
    preview.matchedPeople.every((m) => m.updated === null)
  );
}

/**
 * The preview with the chosen likely duplicates merged: each chosen new person is dropped and its
 * addresses and numbers go to the person it resembles; encounters and ties follow. Pure.
 */
export function acceptMerges(
  preview: ImportPreview,
  newPersonIds: readonly string[] | 'all',
  db: Readonly<Database>,
  now: string,
): ImportPreview {
  const chosen = preview.likelyDuplicates.filter(
    (d) => newPersonIds === 'all' || newPersonIds.includes(d.newPersonId),
  );
  if (chosen.length === 0 || preview.mode === 'replace') return preview;
  // Follow chains (C resembles B, B resembles A) to the person that stays.
  const target = new Map(chosen.map((d) => [d.proposedMerge.removeId, d.proposedMerge.keepId]));
  const finalId = (id: string): string => {
    let current = id;
    for (let i = 0; i < 100 && target.has(current); i++) current = target.get(current)!;
    return current;
  };
  const removed = new Map(
    preview.newPeople.filter((p) => target.has(p.person.id)).map((p) => [p.person.id, p]),
  );
  const newPeople = preview.newPeople.filter((p) => !target.has(p.person.id)).map((p) => ({ ...p }));
  const matchedPeople: MatchedPerson[] = preview.matchedPeople.map((m) => ({ ...m }));
  for (const [removeId, gone] of removed) {
    const keepId = finalId(removeId);
    const fold = (person: Person): Person => ({
      ...person,
      emails: unionBy(person.emails, gone.person.emails, normaliseEmail),
      phones: unionBy(person.phones, gone.person.phones, normalisePhone),
      urls: unionBy(person.urls, gone.person.urls, (u) => u),
      tags: unionBy(person.tags, gone.person.tags, (t) => t.toLowerCase()),
    });
    const asNew = newPeople.find((p) => p.person.id === keepId);
    if (asNew) {
      asNew.person = fold(asNew.person);
      asNew.lines = [...asNew.lines, ...gone.lines];
      continue;
    }
    const duplicate = chosen.find((d) => d.proposedMerge.keepId === keepId)!;
    let matched = matchedPeople.find((m) => m.existingId === keepId);
    if (!matched) {
      matched = {
        lines: [],
        existingId: keepId,
        existingName: duplicate.otherName,
        by: 'name',
        updated: null,
        original: null,
        added: [],
      };
      matchedPeople.push(matched);
    }
    const base = matched.updated ?? db.people.find((p) => p.id === keepId);
    if (!base) throw new ImportError('stale-preview', { file: preview.fileName });
    matched.original ??= db.people.find((p) => p.id === keepId) ?? null;
    matched.updated = { ...fold(base), updatedAt: now };
    matched.lines = [...matched.lines, ...gone.lines];
    matched.added = [...new Set([...matched.added, 'emails', 'phones'])];
  }
  const remap = (id: string) => finalId(id);
  const encounters = preview.encounters.map((e) => ({
    ...e,
    encounter: { ...e.encounter, participants: [...new Set(e.encounter.participants.map(remap))] },
  }));
  const ties = preview.ties
    .map((t) => ({ ...t, tie: { ...t.tie, a: remap(t.tie.a), b: remap(t.tie.b) } }))
    .filter((t) => t.tie.a !== t.tie.b);
  const likelyDuplicates = preview.likelyDuplicates.filter((d) => !target.has(d.newPersonId));
  return {
    ...preview,
    newPeople,
    matchedPeople,
    likelyDuplicates,
    encounters,
    ties,
    counts: {
      ...preview.counts,
      newPeople: newPeople.length,
      matchedPeople: matchedPeople.length,
      likelyDuplicates: likelyDuplicates.length,
      ties: ties.length,
    },
  };
}
