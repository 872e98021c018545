/**
 * vCard 2.1, 3.0 and 4.0 → people.
 *
 * ical.js parses vCard 3.0 and 4.0 cards (escaping, parameter quoting, RFC 6868, structured values).
 * It does not read vCard 2.1, which phones and Outlook still write: QUOTED-PRINTABLE values with soft
 * line breaks, CHARSET parameters, bare parameters (`TEL;CELL;PREF`) and base64 blocks ended by an empty
 * line. Those cards (and any 3.0 card using 2.1 features, or one ical.js rejects) go through the small
 * tolerant reader below. Splitting the file into cards is done here too, so each card keeps its line.
 */
import ICAL from 'ical.js';
import { isEmail, normaliseEmail } from '../../shared/domain/names';
import { CalendarDate, type RingNumber } from '../../shared/domain/schema';
import { parseBirthday, parsePersonDate } from './dates';
import { ImportError } from './errors';
import type { ItemProgress } from './progress';
import { normaliseNewlines, stripBom } from './text';
import type { ImportedPerson, ParsedImport, SkippedRow } from './types';
import { personKindFrom } from './vocabulary';

/** One property of a card, the same whichever reader produced it. */
export interface CardProperty {
  group?: string;
  /** Upper case, without the group. */
  name: string;
  /** Lower-case TYPE values (`work`, `cell`, `pref`…). */
  types: string[];
  /** Structured components (N, ADR, ORG) or list items (CATEGORIES, NICKNAME), already unescaped. */
  values: string[];
}

interface CardText {
  line: number;
  lines: string[];
}

export function parseVCard(file: string, text: string, progress?: ItemProgress): ParsedImport {
  const { cards, skipped } = splitCards(file, normaliseNewlines(stripBom(text)));
  const people: ImportedPerson[] = [];
  for (let i = 0; i < cards.length; i++) {
    progress?.(i, cards.length);
    const card = cards[i]!;
    const properties = readCard(card);
    const person = cardToPerson(properties, card.line);
    if ('reason' in person) skipped.push(person);
    else people.push(person);
  }
  progress?.(cards.length, cards.length);
  skipped.sort((a, b) => a.line - b.line);
  return { format: 'vcard', fileName: file, people, encounters: [], ties: [], skipped };
}

/** Finds BEGIN:VCARD … END:VCARD blocks (nested 2.1 AGENT cards stay inside their parent). */
function splitCards(file: string, text: string): { cards: CardText[]; skipped: SkippedRow[] } {
  const lines = text.split('\n');
  const cards: CardText[] = [];
  const skipped: SkippedRow[] = [];
  let depth = 0;
  let current: CardText | null = null;
  let strayFrom = -1;
  lines.forEach((line, index) => {
    const word = line.trim().toUpperCase();
    if (word === 'BEGIN:VCARD') {
      if (depth === 0) {
        if (strayFrom !== -1) skipped.push({ line: strayFrom, reason: 'outside-card' });
        strayFrom = -1;
        current = { line: index + 1, lines: [] };
      } else current!.lines.push(line);
      depth++;
      return;
    }
    if (word === 'END:VCARD' && depth > 0) {
      depth--;
      if (depth === 0) cards.push(current!);
      else current!.lines.push(line);
      return;
    }
    if (depth > 0) current!.lines.push(line);
    else if (word !== '' && strayFrom === -1) strayFrom = index + 1;
  });
  if (depth > 0) throw new ImportError('truncated', { file, line: (current as CardText | null)?.line ?? 1 });
  if (strayFrom !== -1) skipped.push({ line: strayFrom, reason: 'outside-card' });
  if (cards.length === 0)
    throw new ImportError('not-format', { file, line: 1, format: 'vCard', detail: 'no BEGIN:VCARD line' });
  return { cards, skipped };
}

