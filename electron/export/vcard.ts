/**
 * People → vCard 4.0 (RFC 6350). Fields vCard has no property for travel as X-TIEFGANG-* properties,
 * which Tiefgang's importer reads back and other programs ignore.
 *
 * Written here rather than with ical.js, whose writer leaves a CR inside a value raw (a name could end
 * the card and begin another) and does not escape `;` inside list values such as CATEGORIES. The rules
 * are few: every value is escaped as RFC 6350 section 3.4 says (`\\`, `\n`, `\,`, `\;`; a CR or CR LF
 * is a line break, written `\n`), and lines are folded at 75 octets without cutting a character.
 */
import type { Database, Person } from '../../shared/domain/schema';

/** One value, escaped for a text property or for one component of a structured one (N, ORG). */
export function escapeValue(value: string): string {
  return value.replace(/\r\n?|[\n\\,;]/g, (c) => (c === '\\' || c === ',' || c === ';' ? `\\${c}` : '\\n'));
}

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/**
 * A content line folded as RFC 6350 section 3.2 says: at most 75 octets per physical line, continuation
 * lines begin with one space, and a character (or an escape such as `\n`) is never split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  for (const unit of units) {
    const size = encoder.encode(unit).length;
    const limit = physical.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // continuation: after the space
    if (octets + size > limit) {
      physical.push(current);
      current = '';
      octets = 0;
    }
    current += unit;
    octets += size;
  }
  physical.push(current);
  return physical.join('\r\n ');
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

export function personToVCard(person: Person, contextNames: ReadonlyMap<string, string>): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0'];
  const text = (name: string, value: string) => lines.push(property(name, escapeValue(value)));
  text('UID', `urn:tiefgang:${person.id}`);
  text('FN', person.displayName);
  if (person.givenName || person.familyName) {
    const components = [person.familyName ?? '', person.givenName ?? '', '', '', ''];
    lines.push(property('N', components.map(escapeValue).join(';')));
  }
  if (person.organisation) text('ORG', person.organisation);
  if (person.role) text('TITLE', person.role);
  for (const email of person.emails) text('EMAIL', email);
  for (const phone of person.phones) text('TEL;VALUE=text', phone);
  for (const url of person.urls) text('URL', url);
  if (person.tags.length) lines.push(property('CATEGORIES', person.tags.map(escapeValue).join(',')));
  if (person.notes) text('NOTE', person.notes);
  if (person.kind !== 'other') text('X-TIEFGANG-KIND', person.kind);
  if (person.closeness !== undefined) text('X-TIEFGANG-CLOSENESS', String(person.closeness));
  if (person.pinnedRing !== undefined) text('X-TIEFGANG-RING', String(person.pinnedRing));
  if (person.cadenceDays !== undefined) text('X-TIEFGANG-CADENCE-DAYS', String(person.cadenceDays));
  if (person.archived) text('X-TIEFGANG-ARCHIVED', 'true');
  // RFC 6350's basic form: 19801210, or --1210 without the year.
  if (person.birthday)
    lines.push(property('BDAY', person.birthday.replace(/-/g, '').replace(/^(?=\d{4}$)/, '--')));
  // Named dates as Apple writes them (a grouped X-ABDATE with its X-ABLABEL): Contacts shows them, and
  // Tiefgang's importer reads them back; vCard's own ANNIVERSARY holds one date without a label.
  (person.dates ?? []).forEach((named, i) => {
    lines.push(property(`date${i + 1}.X-ABDATE`, named.date));
    lines.push(property(`date${i + 1}.X-ABLABEL`, escapeValue(named.label)));
  });
  if (person.nextStep) {
    text('X-TIEFGANG-NEXT-STEP', person.nextStep.text);
    if (person.nextStep.due) text('X-TIEFGANG-NEXT-STEP-DUE', person.nextStep.due);
  }
  for (const id of person.contexts) text('X-TIEFGANG-CONTEXT', contextNames.get(id) ?? id);
  text('REV', person.updatedAt.replace(/\.\d+/, '').replace(/[-:]/g, ''));
  lines.push('END:VCARD');
  return lines.join('\r\n');
}

export function exportVCard(db: Readonly<Database>): string {
  const contextNames = new Map(db.contexts.map((c) => [c.id, c.name]));
  return db.people.map((p) => `${personToVCard(p, contextNames)}\r\n`).join('');
}
