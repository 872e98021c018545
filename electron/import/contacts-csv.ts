/**
 * Address-book CSV exports: Google Contacts (current and legacy headers), Outlook (English and German
 * headers) and LinkedIn's Connections.csv. Columns are matched by name, never by position, so added,
 * removed or reordered columns do not matter. The birthday (and Outlook's anniversary) go into the
 * person's date fields; fields the domain has no place for (addresses, a birthday that is no day) are
 * kept as lines in the notes.
 */

import { isEmail, normaliseEmail } from '../../shared/domain/names';
import { Columns, type CsvRow, readCsvTable, rowsOf } from './csv';
import { parseBirthday, parseLooseDate, parsePersonDate } from './dates';
import type { ItemProgress } from './progress';
import type { ImportedEncounter, ImportedPerson, ParsedImport, ParseOptions, SkippedRow } from './types';

const has = (keys: string[], ...names: string[]) => names.every((n) => keys.includes(n));
const some = (keys: string[], pattern: RegExp) => keys.some((k) => pattern.test(k));

export const isLinkedInHeader = (keys: string[]) => has(keys, 'first name', 'last name', 'connected on');
export const isGoogleHeader = (keys: string[]) =>
  (has(keys, 'given name', 'family name') &&
    (keys.includes('group membership') || some(keys, /^e-mail 1 - value$/))) ||
  (has(keys, 'first name', 'last name') &&
    (some(keys, /^e-mail 1 - value$/) || has(keys, 'labels', 'file as')));
export const isOutlookHeader = (keys: string[]) =>
  (has(keys, 'first name', 'last name') &&
    (keys.includes('e-mail address') || has(keys, 'business phone'))) ||
  (has(keys, 'vorname', 'nachname') && (keys.includes('e-mail-adresse') || keys.includes('mobiltelefon')));

/** Google's event labels: `* Anniversary` (its own kinds start with `* `) or what the user typed. */
function cleanEventLabel(label: string): string {
  return label
    .replace(/^\*\s*/, '')
    .trim()
    .slice(0, 80);
}

/** Google's `Event 1 - Label`, `Event 1 - Value`, … columns (anniversaries and other dates). */
function googleEvents(c: Columns, row: CsvRow): { label: string; value: string }[] {
  const events: { label: string; value: string }[] = [];
  for (let n = 1; c.has(`event ${n} - value`); n++) {
    const value = c.get(row, `event ${n} - value`);
    if (value) events.push({ label: cleanEventLabel(c.get(row, `event ${n} - label`)) || 'Date', value });
  }
  return events;
}

/** Google joins several values in one cell with " ::: ". */
function splitGoogle(values: string[]): string[] {
  return values.flatMap((v) => v.split(/\s*:::\s*/)).filter((v) => v.trim() !== '');
}

/** Google's own groups, on every contact; compared without spaces ("* My Contacts", "* myContacts"). */
const GOOGLE_SYSTEM_LABELS = new Set(['*mycontacts', 'mycontacts', '*starred', 'starred', '*othercontacts']);

function compose(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');
}

function finish(
  line: number,
  fields: {
    displayName: string;
    givenName: string;
    familyName: string;
    organisation: string;
    role: string;
    emails: string[];
    phones: string[];
    urls: string[];
    tags: string[];
    notes: string[];
    /** The birthday column as written. */
    birthday?: string;
    /** Yearly dates by label, as written (Outlook's anniversary). */
    dates?: { label: string; value: string }[];
  },
): ImportedPerson | SkippedRow {
  const emails = fields.emails.map((e) => e.trim()).filter(Boolean);
  const valid = emails.filter((e) => isEmail(e)).map(normaliseEmail);
  const notes = [...fields.notes, ...emails.filter((e) => !isEmail(e)).map((e) => `E-mail: ${e}`)];
  const birthday = fields.birthday ? dateOrNote('Birthday', fields.birthday, notes) : undefined;
  const dates = (fields.dates ?? []).flatMap(({ label, value }) => {
    const date = dateOrNote(label, value, notes);
    return date ? [{ label, date }] : [];
  });
  const displayName = fields.displayName || fields.organisation || valid[0] || '';
  if (!displayName) return { line, reason: 'no-name' };
  const person: ImportedPerson = {
    line,
    displayName,
    emails: [...new Set(valid)],
    phones: [...new Set(fields.phones.map((p) => p.trim()).filter(Boolean))],
    urls: [...new Set(fields.urls.map((u) => u.trim()).filter(Boolean))],
    tags: [...new Set(fields.tags.map((t) => t.trim()).filter(Boolean))],
    contexts: [],
    notes: notes.filter((n) => n.trim() !== '').join('\n'),
  };
  if (fields.givenName) person.givenName = fields.givenName;
  if (fields.familyName) person.familyName = fields.familyName;
  if (fields.organisation) person.organisation = fields.organisation;
  if (fields.role) person.role = fields.role;
  if (birthday) person.birthday = birthday;
  if (dates.length) person.dates = dates;
  return person;
}

