/**
 * Encounters → Tiefgang encounters CSV, exactly the documented import format, so that exporting and
 * importing into an empty store gives the same encounters. Participants are written as
 * `Name <first e-mail>` (or the name alone), which the importer matches by address first.
 */
import type { Database } from '../../shared/domain/schema';
import { formatPersonRef } from '../import/person-ref';
import { ENCOUNTER_COLUMNS, joinList } from '../import/tiefgang-format';
import { toCsv } from './csv';

export function exportEncountersCsv(db: Readonly<Database>): string {
  const people = new Map(db.people.map((p) => [p.id, p]));
  const contexts = new Map(db.contexts.map((c) => [c.id, c.name]));
  const rows = db.encounters.map((e) => [
    e.date,
    joinList(
      e.participants.map((id) => {
        const person = people.get(id);
        return person ? formatPersonRef(person.displayName, person.emails[0]) : id;
      }),
    ),
    e.channel,
    e.contextId ? (contexts.get(e.contextId) ?? '') : '',
    e.durationMinutes === undefined ? '' : String(e.durationMinutes),
    e.notes,
    e.initiator ?? '',
  ]);
  return toCsv(ENCOUNTER_COLUMNS, rows);
}
