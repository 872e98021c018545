/** Pure builders for Person records: no store, no clock, no ids of their own. */
import type { NamedDate, NextStep, Person } from '../../../shared/domain/schema';
import type { PersonDraft, PersonPatch } from '../../../shared/ipc/contract';
import { cleanEmails, cleanList, defined, optionalText, patched } from './clean';

export function buildPerson(draft: PersonDraft, id: string, now: string): Person {
  return defined<Person>({
    id,
    displayName: draft.displayName.trim(),
    givenName: optionalText(draft.givenName),
    familyName: optionalText(draft.familyName),
    organisation: optionalText(draft.organisation),
    role: optionalText(draft.role),
    emails: cleanEmails(draft.emails),
    phones: cleanList(draft.phones),
    urls: cleanList(draft.urls),
    tags: cleanList(draft.tags),
    contexts: cleanList(draft.contexts),
    kind: draft.kind ?? 'other',
    closeness: draft.closeness,
    pinnedRing: draft.pinnedRing,
    cadenceDays: draft.cadenceDays,
    notes: draft.notes ?? '',
    createdAt: now,
    updatedAt: now,
    archived: false,
    birthday: draft.birthday,
    dates: cleanDates(draft.dates),
    nextStep: cleanNextStep(draft.nextStep),
  });
}

/** Named dates trimmed, without exact repeats; an empty list is no list (the field is left out). */
export function cleanDates(dates: readonly NamedDate[] | undefined): NamedDate[] | undefined {
  const seen = new Set<string>();
  const out: NamedDate[] = [];
  for (const d of dates ?? []) {
    const label = d.label.trim();
    const key = `${label.toLowerCase()}\u0000${d.date}`;
    if (label && !seen.has(key)) {
      seen.add(key);
      out.push({ label, date: d.date });
    }
  }
  return out.length ? out : undefined;
}

/** A next step with its text trimmed (no due date: the key is left out). */
export function cleanNextStep(step: NextStep | undefined): NextStep | undefined {
  if (!step) return undefined;
  return step.due ? { text: step.text.trim(), due: step.due } : { text: step.text.trim() };
}

/** A new record with the patch applied (`null` clears an optional field); `person` is not touched. */
export function patchPerson(person: Person, patch: PersonPatch, now: string): Person {
  const text = (key: 'givenName' | 'familyName' | 'organisation' | 'role') =>
    patch[key] === undefined ? person[key] : optionalText(patch[key]);
  return defined<Person>({
    id: person.id,
    displayName: patch.displayName?.trim() ?? person.displayName,
    givenName: text('givenName'),
    familyName: text('familyName'),
    organisation: text('organisation'),
    role: text('role'),
    emails: patch.emails ? cleanEmails(patch.emails) : person.emails,
    phones: patch.phones ? cleanList(patch.phones) : person.phones,
    urls: patch.urls ? cleanList(patch.urls) : person.urls,
    tags: patch.tags ? cleanList(patch.tags) : person.tags,
    contexts: patch.contexts ? cleanList(patch.contexts) : person.contexts,
    kind: patch.kind ?? person.kind,
    closeness: patched(person.closeness, patch.closeness),
    pinnedRing: patched(person.pinnedRing, patch.pinnedRing),
    cadenceDays: patched(person.cadenceDays, patch.cadenceDays),
    notes: patch.notes ?? person.notes,
    createdAt: person.createdAt,
    updatedAt: now,
    archived: patch.archived ?? person.archived,
    snoozedUntil: person.snoozedUntil,
    birthday: patched(person.birthday, patch.birthday),
    dates: patch.dates === undefined ? person.dates : cleanDates(patch.dates),
    nextStep: patch.nextStep === undefined ? person.nextStep : cleanNextStep(patch.nextStep ?? undefined),
  });
}