/** The day for the person's field, or (when it is no day) a line in the notes; nothing for Outlook's 0/0/00. */
function dateOrNote(label: string, value: string, notes: string[]): string | undefined {
  const text = value.trim();
  if (!text || /^0?0\/0?0\/0?0+$/.test(text)) return undefined; // Outlook writes 0/0/00 for "none"
  const date = parsePersonDate(text);
  if (date) return date;
  notes.push(`${label}: ${parseBirthday(text) ?? text}`);
  return undefined;
}

function readRows(
  file: string,
  text: string,
  format: ParsedImport['format'],
  isHeader: (keys: string[]) => boolean,
  columnsText: string,
  read: (c: Columns, row: CsvRow) => ImportedPerson | SkippedRow,
  progress?: ItemProgress,
): ParsedImport {
  const table = readCsvTable(file, text, isHeader, columnsText);
  const columns = new Columns(table.header);
  const result: ParsedImport = {
    format,
    fileName: file,
    people: [],
    encounters: [],
    ties: [],
    skipped: [...table.skipped],
  };
  for (const row of rowsOf(table, progress)) {
    const person = read(columns, row);
    if ('reason' in person) result.skipped.push(person);
    else result.people.push(person);
  }
  result.skipped.sort((a, b) => a.line - b.line);
  return result;
}

export function parseGoogleCsv(file: string, text: string, progress?: ItemProgress): ParsedImport {
  return readRows(
    file,
    text,
    'google-csv',
    isGoogleHeader,
    'First Name,Last Name,E-mail 1 - Value',
    (c, row) => {
      const given = c.get(row, 'first name', 'given name');
      const middle = c.get(row, 'middle name', 'additional name');
      const family = c.get(row, 'last name', 'family name');
      const addresses = splitGoogle(c.all(row, /^address \d+ - formatted$/)).map(
        (a) => `Address: ${a.replace(/\s*\n\s*/g, ', ')}`,
      );
      const relations = c.all(row, /^relation \d+ - value$/).map((r) => `Related: ${r}`);
      const nickname = c.get(row, 'nickname');
      return finish(row.line, {
        displayName:
          c.get(row, 'name') ||
          compose(c.get(row, 'name prefix'), given, middle, family, c.get(row, 'name suffix')) ||
          c.get(row, 'file as'),
        givenName: given,
        familyName: family,
        organisation: c.get(row, 'organization name', 'organization 1 - name'),
        role: c.get(row, 'organization title', 'organization 1 - title'),
        emails: splitGoogle(c.all(row, /^e-mail \d+ - value$/)),
        phones: splitGoogle(c.all(row, /^phone \d+ - value$/)),
        urls: splitGoogle(c.all(row, /^website \d+ - value$/)),
        tags: splitGoogle([c.get(row, 'labels', 'group membership')]).filter(
          (l) => !GOOGLE_SYSTEM_LABELS.has(l.toLowerCase().replace(/\s+/g, '')),
        ),
        notes: [
          c.get(row, 'notes'),
          ...(nickname ? [`Nickname: ${nickname}`] : []),
          ...addresses,
          ...relations,
        ],
        birthday: c.get(row, 'birthday'),
        dates: googleEvents(c, row),
      });
    },
    progress,
  );
}