const LEGACY_MARKERS = /(^|;)(ENCODING=)?QUOTED-PRINTABLE|;CHARSET=/i;
/**
 * An escaped backslash right before `;` or `,` (a tag or name ending in a backslash). ical.js takes any
 * backslash before a separator as its escape and joins two values; the tolerant reader pairs escapes.
 */
const ESCAPED_BACKSLASH_THEN_SEPARATOR = /\\\\[;,]/;

function readCard(card: CardText): CardProperty[] {
  const versionLine = card.lines.find((l) => /^VERSION:/i.test(l.trim()));
  const version = versionLine?.trim().slice(8).trim();
  const legacy =
    version === '2.1' ||
    version === '2.0' ||
    card.lines.some(
      (l) => LEGACY_MARKERS.test(l.split(':')[0] ?? '') || ESCAPED_BACKSLASH_THEN_SEPARATOR.test(l),
    );
  if (!legacy) {
    try {
      return fromJCard(ICAL.parse(['BEGIN:VCARD', ...card.lines, 'END:VCARD'].join('\r\n')));
    } catch {
      // Not strictly valid 3.0/4.0 (an odd parameter, a stray line): the tolerant reader still gets the
      // names and addresses out of it rather than losing the whole contact.
    }
  }
  return readLegacyCard(card.lines);
}

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

function fromJCard(jcard: unknown): CardProperty[] {
  if (!Array.isArray(jcard) || jcard[0] !== 'vcard' || !Array.isArray(jcard[1]))
    throw new Error('not a single vCard');
  return (jcard[1] as JCardProperty[]).map(([name, params, valueType, ...values]) => {
    const type = params.type;
    const types = (Array.isArray(type) ? type : type === undefined ? [] : [type]).map((t) =>
      String(t).toLowerCase(),
    );
    if (params.pref !== undefined && !types.includes('pref')) types.push('pref');
    // ical.js undoes \\, \n and \, in text, but leaves \; outside structured values (N, ADR, ORG), and
    // leaves the values of properties it does not know (X-…) exactly as written.
    const finish = (v: unknown) =>
      valueType === 'unknown'
        ? unescapeText(String(v))
        : typeof v === 'string'
          ? v.replace(/\\;/g, ';')
          : String(v);
    const flat = values.flatMap((v) =>
      Array.isArray(v) ? v.map((c) => (Array.isArray(c) ? c.map(String).join(' ') : String(c))) : [finish(v)],
    );
    const property: CardProperty = { name: name.toUpperCase(), types, values: flat };
    if (typeof params.group === 'string') property.group = params.group.toLowerCase();
    return property;
  });
}

// ---------------------------------------------------------------------------------------------------
// The tolerant reader (vCard 2.1 and damaged 3.0)

const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER']);
const LISTS = new Set(['CATEGORIES', 'NICKNAME']);
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

