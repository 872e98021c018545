/**
 * Tiefgang's own CSV formats, defined once for the importer and the exporter:
 *
 * - encounters: `date,participants,channel,context,duration_min,notes[,initiator]`
 * - ties:       `person_a,person_b,kind,strength[,note]`
 * - people:     `display_name,given_name,family_name,organisation,role,emails,phones,urls,tags,contexts,
 *                kind,closeness,pinned_ring,cadence_days,archived,notes,birthday,dates,next_step,
 *                next_step_due` (a birthday is `YYYY-MM-DD` or `--MM-DD`; dates are `label=date` items)
 *
 * Columns are found by name (English or German), in any order. Cells holding several values
 * (participants, emails, tags…) separate them with `;`; a literal `;` or `\` inside a value is written
 * `\;` or `\\`. A cell a spreadsheet would run as a formula gets a leading `'` (see `protectFormula`).
 */

export const ENCOUNTER_COLUMNS = [
  'date',
  'participants',
  'channel',
  'context',
  'duration_min',
  'notes',
  'initiator',
] as const;
export const TIE_COLUMNS = ['person_a', 'person_b', 'kind', 'strength', 'note'] as const;
export const PEOPLE_COLUMNS = [
  'display_name',
  'given_name',
  'family_name',
  'organisation',
  'role',
  'emails',
  'phones',
  'urls',
  'tags',
  'contexts',
  'kind',
  'closeness',
  'pinned_ring',
  'cadence_days',
  'archived',
  'notes',
  'birthday',
  'dates',
  'next_step',
  'next_step_due',
] as const;

/** German (and a few English) header words accepted for each column. */
export const COLUMN_ALIASES: Record<string, string[]> = {
  date: ['datum'],
  participants: ['teilnehmer', 'teilnehmende', 'people', 'personen'],
  channel: ['kanal'],
  context: ['kontext'],
  duration_min: ['dauer_min', 'duration', 'dauer', 'duration_minutes'],
  notes: ['notizen', 'note', 'notiz'],
  initiator: ['initiative', 'von_wem'],
  person_a: ['person_1'],
  person_b: ['person_2'],
  kind: ['art'],
  strength: ['stärke', 'staerke'],
  display_name: ['anzeigename'],
  given_name: ['vorname'],
  family_name: ['nachname'],
  organisation: ['organization', 'firma', 'organisation'],
  role: ['rolle', 'position'],
  emails: ['e_mails', 'email', 'e_mail'],
  phones: ['telefon', 'telefonnummern'],
  urls: ['links', 'websites'],
  tags: ['schlagworte'],
  contexts: ['kontexte'],
  closeness: ['nähe', 'naehe'],
  pinned_ring: ['ring'],
  cadence_days: ['rhythmus_tage'],
  archived: ['archiviert'],
  birthday: ['geburtstag'],
  dates: ['daten', 'jahrestage'],
  next_step: ['nächster_schritt', 'naechster_schritt'],
  next_step_due: ['nächster_schritt_fällig', 'naechster_schritt_faellig'],
};

/** A named date in a `dates` cell: `Anniversary=2005-06-05` (the label may hold `=`, the date never). */
export function joinDate(label: string, date: string): string {
  return `${label}=${date}`;
}

export function splitDate(item: string): { label: string; date: string } | undefined {
  const at = item.lastIndexOf('=');
  if (at <= 0) return undefined;
  return { label: item.slice(0, at).trim(), date: item.slice(at + 1).trim() };
}

/** A header cell in the canonical spelling: lower case, words joined by `_`. */
export function canonicalColumn(headerKey: string): string {
  const key = headerKey
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  for (const [column, aliases] of Object.entries(COLUMN_ALIASES)) {
    if (key === column || aliases.includes(key)) return column;
  }
  return key;
}

/** Joins values for one cell: `a;b`, escaping `;` and `\` inside values. */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(';');
}

/** Splits a cell written by `joinList` (or by hand: spaces around `;` are trimmed, empty items dropped). */
export function splitList(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      current += cell[i + 1];
      i++;
    } else if (ch === ';') {
      values.push(current);
      current = '';
    } else current += ch;
  }
  values.push(current);
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * Cells a spreadsheet would run as a formula: they begin with `=`, `+`, `-`, `@`, a tab or a line break
 * (OWASP's list, plus line feed, because CR becomes LF on import). Hostile text arrives through calendar
 * invites and vCards, and the exports begin with a byte-order mark precisely so that Excel opens them.
 */
const FORMULA_START = /^'*[=+\-@\t\r\n]/;

/**
 * Neutralises a cell as OWASP recommends, with a leading `'`. A cell that already begins with
 * apostrophes before such a character gets one more, so `unprotectFormula` gives back exactly the value.
 * (papaparse's `escapeFormulae` lacks that second rule, so a round trip would lose an apostrophe.)
 */
export function protectFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `protectFormula`: one leading `'` goes when apostrophes are followed by a formula character. */
export function unprotectFormula(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
