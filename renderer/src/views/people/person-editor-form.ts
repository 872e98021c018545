/**
 * Every field of a person as the editor shows it, and the draft (new person) or patch (edit) it sends.
 * Lists are typed one per line or separated by commas; cleared optional fields become `null` in a patch.
 */

import type { z } from 'zod';
import type { NamedDate, Person, PersonKind, RingNumber } from '../../../../shared/domain/schema';
import { PersonDraft, type PersonPatch } from '../../../../shared/ipc/contract';
import type { FieldErrors, FieldMessage, FormResult } from '../../forms/field-errors';
import { issueFields, readNumber } from '../../forms/schema-field';
import {
  type DateParts,
  dateParts,
  dateText,
  type NamedDateValues,
  namedDateValues,
} from './person-dates-form';

export interface PersonEditorValues {
  displayName: string;
  givenName: string;
  familyName: string;
  organisation: string;
  role: string;
  emails: string;
  phones: string;
  tags: string;
  contexts: string[];
  kind: PersonKind;
  closeness: string;
  pinnedRing: string;
  cadenceDays: string;
  notes: string;
  birthday: DateParts;
  dates: NamedDateValues[];
}
export type PersonEditorField = keyof PersonEditorValues;

export function editorValues(person?: Person): PersonEditorValues {
  return {
    displayName: person?.displayName ?? '',
    givenName: person?.givenName ?? '',
    familyName: person?.familyName ?? '',
    organisation: person?.organisation ?? '',
    role: person?.role ?? '',
    emails: person?.emails.join('\n') ?? '',
    phones: person?.phones.join('\n') ?? '',
    tags: person?.tags.join(', ') ?? '',
    contexts: [...(person?.contexts ?? [])],
    kind: person?.kind ?? 'other',
    closeness: person?.closeness === undefined ? '' : String(person.closeness),
    pinnedRing: person?.pinnedRing === undefined ? '' : String(person.pinnedRing),
    cadenceDays: person?.cadenceDays === undefined ? '' : String(person.cadenceDays),
    notes: person?.notes ?? '',
    birthday: dateParts(person?.birthday),
    dates: namedDateValues(person?.dates),
  };
}

/** "a, b\nc" → ["a", "b", "c"]: trimmed, empty entries dropped. */
export function splitList(text: string, separators: RegExp = /[\n,;]+/): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

const msg = (key: string, values?: Record<string, string>, group = 'person'): FieldMessage =>
  values
    ? { key: `people:${group === 'dates' ? 'dates' : 'person'}.errors.${key}`, values }
    : { key: `people:${group === 'dates' ? 'dates' : 'person'}.errors.${key}` };

interface Parsed {
  errors: FieldErrors<PersonEditorField>;
  fields: {
    displayName: string;
    givenName: string;
    familyName: string;
    organisation: string;
    role: string;
    emails: string[];
    phones: string[];
    tags: string[];
    contexts: string[];
    kind: PersonKind;
    closeness: number | undefined;
    pinnedRing: RingNumber | undefined;
    cadenceDays: number | undefined;
    notes: string;
    birthday: string | undefined;
    dates: NamedDate[];
  };
}

function parse(values: PersonEditorValues): Parsed {
  const fields: Parsed['fields'] = {
    displayName: values.displayName.trim(),
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    organisation: values.organisation.trim(),
    role: values.role.trim(),
    emails: splitList(values.emails, /[\s,;]+/),
    phones: splitList(values.phones, /[\n,;]+/),
    tags: splitList(values.tags),
    contexts: values.contexts,
    kind: values.kind,
    closeness: values.closeness ? Number(values.closeness) : undefined,
    pinnedRing: values.pinnedRing ? (Number(values.pinnedRing) as RingNumber) : undefined,
    cadenceDays: values.cadenceDays.trim() ? readNumber(values.cadenceDays) : undefined,
    notes: values.notes,
    birthday: undefined,
    dates: [],
  };
  // What the date fields cannot say as a date at all (a day without a month); the rest is the schema's.
  const early: FieldErrors<PersonEditorField> = {};
  const birthday = dateText(values.birthday);
  if (birthday.ok) fields.birthday = birthday.date;
  else early.birthday = birthday.error;
  values.dates.forEach((row, i) => {
    const date = dateText(row);
    const label = row.label.trim();
    if (!date.ok) early.dates ??= rowMessage(date.error, i);
    else if (date.date === undefined && label) early.dates ??= rowMessage(msg('incomplete', {}, 'dates'), i);
    else if (date.date !== undefined) fields.dates.push({ label, date: date.date });
  });
  // Every rule is the contract's: the draft main would get, checked by the same schema.
  const parsed = PersonDraft.safeParse(draftOf(fields));
  const errors: FieldErrors<PersonEditorField> = parsed.success
    ? {}
    : issueFields<PersonEditorField>(
        parsed.error.issues,
        (path) => editorFieldFor(path.map(String).join('.')),
        (field) => messageFor(field, fields, parsed.error.issues),
      );
  return { errors: { ...errors, ...early }, fields };
}

