/**
 * LinkedIn's data archive: `messages.csv` (one row per message: FROM, SENDER PROFILE URL, TO,
 * RECIPIENT PROFILE URLS, DATE in UTC, FOLDER; CONTENT is never read) beside `Connections.csv`.
 * People are known by their profile URL, and `Connections.csv` lends them the e-mail address they
 * shared, so they match the people already in Tiefgang. The owner is the profile on most messages
 * (or the owner's name from the settings). Company pages and LinkedIn's own mail are skipped.
 *
 * The table is read by the project's CSV reader (papaparse, columns found by name).
 */

import { nameKey, normaliseEmail } from '../../../shared/domain/names';
import { Columns, headerKey, readCsvTable } from '../csv';
import { ImportError } from '../errors';
import { Span } from './day-book';
import { ExchangeBook } from './exchange-book';
import { limitsOf, Owner, SkipTally } from './tally';
import type { ContactLog, ContactLogOptions, LogPerson } from './types';

export function isLinkedInMessagesHeader(keys: string[]): boolean {
  const set = new Set(keys.map(headerKey));
  return set.has('conversation id') && set.has('from') && set.has('to') && set.has('date');
}

/** A profile URL in one form: lower case, https, no trailing slash or query. */
export function profileKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^http:/, 'https:')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

interface Connection {
  name: string;
  email?: string;
  url: string;
}

export function readLinkedInConnections(file: string, text: string): Map<string, Connection> {
  const connections = new Map<string, Connection>();
  const table = readCsvTable(
    file,
    text,
    (keys) => keys.includes('first name') && keys.includes('last name') && keys.includes('url'),
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  );
  const c = new Columns(table.header);
  for (const row of table.rows) {
    const url = c.get(row, 'url');
    if (!url) continue;
    const name = `${c.get(row, 'first name')} ${c.get(row, 'last name')}`.trim();
    const email = c.get(row, 'email address');
    connections.set(profileKey(url), email ? { name, url, email: normaliseEmail(email) } : { name, url });
  }
  return connections;
}

export function readLinkedInMessages(
  file: string,
  text: string,
  options: ContactLogOptions,
  connections: ReadonlyMap<string, Connection> = new Map(),
): ContactLog {
  const limits = limitsOf(options);
  const owner = new Owner(options.owner);
  const skipped = new SkipTally();
  const span = new Span();
  const book = new ExchangeBook(file, limits, options.offsetAt);
  const table = readCsvTable(
    file,
    text,
    isLinkedInMessagesHeader,
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
  );
  for (const row of table.skipped) skipped.add('unknown-kind', row.line, row.reason);
  const c = new Columns(table.header);
  const urls = new Map<string, string>();
  const idOf = (name: string, url: string): string => {
    if (url) {
      const key = profileKey(url);
      urls.set(key, url.trim());
      return key;
    }
    return `name:${nameKey(name)}`;
  };
  let messages = 0;
  for (const row of table.rows) {
    messages++;
    const folder = c.get(row, 'folder').toUpperCase();
    if (folder === 'SPAM') {
      skipped.add('spam', row.line);
      continue;
    }
    if (/^true$/i.test(c.get(row, 'is message draft'))) {
      skipped.add('draft', row.line);
      continue;
    }
    const fromName = c.get(row, 'from');
    const fromUrl = c.get(row, 'sender profile url');
    if (
      (!fromName && !fromUrl) ||
      /\/(company|school|showcase)\//i.test(fromUrl) ||
      /^linkedin( member)?$/i.test(fromName)
    ) {
      skipped.add(fromName || fromUrl ? 'not-a-person' : 'no-address', row.line, fromName || fromUrl);
      continue;
    }
    const raw = c.get(row, 'date');
    const ms = Date.parse(raw.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2})?) ?UTC$/, '$1T$2Z'));
    if (!Number.isFinite(ms) || ms < 315532800000 || ms > 7258118400000) {
      skipped.add('bad-date', row.line, raw);
      continue;
    }
    const toNames = c
      .get(row, 'to')
      .split(/\s*,\s*/)
      .filter(Boolean);
    const toUrls = c
      .get(row, 'recipient profile urls')
      .split(/[\s,]+/)
      .filter(Boolean);
    const recipients =
      toUrls.length > 0
        ? toUrls.map((url, i) => ({
            id: idOf(toNames[i] ?? '', url),
            name: toUrls.length === toNames.length ? toNames[i]! : '',
          }))
        : toNames.map((name) => ({ id: idOf(name, ''), name }));
    if (recipients.length === 0) {
      skipped.add('no-address', row.line);
      continue;
    }
    if (recipients.length > limits.maxRecipients) {
      skipped.add('many-recipients', row.line, String(recipients.length));
      continue;
    }
    span.add(ms, options.offsetAt);
    book.add({ id: idOf(fromName, fromUrl), name: fromName }, recipients, ms, row.line);
  }
  if (messages === 0) throw new ImportError('no-records', { file, detail: 'no messages in messages.csv' });
  const result: ContactLog = {
    format: 'linkedin-messages',
    fileName: file,
    people: [],
    encounters: [],
    coverage: [],
    skipped: [],
    seen: { messages, calls: 0 },
  };
  let mine = new Set([...book.ids()].filter((id) => owner.hasName(book.nameOf(id) ?? '')));
  if (mine.size === 0) {
    const inferred = book.inferOwner();
    if (inferred === null) {
      result.ownerQuestion = { candidates: book.candidates((id) => book.nameOf(id) ?? urls.get(id) ?? id) };
      result.skipped = skipped.list();
      return result;
    }
    mine = new Set([inferred]);
  }
  result.encounters = book.encounters(mine, 'message', (id) => `linkedin:${id}`, skipped);
  const people = new Set(result.encounters.flatMap((e) => e.with));
  result.people = [...people].map((id): LogPerson => {
    const connection = connections.get(id);
    const url = urls.get(id) ?? connection?.url;
    return {
      key: id,
      line: book.lineOf(id),
      displayName: book.nameOf(id) ?? connection?.name ?? url ?? id,
      phones: [],
      emails: connection?.email ? [connection.email] : [],
      urls: url ? [url] : [],
    };
  });
  // LinkedIn keeps every message: the archive covers LinkedIn messages with everyone in its span.
  result.coverage = span.coverage('message');
  result.skipped = skipped.list();
  return result;
}
