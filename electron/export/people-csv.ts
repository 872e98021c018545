/** People → Tiefgang people CSV (the columns in electron/import/tiefgang-format.ts). */
import type { Database } from '../../shared/domain/schema';
import { joinDate, joinList, PEOPLE_COLUMNS } from '../import/tiefgang-format';
import { toCsv } from './csv';

export function exportPeopleCsv(db: Readonly<Database>): string {
  const contextNames = new Map(db.contexts.map((c) => [c.id, c.name]));
  const rows = db.people.map((p) => [
    p.displayName,
    p.givenName ?? '',
    p.familyName ?? '',
    p.organisation ?? '',
    p.role ?? '',
    joinList(p.emails),
    joinList(p.phones),
    joinList(p.urls),
    joinList(p.tags),
    joinList(p.contexts.map((id) => contextNames.get(id) ?? id)),
    p.kind,
    p.closeness === undefined ? '' : String(p.closeness),
    p.pinnedRing === undefined ? '' : String(p.pinnedRing),
    p.cadenceDays === undefined ? '' : String(p.cadenceDays),
    String(p.archived),
    p.notes,
    p.birthday ?? '',
    joinList((p.dates ?? []).map((d) => joinDate(d.label, d.date))),
    p.nextStep?.text ?? '',
    p.nextStep?.due ?? '',
  ]);
  return toCsv(PEOPLE_COLUMNS, rows);
}
