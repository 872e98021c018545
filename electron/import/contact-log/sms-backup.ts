/**
 * Android "SMS Backup & Restore": `sms-*.xml` (`<smses>` with `<sms>` and `<mms>`) and `calls-*.xml`
 * (`<calls>` with `<call>`), streamed through htmlparser2 in XML mode. These files reach gigabytes
 * (MMS carry their photos as base64 attributes), so attributes Tiefgang does not read — the message
 * body, MMS parts — are dropped as they stream past instead of being collected.
 *
 * htmlparser2 rather than a strict parser: the app writes emoji as pairs of surrogate character
 * references (`&#55357;&#56832;`), which strict XML forbids; htmlparser2 reads them, and is the fastest
 * streaming XML reader on npm (see docs/import-export.md). Its tolerance is made up for here: the
 * root element is checked, a file that ends before `</smses>` or `</calls>` is refused as cut off.
 *
 * sms `type`: 1 received, 2 sent, 3–6 draft, outbox, failed, queued (skipped).
 * mms `msg_box`: 1 received, 2 sent, else skipped; `<addr type="137">` is the sender, 151/130 recipients.
 * call `type`: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered elsewhere.
 */
import { StringDecoder } from 'node:string_decoder';
import { Parser } from 'htmlparser2';
import { ImportError } from '../errors';
import { DayBook, Span } from './day-book';
import { normalisePhoneNumber, phoneLabel } from './phone';
import type { ByteSource, Reading } from './source';
import { checkLimit, limitsOf, Owner, SkipTally } from './tally';
import { fingerprintOf, localDateTime } from './time';
import type { ContactLog, ContactLogOptions, LogEncounter, LogPerson } from './types';

/** The only attributes read; every other value (bodies, MMS data) is never assembled. */
const WANTED = new Set([
  'address',
  'date',
  'type',
  'contact_name',
  'duration',
  'number',
  'msg_box',
  'backup_date',
  'count',
]);

/** Drops the values of attributes nobody reads, so a 50 MB MMS attachment costs no memory. */
class LeanParser extends Parser {
  private skipValue = false;

  override onattribname(start: number, endIndex: number): void {
    super.onattribname(start, endIndex);
    this.skipValue = !WANTED.has((this as unknown as { attribname: string }).attribname);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (!this.skipValue) super.onattribdata(start, endIndex);
  }

  override onattribentity(codePoint: number): void {
    if (!this.skipValue) super.onattribentity(codePoint);
  }
}

/** Turns the parser's character index into a line number, moving forward through the text once. */
class LineCounter {
  private text = '';
  private base = 0;
  private cursor = 0;
  private line = 1;

  next(text: string): void {
    // Count the rest of the previous chunk before moving on.
    this.advanceTo(this.base + this.text.length);
    this.base += this.text.length;
    this.text = text;
    this.cursor = 0;
  }

  at(index: number): number {
    if (index >= this.base) this.advanceTo(index);
    return this.line;
  }

  private advanceTo(index: number): void {
    const end = Math.min(index - this.base, this.text.length);
    let at = this.text.indexOf('\n', this.cursor);
    while (at !== -1 && at < end) {
      this.line++;
      at = this.text.indexOf('\n', at + 1);
    }
    if (end > this.cursor) this.cursor = end;
  }
}

interface Party {
  key: string;
  line: number;
  name?: string;
  raw: string;
}

