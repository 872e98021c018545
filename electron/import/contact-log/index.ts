/**
 * Reading a chat, call or mail export: recognise it by its first bytes (and, for a ZIP archive, by
 * the names inside), then stream it through its reader. Returns null for anything else, which the
 * general importers (vCard, CSV, iCalendar, backups) then take.
 *
 *   WhatsApp      a text whose first line is a WhatsApp time stamp; a ZIP with `_chat.txt`
 *   Telegram      JSON with `personal_information`/`chats`, or one chat's `type` and `messages`
 *   SMS Backup    XML whose root is `<smses>` or `<calls>`
 *   mbox          `From ` followed by a header line
 *   LinkedIn      `messages.csv` (header CONVERSATION ID, FROM, TO, DATE), or an archive holding it
 *   Takeout       a ZIP whose entries lie under `Takeout/`
 */
import { parseLinkedInCsv } from '../contacts-csv';
import { ImportError } from '../errors';
import { isLinkedInMessagesHeader, readLinkedInConnections, readLinkedInMessages } from './linkedin-messages';
import { readMbox } from './mbox';
import { isSmsBackupHead, readSmsBackup } from './sms-backup';
import { type ByteSource, Reading } from './source';
import { isTakeout, readTakeout, readText } from './takeout';
import { limitsOf } from './tally';
import { isTelegramHead, readTelegram } from './telegram';
import type { ContactLog, ContactLogFormat, ContactLogOptions } from './types';
import { chatNameFrom, isWhatsAppHead, readWhatsApp } from './whatsapp';
import { isZip, ZipArchive } from './zip';

export * from './phone';
export { type ByteSource, bytesSource, fileSource } from './source';
export * from './types';

const HEAD_BYTES = 64 * 1024;

/** The format of an export, from its first bytes, or null when it is none of these. */
export async function sniffContactLog(source: ByteSource): Promise<ContactLogFormat | 'zip' | null> {
  const head = await source.head(HEAD_BYTES);
  if (isZip(head)) return 'zip';
  const text = Buffer.from(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (/^From \S+.*\r?\n[\x21-\x39\x3b-\x7e]+:/.test(text)) return 'mbox';
  if (isSmsBackupHead(text)) return 'sms-backup';
  if (isTelegramHead(text)) return 'telegram';
  if (isWhatsAppHead(text)) return 'whatsapp';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (
    isLinkedInMessagesHeader(firstLine.split(',').map((c) => c.replace(/^"|"$/g, '').trim().toLowerCase()))
  ) {
    return 'linkedin-messages';
  }
  return null;
}

export async function readContactLog(
  source: ByteSource,
  options: ContactLogOptions,
): Promise<ContactLog | null> {
  const format = await sniffContactLog(source);
  if (format === null) return null;
  const reading = new Reading(source.name, source.size, options.onProgress, options.signal);
  switch (format) {
    case 'zip':
      return readArchive(source, options);
    case 'mbox':
      return readMbox(source, reading, options);
    case 'sms-backup':
      return readSmsBackup(source, reading, options);
    case 'telegram':
      return readTelegram(source, reading, options);
    case 'whatsapp':
      return readWhatsApp(source, reading, options);
    case 'linkedin-messages':
    case 'takeout':
      return readLinkedInMessages(source.name, await readText(source, reading), options);
  }
}

async function readArchive(source: ByteSource, options: ContactLogOptions): Promise<ContactLog> {
  const archive = await ZipArchive.open(source, limitsOf(options));
  try {
    const names = archive.entries.map((e) => e.name);
    const chat =
      names.find((n) => /(^|\/)_chat\.txt$/.test(n)) ??
      names.find((n) => /(^|\/)WhatsApp[ -]Chat[^/]*\.txt$/i.test(n));
    if (chat) {
      const entry = archive.entry(chat);
      const reading = new Reading(source.name, entry.size, options.onProgress, options.signal);
      const log = await readWhatsApp(
        entry,
        reading,
        options,
        chatNameFrom(source.name) ?? chatNameFrom(chat),
      );
      return { ...log, fileName: source.name };
    }
    if (isTakeout(names)) return await readTakeout(source.name, archive, options);
    const messages = names.find((n) => /(^|\/)messages\.csv$/i.test(n));
    const connections = names.find((n) => /(^|\/)Connections\.csv$/i.test(n));
    if (messages) {
      const total = archive.entries
        .filter((e) => e.name === messages || e.name === connections)
        .reduce((sum, e) => sum + e.size, 0);
      const reading = new Reading(source.name, total, options.onProgress, options.signal);
      const connectionsText = connections ? await readText(archive.entry(connections), reading) : undefined;
      const known = connectionsText
        ? readLinkedInConnections(`${source.name} › ${connections}`, connectionsText)
        : undefined;
      const log = readLinkedInMessages(
        `${source.name} › ${messages}`,
        await readText(archive.entry(messages), reading),
        options,
        known,
      );
      // The connections become people too, as when Connections.csv is imported on its own.
      const extra = connectionsText
        ? [parseLinkedInCsv(`${source.name} › ${connections}`, connectionsText, options.parse ?? {})]
        : [];
      return { ...log, fileName: source.name, extra };
    }
    throw new ImportError('archive-unknown', { file: source.name, count: archive.entries.length });
  } finally {
    archive.close();
  }
}