export function readLegacyCard(lines: readonly string[]): CardProperty[] {
  const properties: CardProperty[] = [];
  let i = 0;
  while (i < lines.length) {
    let logical = lines[i]!;
    i++;
    if (logical.trim() === '') continue;
    if (/^[ \t]/.test(logical)) continue; // a continuation with nothing to continue (e.g. after a blank line)
    // Folded continuation lines (leading space or tab).
    while (i < lines.length && /^[ \t]/.test(lines[i]!)) {
      logical += lines[i]!.slice(1);
      i++;
    }
    const colon = headerEnd(logical);
    if (colon === -1) continue;
    const head = logical.slice(0, colon);
    let value = logical.slice(colon + 1);
    const { group, name, params } = parseHead(head);
    const encoding = (params.get('encoding')?.[0] ?? '').toLowerCase();
    if (encoding === 'quoted-printable' && value.endsWith('=')) {
      // Soft line breaks: a line ending in "=" continues on the next line, indented or not. The pieces
      // are joined once at the end: cutting the "=" off a growing string would copy it for every line.
      const pieces = [value.slice(0, -1)];
      while (i < lines.length) {
        const next = lines[i]!;
        i++;
        const piece = next.charCodeAt(0) === 0x20 || next.charCodeAt(0) === 0x09 ? next.slice(1) : next;
        if (!piece.endsWith('=')) {
          pieces.push(piece);
          break;
        }
        pieces.push(piece.slice(0, -1));
      }
      value = pieces.join('');
    }
    if (BINARY.has(name) || encoding === 'base64' || encoding === 'b') {
      // 2.1 base64 runs until an empty line; the content is not kept.
      while (
        i < lines.length &&
        lines[i]!.trim() !== '' &&
        !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?[;:]/.test(lines[i]!)
      )
        i++;
      continue;
    }
    const charset = params.get('charset')?.[0];
    const decoded = encoding === 'quoted-printable' ? decodeQuotedPrintable(value, charset) : value;
    const values = STRUCTURED.has(name)
      ? splitUnescaped(decoded, ';').map(unescapeText)
      : LISTS.has(name)
        ? splitUnescaped(decoded, name === 'CATEGORIES' ? /[,;]/ : ',').map(unescapeText)
        : [unescapeText(decoded)];
    const property: CardProperty = { name, types: params.get('type') ?? [], values };
    if (group) property.group = group;
    properties.push(property);
  }
  return properties;
}

/** Index of the ':' that ends the property name and parameters (quoted parameter values may hold one). */
function headerEnd(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

function parseHead(head: string): { group?: string; name: string; params: Map<string, string[]> } {
  const parts = head.split(';');
  const fullName = parts[0]!.trim();
  const dot = fullName.lastIndexOf('.');
  const group = dot === -1 ? undefined : fullName.slice(0, dot).toLowerCase();
  const name = (dot === -1 ? fullName : fullName.slice(dot + 1)).toUpperCase();
  const params = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    const list = params.get(key) ?? [];
    list.push(value);
    params.set(key, list);
  };
  for (const raw of parts.slice(1)) {
    const part = raw.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq === -1) {
      // vCard 2.1 bare parameters: encodings are recognised, everything else is a TYPE.
      const bare = part.toLowerCase();
      if (['quoted-printable', 'base64', 'b', '8bit', '7bit'].includes(bare)) add('encoding', bare);
      else add('type', bare);
      continue;
    }
    const key = part.slice(0, eq).trim().toLowerCase();
    const values = part
      .slice(eq + 1)
      .replace(/^"(.*)"$/, '$1')
      .split(',');
    for (const v of values) add(key, key === 'charset' ? v.trim() : v.trim().toLowerCase());
  }
  return group === undefined ? { name, params } : { group, name, params };
}

const utf8Encoder = new TextEncoder();

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/** Quoted-printable → text, in one pass over the value (a 2.1 NOTE can run to megabytes). */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  // At most one byte per ASCII character; other characters (a raw umlaut) take up to three, plus slack.
  let bytes = new Uint8Array(value.length + 16);
  let length = 0;
  const push = (byte: number) => {
    if (length === bytes.length) {
      const bigger = new Uint8Array(bytes.length * 2);
      bigger.set(bytes);
      bytes = bigger;
    }
    bytes[length++] = byte;
  };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x3d) {
      const high = hexValue(value.charCodeAt(i + 1));
      const low = hexValue(value.charCodeAt(i + 2));
      if (high !== -1 && low !== -1) {
        push(high * 16 + low);
        i += 2;
        continue;
      }
      if (i === value.length - 1) continue; // a soft break at the very end: nothing follows
      push(code);
    } else if (code < 0x80) push(code);
    else {
      // A character written raw: its UTF-8 bytes (a surrogate pair is one character).
      const next = value.charCodeAt(i + 1);
      const end = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? i + 2 : i + 1;
      for (const b of utf8Encoder.encode(value.slice(i, end))) push(b);
      i = end - 1;
    }
  }
  return decodeBytes(bytes.subarray(0, length), charset);
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown CHARSET label: UTF-8 is the likeliest truth
  }
  // Broken byte sequences (an Android export ends one value with a lone =80) decode to U+FFFD; drop it.
  return decoder
    .decode(bytes)
    .replace(/\uFFFD/g, '')
    .replace(/\r\n?/g, '\n');
}

