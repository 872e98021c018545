/** Tiefgang's own CSV formats in (see tiefgang-format.ts for the columns). */

import { isEmail, normaliseEmail } from '../../shared/domain/names';
import {
  CalendarDate,
  Initiator,
  NamedDate,
  PersonDate,
  PersonKind,
  RingNumber,
} from '../../shared/domain/schema';
import { Columns, type CsvRow, type CsvTable, headerKey, readCsvTable, rowsOf } from './csv';
import { parseEncounterDate } from './dates';
import { parsePersonRef } from './person-ref';
import type { ItemProgress } from './progress';
import {
  canonicalColumn,
  ENCOUNTER_COLUMNS,
  PEOPLE_COLUMNS,
  splitDate,
  splitList,
  TIE_COLUMNS,
  unprotectFormula,
} from './tiefgang-format';
import type {
  ImportedEncounter,
  ImportedPerson,
  ImportedTie,
  ParsedImport,
  PersonRef,
  SkippedRow,
} from './types';
import { channelFrom, initiatorFrom, personKindFrom, tieKindFrom } from './vocabulary';

const canonical = (keys: string[]) => keys.map(canonicalColumn);

export const isEncountersHeader = (keys: string[]) => {
  const c = canonical(keys);
  return c.includes('date') && c.includes('participants') && c.includes('channel');
};
export const isTiesHeader = (keys: string[]) => {
  const c = canonical(keys);
  return c.includes('person_a') && c.includes('person_b');
};
export const isPeopleHeader = (keys: string[]) => {
  const c = canonical(keys);
  return (
    c.includes('display_name') && (c.includes('emails') || c.includes('given_name') || c.includes('kind'))
  );
};

function table(file: string, text: string, test: (keys: string[]) => boolean, columns: readonly string[]) {
  const t: CsvTable = readCsvTable(file, text, test, columns.join(','));
  return {
    table: t,
    columns: new Columns(
      t.header.map((k) => canonicalColumn(headerKey(k))),
      unprotectFormula,
    ),
  };
}

function empty(format: ParsedImport['format'], file: string, skipped: SkippedRow[]): ParsedImport {
  return { format, fileName: file, people: [], encounters: [], ties: [], skipped };
}

export function parseEncountersCsv(file: string, text: string, progress?: ItemProgress): ParsedImport {
  const { table: t, columns } = table(file, text, isEncountersHeader, ENCOUNTER_COLUMNS.slice(0, 6));
  const result = empty('encounters-csv', file, [...t.skipped]);
  for (const row of rowsOf(t, progress)) {
    const encounter = readEncounter(columns, row);
    if ('reason' in encounter) result.skipped.push(encounter);
    else result.encounters.push(encounter);
  }
  result.skipped.sort((a, b) => a.line - b.line);
  return result;
}

function readEncounter(columns: Columns, row: CsvRow): ImportedEncounter | SkippedRow {
  const line = row.line;
  const dateText = columns.get(row, 'date');
  const date = parseEncounterDate(dateText);
  if (!date) return { line, reason: 'bad-date', detail: dateText || '(empty)' };
  const participants = splitList(columns.get(row, 'participants'))
    .map(parsePersonRef)
    .filter((r): r is PersonRef => r !== null);
  if (participants.length === 0) return { line, reason: 'no-participants' };
  const channelText = columns.get(row, 'channel');
  const channel = channelFrom(channelText);
  if (!channel) return { line, reason: 'bad-channel', detail: channelText || '(empty)' };
  const encounter: ImportedEncounter = {
    line,
    date,
    participants,
    channel,
    notes: columns.raw(row, 'notes'),
  };
  const context = columns.get(row, 'context');
  if (context) encounter.context = context;
  const durationText = columns.get(row, 'duration_min');
  if (durationText) {
    const minutes = Number(durationText);
    if (!/^\d+$/.test(durationText) || minutes > 60 * 24 * 14) {
      return { line, reason: 'bad-duration', detail: durationText };
    }
    encounter.durationMinutes = minutes;
  }
  const initiatorText = columns.get(row, 'initiator');
  if (initiatorText) {
    const initiator = initiatorFrom(initiatorText);
    if (!initiator || !Initiator.safeParse(initiator).success)
      return { line, reason: 'bad-value', detail: initiatorText };
    encounter.initiator = initiator;
  }
  return encounter;
}

export function parseTiesCsv(file: string, text: string, progress?: ItemProgress): ParsedImport {
  const { table: t, columns } = table(file, text, isTiesHeader, TIE_COLUMNS.slice(0, 4));
  const result = empty('ties-csv', file, [...t.skipped]);
  for (const row of rowsOf(t, progress)) {
    const tie = readTie(columns, row);
    if ('reason' in tie) result.skipped.push(tie);
    else result.ties.push(tie);
  }
  result.skipped.sort((a, b) => a.line - b.line);
  return result;
}