export async function readSmsBackup(
  source: ByteSource,
  reading: Reading,
  options: ContactLogOptions,
): Promise<ContactLog> {
  const file = source.name;
  const limits = limitsOf(options);
  const owner = new Owner(options.owner);
  const country = options.owner.countryCode;
  const skipped = new SkipTally();
  const parties = new Map<string, Party>();
  const messages = new DayBook(file, limits.maxEncounters, options.offsetAt);
  const messageSpan = new Span();
  const callSpan = new Span();
  const calls: LogEncounter[] = [];
  const lines = new LineCounter();
  let root: 'smses' | 'calls' | undefined;
  let rootClosed = false;
  let seenMessages = 0;
  let seenCalls = 0;
  let lastLine = 1;
  let backupDay = '';
  let mms: {
    line: number;
    attrs: Record<string, string>;
    addrs: { address: string; type: string }[];
  } | null = null;
  let failure: ImportError | null = null;

  const party = (raw: string, name: string | undefined, line: number): Party | null => {
    const phone = normalisePhoneNumber(raw, country);
    if (!phone) return null;
    let p = parties.get(phone);
    if (!p) {
      p = { key: phone, line, raw };
      parties.set(phone, p);
      checkLimit(file, parties.size, limits.maxPeople, 'phone numbers', line);
    }
    const clean = name?.trim();
    if (clean && clean !== '(Unknown)' && clean !== 'null' && p.name === undefined) p.name = clean;
    return p;
  };

  const time = (value: string | undefined, line: number): number | null => {
    const ms = Number(value);
    if (!value || !Number.isFinite(ms) || ms < 315532800000 || ms > 7258118400000) {
      skipped.add('bad-date', line, value);
      return null;
    }
    return ms;
  };

  const onSms = (a: Record<string, string>, line: number) => {
    seenMessages++;
    const type = a.type;
    if (type !== '1' && type !== '2') {
      skipped.add(
        type === '3' || type === '4' || type === '5' || type === '6' ? 'draft' : 'unknown-kind',
        line,
      );
      return;
    }
    const ms = time(a.date, line);
    if (ms === null) return;
    const p = party(a.address ?? '', a.contact_name, line);
    if (!p) {
      skipped.add(a.address ? 'not-a-person' : 'no-address', line, a.address);
      return;
    }
    if (owner.hasPhone(p.key)) {
      skipped.add('not-mine', line);
      return;
    }
    messages.add(p.key, ms, type === '2', line);
    messageSpan.add(ms, options.offsetAt);
  };

  const onMms = (a: Record<string, string>, addrs: { address: string; type: string }[], line: number) => {
    seenMessages++;
    const box = a.msg_box;
    if (box !== '1' && box !== '2') {
      skipped.add(box === '3' || box === '4' ? 'draft' : 'unknown-kind', line);
      return;
    }
    const ms = time(a.date, line);
    if (ms === null) return;
    // `address` lists the other people of the conversation, separated by "~".
    const listed = (a.address ?? '')
      .split('~')
      .map((s) => s.trim())
      .filter(Boolean);
    const single = listed.length === 1 ? a.contact_name : undefined;
    const others = listed.flatMap((raw) => {
      const p = party(raw, single, line);
      return p && !owner.hasPhone(p.key) ? [p] : [];
    });
    if (others.length === 0) {
      skipped.add(listed.length > 0 ? 'not-a-person' : 'no-address', line, a.address);
      return;
    }
    if (box === '2') {
      for (const p of others) messages.add(p.key, ms, true, line);
    } else {
      const fromRaw = addrs.find((x) => x.type === '137')?.address;
      const from = fromRaw ? normalisePhoneNumber(fromRaw, country) : null;
      const sender = others.find((p) => p.key === from) ?? others[0]!;
      messages.add(sender.key, ms, false, line);
    }
    messageSpan.add(ms, options.offsetAt);
  };

  const onCall = (a: Record<string, string>, line: number) => {
    seenCalls++;
    const type = a.type;
    const ms = time(a.date, line);
    if (ms === null) return;
    if (type === '6') {
      skipped.add('unknown-kind', line, 'blocked call');
      return;
    }
    if (!['1', '2', '3', '4', '5', '7'].includes(type ?? '')) {
      skipped.add('unknown-kind', line, `call type ${type}`);
      return;
    }
    const p = party(a.number ?? '', a.contact_name, line);
    if (!p) {
      skipped.add(a.number && !/^-\d$/.test(a.number) ? 'not-a-person' : 'no-address', line, a.number);
      return;
    }
    const seconds = Math.max(0, Math.round(Number(a.duration) || 0));
    const outgoing = type === '2';
    const reached = (type === '1' || type === '2' || type === '7') && seconds > 0;
    const call: LogEncounter = {
      line,
      date: localDateTime(ms, options.offsetAt(ms)),
      channel: 'call',
      with: [p.key],
      initiator: outgoing ? 'me' : 'them',
      key: `${fingerprintOf(p.key)}:${ms}`,
    };
    if (reached) call.durationMinutes = Math.min(60 * 24 * 14, Math.max(1, Math.round(seconds / 60)));
    else call.attempt = true;
    calls.push(call);
    checkLimit(file, calls.length, limits.maxEncounters, 'calls', line);
    callSpan.add(ms, options.offsetAt);
  };

  const parser = new LeanParser(
    {
      onopentag(name, attrs) {
        const line = lines.at(parser.startIndex);
        lastLine = line;
        try {
          if (root === undefined) {
            if (name !== 'smses' && name !== 'calls') {
              throw new ImportError('bad-xml', {
                file,
                line,
                detail: `<${name}> where <smses> or <calls> should begin`,
              });
            }
            root = name;
            const backup = Number(attrs.backup_date);
            if (Number.isFinite(backup) && backup > 315532800000 && backup < 7258118400000) {
              backupDay = localDateTime(backup, options.offsetAt(backup)).slice(0, 10);
            }
            return;
          }
          if (rootClosed) return;
          if (name === 'sms') onSms(attrs, line);
          else if (name === 'call') onCall(attrs, line);
          else if (name === 'mms') mms = { line, attrs, addrs: [] };
          else if (name === 'addr' && mms)
            mms.addrs.push({ address: attrs.address ?? '', type: attrs.type ?? '' });
          else if (!mms && name !== 'parts' && name !== 'part' && name !== 'addrs')
            skipped.add('unknown-kind', line, `<${name}>`);
        } catch (error) {
          failure ??= error as ImportError;
        }
      },
      onclosetag(name, implied) {
        try {
          // At the end htmlparser2 closes what is still open (`implied`): that is a cut-off file.
          if (name === 'mms' && mms && !implied) {
            const current = mms;
            mms = null;
            onMms(current.attrs, current.addrs, current.line);
          } else if (name === root && !implied) rootClosed = true;
        } catch (error) {
          failure ??= error as ImportError;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  const decoder = new StringDecoder('utf8');
  let offset = 0;
  for await (const chunk of reading.chunks(source)) {
    const nul = chunk.indexOf(0);
    if (nul !== -1) throw new ImportError('binary', { file, offset: offset + nul });
    offset += chunk.length;
    const text = decoder.write(chunk);
    lines.next(text);
    parser.write(text);
    if (failure) throw failure;
  }
  const tail = decoder.end();
  lines.next(tail);
  parser.write(tail);
  parser.end();
  if (failure) throw failure;
  if (root === undefined) {
    throw new ImportError('no-records', { file, detail: 'no <smses> or <calls> element' });
  }
  if (!rootClosed) throw new ImportError('truncated', { file, line: lastLine });

  const people: LogPerson[] = [...parties.values()]
    .filter((p) => !owner.hasPhone(p.key))
    .map((p) => ({
      key: p.key,
      line: p.line,
      displayName: p.name ?? phoneLabel(p.raw),
      phones: [p.key],
      emails: [],
      urls: [],
    }));
  if (backupDay) {
    messageSpan.addDay(backupDay);
    callSpan.addDay(backupDay);
  }
  const encounters = [...messages.encounters('message', (key) => `sms:${key}`), ...calls];
  return {
    format: 'sms-backup',
    fileName: file,
    people,
    encounters,
    coverage: root === 'calls' ? callSpan.coverage('call') : messageSpan.coverage('message'),
    skipped: skipped.list(),
    seen: { messages: seenMessages, calls: seenCalls },
  };
}

export function isSmsBackupHead(text: string): boolean {
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<(smses|calls)[\s>]/.test(text);
}