/** "Date 2: …": a date row's problem with its number (blank rows are not counted). */
function rowMessage(message: FieldMessage, index: number): FieldMessage {
  return { key: `${message.key}Row`, values: { ...(message.values ?? {}), row: String(index + 1) } };
}

function messageFor(
  field: PersonEditorField,
  fields: Parsed['fields'],
  issues: readonly z.core.$ZodIssue[],
): FieldMessage {
  switch (field) {
    case 'displayName':
      return msg(fields.displayName ? 'tooLong' : 'nameRequired');
    case 'emails': {
      const index = issues.find((i) => i.path[0] === 'emails')?.path[1];
      return msg('emailInvalid', { value: fields.emails[Number(index)] ?? '' });
    }
    case 'cadenceDays':
      return msg('cadenceInvalid');
    case 'kind':
      return msg('kindInvalid');
    case 'birthday':
      return msg('impossible', undefined, 'dates');
    case 'dates': {
      const issue = issues.find((i) => i.path[0] === 'dates');
      const index = Number(issue?.path[1] ?? 0);
      const kind = issue?.path[2] === 'label' ? 'label' : issue?.path.length === 1 ? 'tooMany' : 'impossible';
      return kind === 'tooMany'
        ? msg('tooMany', undefined, 'dates')
        : rowMessage(msg(kind, undefined, 'dates'), index);
    }
    default:
      return msg('tooLong');
  }
}

function draftOf(f: Parsed['fields']): PersonDraft {
  return {
    displayName: f.displayName,
    emails: f.emails,
    phones: f.phones,
    tags: f.tags,
    contexts: f.contexts,
    kind: f.kind,
    notes: f.notes,
    ...(f.givenName ? { givenName: f.givenName } : {}),
    ...(f.familyName ? { familyName: f.familyName } : {}),
    ...(f.organisation ? { organisation: f.organisation } : {}),
    ...(f.role ? { role: f.role } : {}),
    ...(f.closeness !== undefined ? { closeness: f.closeness } : {}),
    ...(f.pinnedRing !== undefined ? { pinnedRing: f.pinnedRing } : {}),
    ...(f.cadenceDays !== undefined ? { cadenceDays: f.cadenceDays } : {}),
    ...(f.birthday !== undefined ? { birthday: f.birthday } : {}),
    ...(f.dates.length ? { dates: f.dates } : {}),
  };
}

export function toPersonDraft(values: PersonEditorValues): FormResult<PersonDraft, PersonEditorField> {
  const { errors, fields } = parse(values);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, draft: draftOf(fields) };
}

export function toPersonPatch(values: PersonEditorValues): FormResult<PersonPatch, PersonEditorField> {
  const { errors, fields: f } = parse(values);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      displayName: f.displayName,
      givenName: f.givenName || null,
      familyName: f.familyName || null,
      organisation: f.organisation || null,
      role: f.role || null,
      emails: f.emails,
      phones: f.phones,
      tags: f.tags,
      contexts: f.contexts,
      kind: f.kind,
      closeness: f.closeness ?? null,
      pinnedRing: f.pinnedRing ?? null,
      cadenceDays: f.cadenceDays ?? null,
      notes: f.notes,
      birthday: f.birthday ?? null,
      dates: f.dates,
    },
  };
}

/** The editor field behind a path main reported (`displayName`, `emails.1`…). */
export function editorFieldFor(path: string): PersonEditorField | undefined {
  const head = path.split('.')[0] ?? '';
  const fields: readonly string[] = [
    'displayName',
    'givenName',
    'familyName',
    'organisation',
    'role',
    'emails',
    'phones',
    'tags',
    'contexts',
    'kind',
    'closeness',
    'pinnedRing',
    'cadenceDays',
    'notes',
    'birthday',
    'dates',
  ];
  return fields.includes(head) ? (head as PersonEditorField) : undefined;
}
