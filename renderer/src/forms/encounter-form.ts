/** The "Log encounter" form: its values, and the draft it sends (or the field errors it shows). */
import type { Channel } from '../../../shared/domain/schema';
import { EncounterDraft } from '../../../shared/ipc/contract';
import { type FieldErrors, type FieldMessage, type FormResult, issuesToErrors } from './field-errors';

export interface EncounterFormValues {
  participants: string[];
  /** YYYY-MM-DD, as an <input type="date"> gives it. */
  date: string;
  channel: Channel;
  /** As typed; empty means unknown. */
  duration: string;
  notes: string;
}
export type EncounterField = keyof EncounterFormValues;

export function emptyEncounterForm(today: string, participants: string[] = []): EncounterFormValues {
  return { participants, date: today, channel: 'in_person', duration: '', notes: '' };
}

const messages: Record<EncounterField, FieldMessage> = {
  participants: { key: 'encounterForm.errors.participantsRequired' },
  date: { key: 'encounterForm.errors.dateInvalid' },
  channel: { key: 'form.fieldInvalid', values: { message: 'channel' } },
  duration: { key: 'encounterForm.errors.durationInvalid' },
  notes: { key: 'encounterForm.errors.notesTooLong' },
};

/** `knownIds`: the people that exist now; a participant outside it is reported, not sent. */
export function toEncounterDraft(
  values: EncounterFormValues,
  knownIds: ReadonlySet<string>,
): FormResult<EncounterDraft, EncounterField> {
  const errors: FieldErrors<EncounterField> = {};
  const duration = values.duration.trim();
  let durationMinutes: number | undefined;
  if (duration !== '') {
    if (/^\d+$/.test(duration)) durationMinutes = Number(duration);
    else errors.duration = messages.duration;
  }
  if (values.participants.some((id) => !knownIds.has(id))) {
    errors.participants = { key: 'encounterForm.errors.participantUnknown' };
  }
  const notes = values.notes.trim();
  const candidate = {
    participants: values.participants,
    date: values.date,
    channel: values.channel,
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
    ...(notes ? { notes } : {}),
  };
  const parsed = EncounterDraft.safeParse(candidate);
  if (!parsed.success) {
    const schemaErrors = issuesToErrors<EncounterField>(
      parsed.error.issues,
      (path) => {
        const field = encounterFieldFor(String(path[0] ?? ''));
        return field ? [field, messages[field]] : undefined;
      },
      'participants',
    );
    for (const [field, message] of Object.entries(schemaErrors) as [EncounterField, FieldMessage][]) {
      errors[field] ??= message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, draft: parsed.data };
}

/** The form field behind a request path such as `participants.1` or `durationMinutes`. */
export function encounterFieldFor(path: string): EncounterField | undefined {
  const head = path.split('.')[0];
  if (head === 'participants' || head === 'date' || head === 'channel' || head === 'notes') return head;
  if (head === 'durationMinutes') return 'duration';
  return undefined;
}
