/**
 * Adding what a file knows about a person to their record without overwriting anything: addresses,
 * numbers, links, tags and contexts are united; empty fields are filled; notes are appended.
 */
import { normaliseEmail, normalisePhone, unionBy } from '../../../shared/domain/names';
import type { Person } from '../../../shared/domain/schema';
import type { ImportedPerson } from '../types';
import type { Handle } from './person-index';
import { clip, inSchemaOrder, lower, PERSON_KEYS } from './record-order';

export interface FillContext {
  /** The moment of the import, for `updatedAt` of a changed existing person. */
  now: string;
  /** The id of the context with this name (an existing one, or one the import creates). */
  contextId(name: string): string;
}

/**
 * Adds what `draft` knows to the handle's record. Returns true when the record changed; an existing
 * person's record before the first change is kept as `handle.original` (what undo restores).
 */
export function fillFields(handle: Handle, draft: ImportedPerson, context: FillContext): boolean {
  const before = handle.record;
  const next: Person = { ...before };
  let changed = false;
  const added = (field: string) => {
    changed = true;
    if (!handle.isNew) handle.added.add(field);
  };
  const emails = unionBy(
    before.emails,
    draft.emails.filter((e) => e.length <= 320),
    normaliseEmail,
  );
  if (emails.length !== before.emails.length) {
    next.emails = emails;
    added('emails');
  }
  const phones = unionBy(
    before.phones,
    draft.phones.map((p) => clip(p.trim(), 64)),
    normalisePhone,
  );
  if (phones.length !== before.phones.length) {
    next.phones = phones;
    added('phones');
  }
  const urls = unionBy(
    before.urls,
    draft.urls.filter((u) => u.length <= 2000),
    (u) => u.trim(),
  );
  if (urls.length !== before.urls.length) {
    next.urls = urls;
    added('urls');
  }
  const tags = unionBy(before.tags, draft.tags.map((t) => clip(t.trim(), 80)).filter(Boolean), lower);
  if (tags.length !== before.tags.length) {
    next.tags = tags;
    added('tags');
  }
  const contextIds = draft.contexts.map((name) => context.contextId(name));
  const contexts = unionBy(before.contexts, contextIds, (x) => x);
  if (contexts.length !== before.contexts.length) {
    next.contexts = contexts;
    added('contexts');
  }
  for (const field of ['givenName', 'familyName', 'organisation', 'role'] as const) {
    const value = draft[field]?.trim();
    if (value && !before[field]) {
      next[field] = clip(value, 200);
      added(field);
    }
  }
  if (draft.kind && draft.kind !== 'other' && before.kind === 'other') {
    next.kind = draft.kind;
    added('kind');
  }
  for (const field of ['closeness', 'pinnedRing', 'cadenceDays'] as const) {
    if (draft[field] !== undefined && before[field] === undefined) {
      (next as Record<string, unknown>)[field] = draft[field];
      added(field);
    }
  }
  const notes = draft.notes.trim();
  if (notes && !before.notes.includes(notes)) {
    // A new person's notes are kept exactly; an existing person's get the file's notes appended.
    next.notes = clip(before.notes ? `${before.notes}\n\n${notes}` : draft.notes, 20000);
    added('notes');
  }
  if (!changed) return false;
  if (!handle.isNew) {
    handle.original ??= before;
    next.updatedAt = context.now;
  }
  handle.record = inSchemaOrder(next, PERSON_KEYS);
  return true;
}