function readTie(columns: Columns, row: CsvRow): ImportedTie | SkippedRow {
  const line = row.line;
  const a = parsePersonRef(columns.get(row, 'person_a'));
  const b = parsePersonRef(columns.get(row, 'person_b'));
  if (!a || !b) return { line, reason: 'no-participants' };
  const kindText = columns.get(row, 'kind');
  const kind = kindText ? tieKindFrom(kindText) : 'knows';
  if (!kind) return { line, reason: 'bad-kind', detail: kindText };
  const tie: ImportedTie = { line, a, b, kind };
  const strengthText = columns.get(row, 'strength');
  if (strengthText) {
    const strength = Number(strengthText);
    if (!/^[1-5]$/.test(strengthText)) return { line, reason: 'bad-strength', detail: strengthText };
    tie.strength = strength;
  }
  // "note" is also an alias of encounters' "notes", so the header may arrive under either name.
  const note = columns.get(row, 'note', 'notes');
  if (note) tie.note = note;
  return tie;
}

export function parsePeopleCsv(file: string, text: string, progress?: ItemProgress): ParsedImport {
  const { table: t, columns } = table(file, text, isPeopleHeader, PEOPLE_COLUMNS.slice(0, 6));
  const result = empty('people-csv', file, [...t.skipped]);
  for (const row of rowsOf(t, progress)) {
    const person = readPerson(columns, row);
    if ('reason' in person) result.skipped.push(person);
    else result.people.push(person);
  }
  result.skipped.sort((a, b) => a.line - b.line);
  return result;
}

function readPerson(columns: Columns, row: CsvRow): ImportedPerson | SkippedRow {
  const line = row.line;
  const emails = splitList(columns.get(row, 'emails'));
  const displayName = columns.get(row, 'display_name') || emails[0] || '';
  if (!displayName) return { line, reason: 'no-name' };
  const person: ImportedPerson = {
    line,
    displayName,
    emails: emails.filter((e) => isEmail(e)).map(normaliseEmail),
    phones: splitList(columns.get(row, 'phones')),
    urls: splitList(columns.get(row, 'urls')),
    tags: splitList(columns.get(row, 'tags')),
    contexts: splitList(columns.get(row, 'contexts')),
    notes: columns.raw(row, 'notes'),
  };
  const invalidEmails = emails.filter((e) => !isEmail(e));
  if (invalidEmails.length)
    person.notes = [person.notes, ...invalidEmails.map((e) => `E-mail: ${e}`)].filter(Boolean).join('\n');
  const text = (column: string) => columns.get(row, column);
  if (text('given_name')) person.givenName = text('given_name');
  if (text('family_name')) person.familyName = text('family_name');
  if (text('organisation')) person.organisation = text('organisation');
  if (text('role')) person.role = text('role');
  const kindText = text('kind');
  if (kindText) {
    const kind = personKindFrom(kindText);
    if (!kind || !PersonKind.safeParse(kind).success) return { line, reason: 'bad-kind', detail: kindText };
    person.kind = kind;
  }
  const closeness = text('closeness');
  if (closeness) {
    if (!/^[1-5]$/.test(closeness)) return { line, reason: 'bad-value', detail: `closeness ${closeness}` };
    person.closeness = Number(closeness);
  }
  const ring = text('pinned_ring');
  if (ring) {
    const parsed = RingNumber.safeParse(Number(ring));
    if (!parsed.success) return { line, reason: 'bad-value', detail: `pinned_ring ${ring}` };
    person.pinnedRing = parsed.data;
  }
  const cadence = text('cadence_days');
  if (cadence) {
    const days = Number(cadence);
    if (!/^\d+$/.test(cadence) || days < 1 || days > 3650)
      return { line, reason: 'bad-value', detail: `cadence_days ${cadence}` };
    person.cadenceDays = days;
  }
  const archived = text('archived').toLowerCase();
  if (archived) {
    if (!['true', 'false', 'yes', 'no', 'ja', 'nein', '1', '0'].includes(archived)) {
      return { line, reason: 'bad-value', detail: `archived ${archived}` };
    }
    person.archived = ['true', 'yes', 'ja', '1'].includes(archived);
  }
  const birthday = text('birthday');
  if (birthday) {
    if (!PersonDate.safeParse(birthday).success)
      return { line, reason: 'bad-date', detail: `birthday ${birthday}` };
    person.birthday = birthday;
  }
  const dates = splitList(text('dates'));
  if (dates.length) {
    person.dates = [];
    for (const item of dates) {
      const named = splitDate(item);
      if (!named || !NamedDate.safeParse(named).success)
        return { line, reason: 'bad-date', detail: `dates ${item}` };
      person.dates.push(named);
    }
  }
  const step = text('next_step');
  const due = text('next_step_due');
  if (due && !CalendarDate.safeParse(due).success)
    return { line, reason: 'bad-date', detail: `next_step_due ${due}` };
  if (step) person.nextStep = due ? { text: step, due } : { text: step };
  return person;
}
