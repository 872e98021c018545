/**
 * E-mail as mbox (Thunderbird's folder files, Google Takeout's `.mbox`), streamed: only each mail's
 * header block is decoded; bodies are skipped line by line, looking at the first five bytes of each
 * line for the `From ` that starts the next mail. A 1 GB mailbox thus costs the memory of one header
 * block and of the person-days found.
 *
 * A `From ` line starts a mail only when a header line follows it (mboxo files leave `From ` at the
 * start of body lines unescaped). From each mail: From, To, Cc, Delivered-To, Date and the marks of
 * bulk mail (List-Unsubscribe, List-Id, Precedence: bulk/list/junk, Auto-Submitted, more than
 * `maxRecipients` recipients, no-reply senders), which are skipped and counted. Address lists and
 * encoded names (`=?UTF-8?Q?J=C3=B6rg?=`) go through postal-mime's parser.
 *
 * Who the owner is comes from the settings; else it is the address on most mails (a mailbox is one
 * person's), and when no address stands out the preview asks. So the owner can be decided after
 * reading, the reader counts mails per sender, recipient and day; mail from the owner counts toward
 * each recipient, mail to the owner toward its sender, other mail is skipped as not the owner's.
 */
import { addressParser, decodeWords } from 'postal-mime';
import { normaliseEmail } from '../../../shared/domain/names';
import { ImportError } from '../errors';
import { Span } from './day-book';
import { ExchangeBook } from './exchange-book';
import type { ByteSource, Reading } from './source';
import { limitsOf, Owner, SkipTally } from './tally';
import type { ContactLog, ContactLogOptions, LogPerson } from './types';

/** Longest stretch of one line kept (header lines; body lines keep 5 bytes). */
const MAX_KEPT_LINE = 64 * 1024;
const FROM_ = Buffer.from('From ');
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;
const AUTOMATED =
  /^(no-?reply|do-?not-?reply|noreply-[^@]*|mailer-daemon|postmaster|notifications?|notify|bounce[^@]*|newsletter|news|info|marketing|alerts?)@/i;

interface Mail {
  line: number;
  fromLine: string;
  headers: string[];
  headerBytes: number;
}

export async function readMbox(
  source: ByteSource,
  reading: Reading,
  options: ContactLogOptions,
): Promise<ContactLog> {
  const file = source.name;
  const limits = limitsOf(options);
  const owner = new Owner(options.owner);
  const skipped = new SkipTally();
  const span = new Span();
  const book = new ExchangeBook(file, limits, options.offsetAt);
  let mails = 0;

  const finishMail = (mail: Mail) => {
    mails++;
    const fields = headerFields(mail.headers);
    const labels = (fields.get('x-gmail-labels') ?? '').toLowerCase();
    if (/(^|,)\s*(spam|junk)\s*(,|$)/.test(labels)) return skipped.add('spam', mail.line);
    if (/(^|,)\s*chats?\s*(,|$)/.test(labels)) return skipped.add('unknown-kind', mail.line, 'chat');
    const ms = mailTime(fields.get('date'), mail.fromLine);
    if (ms === null) return skipped.add('bad-date', mail.line, fields.get('date')?.slice(0, 60));
    span.add(ms, options.offsetAt);
    const from = addresses(fields.get('from') ?? fields.get('sender') ?? '')[0];
    const to = addresses(fields.get('to') ?? '');
    const cc = addresses(fields.get('cc') ?? '');
    if (!from || (to.length + cc.length === 0 && !fields.has('delivered-to'))) {
      return skipped.add('no-address', mail.line);
    }
    const precedence = (fields.get('precedence') ?? '').trim().toLowerCase();
    const autoSubmitted = (fields.get('auto-submitted') ?? 'no').trim().toLowerCase();
    if (fields.has('list-unsubscribe') || fields.has('list-id') || /^(bulk|list|junk)$/.test(precedence)) {
      return skipped.add('bulk-mail', mail.line, from.address);
    }
    if (autoSubmitted !== 'no' && autoSubmitted !== '')
      return skipped.add('automated-sender', mail.line, from.address);
    if (AUTOMATED.test(from.address)) return skipped.add('automated-sender', mail.line, from.address);
    const recipients = [...to, ...cc];
    if (recipients.length > limits.maxRecipients)
      return skipped.add('many-recipients', mail.line, String(recipients.length));
    const delivered = addresses(
      [fields.get('delivered-to'), fields.get('x-original-to')].filter(Boolean).join(', '),
    );
    book.add(
      { id: from.address, name: from.name },
      [...recipients, ...delivered].map((r) => ({ id: r.address, name: r.name })),
      ms,
      mail.line,
    );
  };

  // -- the scan: lines, with body lines looked at only for `From ` -----------------------------------
  let line = 0;
  let state = 'before' as 'before' | 'header' | 'body';
  let mail = null as Mail | null;
  /** A `From ` line in a body: it starts a mail only if a header line follows. */
  let candidate: { line: number; text: string } | null = null;
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let partialTotal = 0;

  const onLine = (content: Buffer, total: number) => {
    line++;
    if (state === 'header' && mail) {
      if (content.length === 0) {
        finishMail(mail);
        mail = null;
        state = 'body';
        return;
      }
      if (mail.headerBytes + total <= limits.maxHeaderBytes) {
        mail.headers.push(headerText(content));
        mail.headerBytes += total;
      }
      return;
    }
    if (candidate) {
      const next = headerText(content.subarray(0, 200));
      const start = candidate;
      candidate = null;
      if (HEADER_LINE.test(next)) {
        mail = {
          line: start.line,
          fromLine: start.text,
          headers: [next.length < 200 ? next : headerText(content)],
          headerBytes: total,
        };
        state = 'header';
        return;
      }
    }
    if (content.length >= 5 && content.compare(FROM_, 0, 5, 0, 5) === 0) {
      candidate = { line, text: headerText(content.subarray(0, 200)) };
      return;
    }
    if (state === 'before' && total > 0 && line <= 1) {
      throw new ImportError('not-format', {
        file,
        line,
        format: 'mbox',
        detail: `it begins with "${headerText(content.subarray(0, 60))}", not "From "`,
      });
    }
  };

  for await (const chunk of reading.chunks(source)) {
    if (line === 0 && partialTotal === 0 && chunk.indexOf(0) !== -1 && chunk.indexOf(0) < 4096) {
      throw new ImportError('binary', { file, offset: chunk.indexOf(0) });
    }
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(10, start);
      if (end === -1) break;
      if (partialTotal > 0) {
        const room = MAX_KEPT_LINE - partialBytes;
        const piece = chunk.subarray(start, start + Math.max(0, Math.min(room, end - start)));
        partial.push(piece);
        const content = Buffer.concat(partial, partialBytes + piece.length);
        const total = partialTotal + (end - start);
        partial = [];
        partialBytes = 0;
        partialTotal = 0;
        onLine(trimCr(content), total);
      } else if (state === 'body' && candidate === null && chunk[start] !== 0x46) {
        // The hot path (most of a mailbox): a body line that cannot be `From `, passed without a copy.
        line++;
      } else {
        const length = end - start;
        onLine(trimCr(chunk.subarray(start, start + Math.min(length, MAX_KEPT_LINE))), length);
      }
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      partialTotal += rest.length;
      const room = MAX_KEPT_LINE - partialBytes;
      if (room > 0) {
        const piece = Buffer.from(rest.subarray(0, room));
        partial.push(piece);
        partialBytes += piece.length;
      }
    }
  }
  if (partialTotal > 0) onLine(trimCr(Buffer.concat(partial, partialBytes)), partialTotal);
  if (state === 'header' && mail) finishMail(mail);
  if (mails === 0) {
    throw new ImportError('no-records', {
      file,
      detail: 'no mail starts with a "From " line followed by headers',
    });
  }

  // -- who is me, then the days --------------------------------------------------------------------
  const result: ContactLog = {
    format: 'mbox',
    fileName: file,
    people: [],
    encounters: [],
    coverage: [],
    skipped: [],
    seen: { messages: mails, calls: 0 },
  };
  let mine = new Set([...book.ids()].filter((a) => owner.hasEmail(a)));
  if (mine.size === 0) {
    const inferred = book.inferOwner();
    if (inferred === null) {
      result.ownerQuestion = {
        candidates: book.candidates((id) => (book.nameOf(id) ? `${book.nameOf(id)} <${id}>` : id)),
      };
      result.skipped = skipped.list();
      return result;
    }
    mine = new Set([inferred]);
  }
  result.encounters = book.encounters(mine, 'email', (address) => `mail:${address}`, skipped);
  const people = new Set(result.encounters.flatMap((e) => e.with));
  result.people = [...people].map(
    (address): LogPerson => ({
      key: address,
      line: book.lineOf(address),
      displayName: book.nameOf(address) ?? address,
      phones: [],
      emails: [address],
      urls: [],
    }),
  );
  result.coverage = span.coverage('email');
  result.skipped = skipped.list();
  return result;
}

function trimCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}

/** Header bytes as text: UTF-8 where it is (raw UTF-8 names are common), else Latin-1. */
function headerText(bytes: Buffer): string {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      const text = bytes.toString('utf8');
      return text.includes('\ufffd') ? bytes.toString('latin1') : text;
    }
  }
  return bytes.toString('latin1');
}

/** Unfolds continuation lines and keeps the first value of each field (lower-case names). */
function headerFields(lines: readonly string[]): Map<string, string> {
  const fields = new Map<string, string>();
  let name = '';
  let value = '';
  const flush = () => {
    if (name && !fields.has(name)) fields.set(name, value.trim());
  };
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && name) {
      value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0) {
      name = '';
      continue;
    }
    name = line.slice(0, colon).trim().toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return fields;
}

interface Named {
  name: string;
  address: string;
}

function addresses(value: string): Named[] {
  if (!value.trim()) return [];
  const out: Named[] = [];
  let parsed: ReturnType<typeof addressParser>;
  try {
    parsed = addressParser(value.slice(0, 32 * 1024), { flatten: true });
  } catch {
    return [];
  }
  for (const entry of parsed) {
    if (!('address' in entry) || !entry.address) continue;
    const address = normaliseEmail(entry.address);
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) continue;
    let name = (entry.name ?? '').trim();
    try {
      name = decodeWords(name)
        .replace(/^["']|["']$/g, '')
        .trim();
    } catch {
      // An undecodable name is kept as written.
    }
    if (name.includes('@') && normaliseEmail(name) === address) name = '';
    out.push({ name: name.slice(0, 200), address });
  }
  return out;
}

/** The Date header, else the date on the `From ` line; null when neither is a date. */
function mailTime(date: string | undefined, fromLine: string): number | null {
  const candidates = [
    date?.replace(/\([^)]*\)/g, ' ').trim(),
    /^From \S+\s+(.+)$/.exec(fromLine)?.[1]?.trim(),
  ];
  for (const text of candidates) {
    if (!text) continue;
    const ms = Date.parse(text);
    if (Number.isFinite(ms) && ms > 315532800000 && ms < 7258118400000) return ms;
  }
  return null;
}
