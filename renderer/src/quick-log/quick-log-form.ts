/**
 * The quick log's values, and the request they become (or the field errors they show). Pure: the
 * same checks as main (the zod schemas of the contract), plus what only the form knows — a
 * participant that no longer exists, a date typed in the user's own way.
 */
import { comparedName } from '../../../shared/domain/person-match';
import {
  type Channel,
  type Context,
  type Encounter,
  EncounterDate,
  type Initiator,
} from '../../../shared/domain/schema';
import { EncounterPatch, QuickLogRequest } from '../../../shared/ipc/contract';
import type { FieldErrors, FieldMessage, FormResult } from '../forms/field-errors';
import { optionalNumber } from '../forms/schema-field';

/** Someone who exists (`id`) or a new person the log creates (`newName`). */
export type Participant = { id: string } | { newName: string };

export interface QuickLogValues {
  participants: Participant[];
  /** As typed: `YYYY-MM-DD`, `27.11.2026`, `27/11/2026`, or a stored date-time. */
  date: string;
  channel: Channel;
  /** The context as typed: the name of an existing one, a new one's name, or '' for none. */
  context: string;
  duration: string;
  initiator: '' | Initiator;
  notes: string;
}
export type QuickLogField =
  | 'participants'
  | 'date'
  | 'channel'
  | 'context'
  | 'duration'
  | 'initiator'
  | 'notes';

export function emptyQuickLog(today: string, participantIds: readonly string[] = []): QuickLogValues {
  return {
    participants: participantIds.map((id) => ({ id })),
    date: today,
    channel: 'in_person',
    context: '',
    duration: '',
    initiator: '',
    notes: '',
  };
}

export function valuesFromEncounter(
  encounter: Encounter,
  contexts: readonly Pick<Context, 'id' | 'name'>[],
): QuickLogValues {
  return {
    participants: encounter.participants.map((id) => ({ id })),
    date: encounter.date,
    channel: encounter.channel,
    context: contexts.find((c) => c.id === encounter.contextId)?.name ?? '',
    duration: encounter.durationMinutes === undefined ? '' : String(encounter.durationMinutes),
    initiator: encounter.initiator ?? '',
    notes: encounter.notes,
  };
}

/**
 * A date as typed, as the stored form: `2026-11-27` (or a date-time with offset) as it is, and the
 * day-first forms people write by hand, `27.11.2026` and `27/11/2026`. Undefined when it is no real day.
 */