const OUTLOOK_EMAIL = /^(e-mail( \d)? address|e-mail-adresse|e-mail \d: adresse)$/;
const OUTLOOK_PHONE = /(phone|fax|pager|callback|telex|isdn|telefon|pager)/;
const OUTLOOK_ADDRESS_PARTS: Record<string, string[]> = {
  business: [
    'business street',
    'business city',
    'business state',
    'business postal code',
    'business country/region',
  ],
  home: ['home street', 'home city', 'home state', 'home postal code', 'home country/region'],
  other: ['other street', 'other city', 'other state', 'other postal code', 'other country/region'],
  geschäftlich: [
    'straße geschäftlich',
    'ort geschäftlich',
    'region geschäftlich',
    'postleitzahl geschäftlich',
    'land/region geschäftlich',
  ],
  privat: ['straße privat', 'ort privat', 'region privat', 'postleitzahl privat', 'land/region privat'],
};

export function parseOutlookCsv(file: string, text: string, progress?: ItemProgress): ParsedImport {
  return readRows(
    file,
    text,
    'outlook-csv',
    isOutlookHeader,
    'First Name,Last Name,E-mail Address',
    (c, row) => {
      const given = c.get(row, 'first name', 'vorname');
      const middle = c.get(row, 'middle name', 'weitere vornamen');
      const family = c.get(row, 'last name', 'nachname');
      const addresses = Object.entries(OUTLOOK_ADDRESS_PARTS).flatMap(([kind, parts]) => {
        const address = parts
          .map((p) => c.get(row, p))
          .filter(Boolean)
          .join(', ');
        return address ? [`Address (${kind}): ${address.replace(/\s*\n\s*/g, ', ')}`] : [];
      });
      const department = c.get(row, 'department', 'abteilung');
      const company = c.get(row, 'company', 'firma');
      return finish(row.line, {
        displayName:
          compose(given, middle, family) || c.get(row, 'e-mail display name', 'e-mail: angezeigter name'),
        givenName: given,
        familyName: family,
        organisation: [company, department].filter(Boolean).join(', '),
        role: c.get(row, 'job title', 'position'),
        emails: c.all(row, OUTLOOK_EMAIL),
        phones: c.all(row, OUTLOOK_PHONE),
        urls: [
          c.get(row, 'web page', 'webseite'),
          c.get(row, 'personal web page'),
          c.get(row, 'business web page'),
        ],
        tags: c
          .get(row, 'categories', 'kategorien')
          .split(';')
          .filter((t) => t.trim() && t.trim().toLowerCase() !== 'my contacts'),
        notes: [c.get(row, 'notes', 'notizen'), ...addresses],
        birthday: c.get(row, 'birthday', 'geburtstag'),
        dates: [{ label: 'Anniversary', value: c.get(row, 'anniversary', 'jahrestag') }],
      });
    },
    progress,
  );
}

export function parseLinkedInCsv(file: string, text: string, options: ParseOptions): ParsedImport {
  const result = readRows(
    file,
    text,
    'linkedin',
    isLinkedInHeader,
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    (c, row) => {
      const given = c.get(row, 'first name');
      const family = c.get(row, 'last name');
      const connected = c.get(row, 'connected on');
      const day = connected ? parseLooseDate(connected) : null;
      return finish(row.line, {
        displayName: compose(given, family),
        givenName: given,
        familyName: family,
        organisation: c.get(row, 'company'),
        role: c.get(row, 'position'),
        emails: [c.get(row, 'email address', 'e-mail address')],
        phones: [],
        urls: [c.get(row, 'url', 'profile url')],
        tags: ['LinkedIn'],
        notes: connected ? [`LinkedIn: connected on ${day ?? connected}`] : [],
      });
    },
    options.onProgress,
  );
  if (options.linkedinConnectedAsEncounter) {
    result.people.forEach((person, personIndex) => {
      const match = /^LinkedIn: connected on (\d{4}-\d{2}-\d{2})$/m.exec(person.notes);
      if (!match) return;
      const encounter: ImportedEncounter = {
        line: person.line,
        date: match[1]!,
        participants: [{ personIndex }],
        // A first touch: connecting is an exchange (a request accepted), so it counts as contact — not as
        // a social-media reaction, which the touch count leaves out.
        channel: 'message',
        notes: 'Connected on LinkedIn',
      };
      result.encounters.push(encounter);
    });
  }
  return result;
}
