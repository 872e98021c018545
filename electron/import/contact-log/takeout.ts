/**
 * Google Takeout: one archive, one preview. Contacts (`Takeout/Contacts/…/*.vcf`) and calendars
 * (`Takeout/Calendar/*.ics`) go through the general vCard and iCalendar importers; mail
 * (`Takeout/Mail/*.mbox`) through the streamed mbox reader. Folder names follow the account's
 * language (Kontakte, Kalender, E-Mail), so entries are recognised by their extension.
 */
import { ImportError } from '../errors';
import { parseIcs } from '../ics';
import { decodeImportBytes, MAX_IMPORT_BYTES } from '../text';
import type { ParsedImport } from '../types';
import { parseVCard } from '../vcard';
import { readMbox } from './mbox';
import type { ByteSource } from './source';
import { Reading } from './source';
import type { ContactLog, ContactLogOptions, LogSkip } from './types';
import type { ZipArchive } from './zip';

export function isTakeout(names: readonly string[]): boolean {
  return names.some((n) => /^Takeout\//.test(n));
}

const VCARD = /^Takeout\/.*\.vcf$/i;
const CALENDAR = /^Takeout\/.*\.ics$/i;
const MAILBOX = /^Takeout\/.*\.mbox$/i;

export async function readTakeout(
  archiveName: string,
  archive: ZipArchive,
  options: ContactLogOptions,
): Promise<ContactLog> {
  const wanted = archive.entries.filter(
    (e) => VCARD.test(e.name) || CALENDAR.test(e.name) || MAILBOX.test(e.name),
  );
  if (wanted.length === 0) {
    throw new ImportError('no-records', {
      file: archiveName,
      detail:
        'the Takeout archive holds no contacts (.vcf), calendars (.ics) or mail (.mbox); choose them when you export',
    });
  }
  const total = wanted.reduce((sum, e) => sum + e.size, 0);
  const reading = new Reading(archiveName, total, options.onProgress, options.signal);
  const log: ContactLog = {
    format: 'takeout',
    fileName: archiveName,
    people: [],
    encounters: [],
    coverage: [],
    skipped: [],
    seen: { messages: 0, calls: 0 },
    extra: [],
  };
  for (const entry of wanted) {
    const source = archive.entry(entry.name);
    if (MAILBOX.test(entry.name)) {
      const mail = await readMbox(source, reading, options);
      if (mail.ownerQuestion) {
        log.ownerQuestion = mail.ownerQuestion;
      }
      log.people.push(...mail.people.filter((p) => !log.people.some((q) => q.key === p.key)));
      log.encounters.push(...mail.encounters);
      log.coverage.push(...mail.coverage);
      log.skipped = mergeSkips(log.skipped, mail.skipped);
      log.seen.messages += mail.seen.messages;
      continue;
    }
    const text = await readText(source, reading);
    const parsed: ParsedImport = VCARD.test(entry.name)
      ? parseVCard(source.name, text)
      : parseIcs(source.name, text, { ...options.parse, ownerEmails: [...options.owner.emails] });
    log.extra!.push(parsed);
  }
  if (log.ownerQuestion) log.encounters = [];
  return log;
}

/** A whole (smaller) entry as text, through the same checks as any imported file. */
export async function readText(source: ByteSource, reading: Reading): Promise<string> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of reading.chunks(source)) {
    length += chunk.length;
    if (length > MAX_IMPORT_BYTES) {
      throw new ImportError('too-large', {
        file: source.name,
        size: Math.ceil(length / (1024 * 1024)),
        limit: MAX_IMPORT_BYTES / (1024 * 1024),
      });
    }
    parts.push(Buffer.from(chunk));
  }
  return decodeImportBytes(source.name, Buffer.concat(parts, length)).text;
}

export function mergeSkips(a: readonly LogSkip[], b: readonly LogSkip[]): LogSkip[] {
  const out = a.map((s) => ({ ...s, lines: [...s.lines] }));
  for (const s of b) {
    const same = out.find((o) => o.reason === s.reason);
    if (!same) out.push({ ...s, lines: [...s.lines] });
    else {
      same.count += s.count;
      same.lines = [...same.lines, ...s.lines].slice(0, 20);
    }
  }
  return out.sort((x, y) => y.count - x.count);
}