function splitUnescaped(value: string, separator: string | RegExp): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (typeof separator === 'string' ? ch === separator : separator.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

// ---------------------------------------------------------------------------------------------------
// Card → person

/** Groups Android and Google put on every contact; they say nothing about the person. */
const SYSTEM_CATEGORIES = new Set(['my contacts', 'mycontacts', '* mycontacts', 'starred', '* starred']);

/** Apple's label wrapper: `_$!<Anniversary>!$_` → `Anniversary`. */
function cleanLabel(label: string): string {
  return label.replace(/^_\$!<(.*)>!\$_$/, '$1').trim();
}

function first(properties: CardProperty[], name: string): CardProperty | undefined {
  return properties.find((p) => p.name === name && p.values.some((v) => v.trim() !== ''));
}

function joinNonEmpty(values: readonly (string | undefined)[], separator: string): string {
  return values
    .map((v) => (v ?? '').trim())
    .filter((v) => v !== '')
    .join(separator);
}

export function cardToPerson(properties: CardProperty[], line: number): ImportedPerson | SkippedRow {
  const labels = new Map<string, string>();
  for (const p of properties) {
    if (p.group && p.name === 'X-ABLABEL' && p.values[0]) labels.set(p.group, cleanLabel(p.values[0]));
  }
  const labelOf = (p: CardProperty, fallback: string) => (p.group && labels.get(p.group)) || fallback;
  const byPreference = (a: CardProperty, b: CardProperty) =>
    Number(b.types.includes('pref')) - Number(a.types.includes('pref'));

  const n = first(properties, 'N');
  const [family, given, additional] = n?.values ?? [];
  const fn = first(properties, 'FN')?.values.join(' ').trim();
  const org = first(properties, 'ORG');
  const organisation = org ? joinNonEmpty(org.values, ', ') : '';

  const emails: string[] = [];
  const notes: string[] = [];
  for (const p of properties.filter((q) => q.name === 'EMAIL').sort(byPreference)) {
    const value = p.values.join('').trim();
    if (value === '') continue;
    if (isEmail(value.replace(/^mailto:/i, ''))) emails.push(normaliseEmail(value));
    else notes.push(`E-mail: ${value}`);
  }
  const phones = properties
    .filter((p) => p.name === 'TEL')
    .sort(byPreference)
    .map((p) => p.values.join('').trim().replace(/^tel:/i, ''))
    .filter((v) => v !== '');
  const urls = properties
    .filter((p) => p.name === 'URL')
    .sort(byPreference)
    .map((p) => p.values.join('').trim().replace(/\\:/g, ':'))
    .filter((v) => v !== '');
  const tags = properties
    .filter((p) => p.name === 'CATEGORIES')
    .flatMap((p) => p.values.map((v) => v.trim()))
    .filter((v) => v !== '' && !SYSTEM_CATEGORIES.has(v.toLowerCase()));

  const noteText = properties
    .filter((p) => p.name === 'NOTE')
    .map((p) => p.values.join(''))
    .filter((v) => v.trim() !== '');

  // Things the domain has no field for are kept as lines in the notes rather than dropped.
  const nickname = properties
    .filter((p) => p.name === 'NICKNAME')
    .flatMap((p) => p.values.filter((v) => v.trim()));
  if (nickname.length) notes.push(`Nickname: ${nickname.join(', ')}`);
  // Birthdays and yearly dates go into their fields; a value that is no day (`circa 1950`) stays a note.
  const bday = first(properties, 'BDAY');
  const bdayText = bday?.values.join('').trim() ?? '';
  const birthday = bday ? parsePersonDate(bdayText) : null;
  if (bday && !birthday) notes.push(`Birthday: ${parseBirthday(bdayText) ?? bdayText}`);
  const dates: { label: string; date: string }[] = [];
  const namedDate = (label: string, value: string) => {
    const date = parsePersonDate(value);
    if (date) dates.push({ label: label.slice(0, 80), date });
    else notes.push(`${label}: ${parseBirthday(value) ?? value}`);
  };
  for (const p of properties) {
    const value = p.values.join('').trim();
    if (value === '') continue;
    if (p.name === 'ANNIVERSARY' || p.name === 'X-ANNIVERSARY' || p.name === 'X-MS-ANNIVERSARY') {
      namedDate('Anniversary', value);
    } else if (p.name === 'X-ABDATE') {
      namedDate(labelOf(p, 'Date'), value);
    } else if (p.name === 'X-ABRELATEDNAMES' || (p.name === 'RELATED' && !/^[a-z]+:/i.test(value))) {
      notes.push(`${labelOf(p, p.types[0] ?? 'Related')}: ${value}`);
    } else if (p.name === 'X-MS-SPOUSE') notes.push(`Spouse: ${value}`);
  }
  for (const p of properties.filter((q) => q.name === 'ADR')) {
    const address = joinNonEmpty(p.values, ', ');
    if (!address) continue;
    const kind = labelOf(
      p,
      p.types.filter((t) => t !== 'pref' && t !== 'postal' && t !== 'parcel').join(', '),
    );
    notes.push(`Address${kind ? ` (${kind})` : ''}: ${address.replace(/\n+/g, ', ')}`);
  }

  const own = (name: string) => first(properties, `X-TIEFGANG-${name}`)?.values.join('').trim();
  const composed = joinNonEmpty([given, additional, family], ' ');
  const displayName = fn || composed || organisation || emails[0] || '';
  if (displayName === '') return { line, reason: 'no-name' };

  const person: ImportedPerson = {
    line,
    displayName,
    emails: [...new Set(emails)],
    phones: [...new Set(phones)],
    urls: [...new Set(urls)],
    tags: [...new Set(tags)],
    contexts: properties
      .filter((p) => p.name === 'X-TIEFGANG-CONTEXT')
      .flatMap((p) => p.values.filter((v) => v.trim())),
    notes: [...new Set([...noteText, ...notes])].join('\n'),
  };
  if (given?.trim()) person.givenName = given.trim();
  if (family?.trim()) person.familyName = family.trim();
  if (organisation) person.organisation = organisation;
  const role = first(properties, 'TITLE') ?? first(properties, 'ROLE');
  if (role) person.role = role.values.join(' ').trim();
  const kind = own('KIND');
  if (kind && personKindFrom(kind)) person.kind = personKindFrom(kind);
  const closeness = Number(own('CLOSENESS'));
  if (Number.isInteger(closeness) && closeness >= 1 && closeness <= 5) person.closeness = closeness;
  const ring = Number(own('RING'));
  if (ring === 1 || ring === 2 || ring === 3 || ring === 4) person.pinnedRing = ring as RingNumber;
  const cadence = Number(own('CADENCE-DAYS'));
  if (Number.isInteger(cadence) && cadence >= 1 && cadence <= 3650) person.cadenceDays = cadence;
  if (own('ARCHIVED')?.toLowerCase() === 'true') person.archived = true;
  if (birthday) person.birthday = birthday;
  if (dates.length) person.dates = dates;
  const step = own('NEXT-STEP');
  if (step) {
    const due = own('NEXT-STEP-DUE');
    const day = due?.trim();
    person.nextStep = {
      text: step.slice(0, 500),
      ...(day && CalendarDate.safeParse(day).success ? { due: day } : {}),
    };
  }
  return person;
}
