/**
 * Adding what a file knows about a person to their record without overwriting anything: addresses,
 * numbers, links, tags, contexts and named dates are united; empty fields (the birthday, the next step
 * too) are filled; notes are appended.
 */
import { normaliseEmail, normalisePhone, unionBy } from '../../../shared/domain/names';
import type { Person } from '../../../shared/domain/schema';
import type { ImportedPerson } from '../types';
import type { Handle } from './person-index';
import { inSchemaOrder, lower, PERSON_KEYS } from './record-order';
import type { Shortenings } from './shorten';

export interface FillContext {
  /** The moment of the import, for `updatedAt` of a changed existing person. */
  now: string;
  /** The id of the context with this name (an existing one, or one the import creates for `line`). */
  contextId(name: string, line: number): string;
  /** Where values longer than the data file keeps are cut, and recorded. */
  shortenings: Shortenings;
}

/**
 * Adds what `draft` knows to the handle's record. Returns true when the record changed; an existing
 * person's record before the first change is kept as `handle.original` (what undo restores).
 */
export function fillFields(handle: Handle, draft: ImportedPerson, context: FillContext): boolean {
  const before = handle.record;
  const next: Person = { ...before };
  const { line } = draft;
  const shorten = context.shortenings;
  let changed = false;
  const added = (field: string) => {
    changed = true;
    if (!handle.isNew) handle.added.add(field);
  };
  const emails = unionBy(before.emails, shorten.fitting(draft.emails, 320, line, 'emails'), normaliseEmail);
  if (emails.length !== before.emails.length) {
    next.emails = emails;
    added('emails');
  }
  const phones = unionBy(
    before.phones,
    draft.phones.map((p) => shorten.cut(p.trim(), 64, line, 'phones')),
    normalisePhone,
  );
  if (phones.length !== before.phones.length) {
    next.phones = phones;
    added('phones');
  }
  const urls = unionBy(before.urls, shorten.fitting(draft.urls, 2000, line, 'urls'), (u) => u.trim());
  if (urls.length !== before.urls.length) {
    next.urls = urls;
    added('urls');
  }
  const tags = unionBy(
    before.tags,
    draft.tags.map((t) => shorten.cut(t.trim(), 80, line, 'tags')).filter(Boolean),
    lower,
  );
  if (tags.length !== before.tags.length) {
    next.tags = tags;
    added('tags');
  }
  const contextIds = draft.contexts.map((name) => context.contextId(name, line));
  const contexts = unionBy(before.contexts, contextIds, (x) => x);
  if (contexts.length !== before.contexts.length) {
    next.contexts = contexts;
    added('contexts');
  }
  for (const field of ['givenName', 'familyName', 'organisation', 'role'] as const) {
    const value = draft[field]?.trim();
    if (value && !before[field]) {
      next[field] = shorten.cut(value, 200, line, field);
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
  if (draft.birthday && !before.birthday) {
    next.birthday = draft.birthday;
    added('birthday');
  }
  if (draft.dates?.length) {
    const dates = unionBy(before.dates ?? [], draft.dates, (d) => `${lower(d.label)}\u0000${d.date}`);
    if (dates.length !== (before.dates ?? []).length) {
      next.dates = dates.slice(0, 50);
      added('dates');
    }
  }
  if (draft.nextStep && !before.nextStep) {
    next.nextStep = {
      ...draft.nextStep,
      text: shorten.cut(draft.nextStep.text.trim(), 500, line, 'nextStep'),
    };
    added('nextStep');
  }
  const notes = draft.notes.trim();
  if (notes && !before.notes.includes(notes)) {
    // A new person's notes are kept exactly; an existing person's get the file's notes appended.
    next.notes = shorten.cut(
      before.notes ? `${before.notes}\n\n${notes}` : draft.notes,
      20000,
      line,
      'notes',
    );
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