export function parseDateInput(text: string): string | undefined {
  const value = text.trim();
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const candidate = dayFirst
    ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`
    : value;
  return EncounterDate.safeParse(candidate).success ? candidate : undefined;
}

/** `YYYY-MM-DD` plus `days` (negative: before). */
export function shiftDay(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const message = (key: string): FieldMessage => ({ key: `quickLog:errors.${key}` });

/** What the typed context names: none, an existing context (its name, ignoring case and accents), or a new one. */
export type ContextChoice =
  | { kind: 'none' }
  | { kind: 'existing'; id: string }
  | { kind: 'new'; name: string };

export function resolveContext(
  text: string,
  contexts: readonly Pick<Context, 'id' | 'name'>[],
): ContextChoice {
  const name = text.trim().replace(/\s+/g, ' ');
  if (!name) return { kind: 'none' };
  const key = comparedName(name);
  const existing = contexts.find((c) => comparedName(c.name) === key);
  return existing ? { kind: 'existing', id: existing.id } : { kind: 'new', name };
}

interface Checked {
  errors: FieldErrors<QuickLogField>;
  context: ContextChoice;
  date: string | undefined;
  durationMinutes: number | undefined;
  notes: string;
}

function check(
  values: QuickLogValues,
  knownIds: ReadonlySet<string>,
  contexts: readonly Pick<Context, 'id' | 'name'>[],
): Checked {
  const errors: FieldErrors<QuickLogField> = {};
  if (values.participants.length === 0) errors.participants = message('participantsRequired');
  else if (values.participants.some((p) => 'id' in p && !knownIds.has(p.id))) {
    errors.participants = message('participantUnknown');
  } else if (
    values.participants.some((p) => 'newName' in p && (!p.newName.trim() || p.newName.length > 200))
  ) {
    errors.participants = message('newNameInvalid');
  }
  const date = parseDateInput(values.date);
  if (date === undefined) errors.date = message(values.date.trim() ? 'dateInvalid' : 'dateRequired');
  // The contract's rule for an encounter's duration (whole minutes, up to two weeks).
  const duration = optionalNumber(
    EncounterPatch.shape.durationMinutes,
    values.duration,
    message('durationInvalid'),
  );
  const durationMinutes = duration.ok ? (duration.value ?? undefined) : undefined;
  if (!duration.ok) errors.duration = duration.error;
  const context = resolveContext(values.context, contexts);
  if (context.kind === 'new' && context.name.length > 200) errors.context = message('contextTooLong');
  const notes = values.notes.trim();
  if (notes.length > 20000) errors.notes = message('notesTooLong');
  return { errors, context, date, durationMinutes, notes };
}

/**
 * The `encounters.log` request: existing participants by id, new ones by name; an existing context by
 * id, a new one by name (created in the same write).
 */
export function toQuickLogRequest(
  values: QuickLogValues,
  knownIds: ReadonlySet<string>,
  contexts: readonly Pick<Context, 'id' | 'name'>[],
): FormResult<QuickLogRequest, QuickLogField> {
  const { errors, context, date, durationMinutes, notes } = check(values, knownIds, contexts);
  if (Object.keys(errors).length > 0 || date === undefined) return { ok: false, errors };
  const request = {
    date,
    participants: values.participants.flatMap((p) => ('id' in p ? [p.id] : [])),
    newPeople: values.participants.flatMap((p) => ('newName' in p ? [p.newName.trim()] : [])),
    channel: values.channel,
    ...(context.kind === 'existing' ? { contextId: context.id } : {}),
    ...(context.kind === 'new' ? { newContext: context.name } : {}),
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
    ...(values.initiator ? { initiator: values.initiator } : {}),
    ...(notes ? { notes } : {}),
  };
  const parsed = QuickLogRequest.safeParse(request);
  if (!parsed.success) return { ok: false, errors: { participants: message('invalid') } };
  return { ok: true, draft: request };
}

/**
 * The `encounters.update` patch for an edited encounter (new people and new contexts are created when
 * logging, not while editing).
 */
export function toEncounterPatch(
  values: QuickLogValues,
  knownIds: ReadonlySet<string>,
  contexts: readonly Pick<Context, 'id' | 'name'>[],
): FormResult<EncounterPatch, QuickLogField> {
  const { errors, context, date, durationMinutes, notes } = check(values, knownIds, contexts);
  if (values.participants.some((p) => 'newName' in p)) errors.participants = message('noNewWhileEditing');
  if (context.kind === 'new') errors.context = message('contextNewWhileEditing');
  if (Object.keys(errors).length > 0 || date === undefined) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      date,
      participants: values.participants.flatMap((p) => ('id' in p ? [p.id] : [])),
      channel: values.channel,
      contextId: context.kind === 'existing' ? context.id : null,
      durationMinutes: durationMinutes ?? null,
      initiator: values.initiator || null,
      notes,
    },
  };
}

/** The form field behind a path main reported (e.g. `participants`, `durationMinutes`). */
export function quickLogFieldFor(path: string): QuickLogField | undefined {
  const head = path.split('.')[0];
  if (head === 'durationMinutes') return 'duration';
  if (head === 'newPeople') return 'participants';
  if (head === 'contextId' || head === 'newContext') return 'context';
  if (
    head === 'participants' ||
    head === 'date' ||
    head === 'channel' ||
    head === 'initiator' ||
    head === 'notes'
  )
    return head;
  return undefined;
}
