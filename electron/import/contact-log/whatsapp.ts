/**
 * WhatsApp "Export chat" (Android `.txt`, iOS `_chat.txt` in a `.zip`), read line by line.
 *
 * A message starts with a time stamp whose shape depends on the phone and its language:
 *
 *   Android   15.01.24, 21:05 - Anna Berg: Hallo            1/15/24, 9:05 PM - Anna Berg: Hi
 *   iOS       [15.01.24, 21:05:12] Anna Berg: Hallo         [1/15/24, 9:05:12 PM] Anna Berg: Hi
 *
 * with a narrow no-break space (U+202F) before AM/PM on newer phones and invisible left-to-right marks
 * (U+200E) at the start of iOS lines. Lines without a stamp continue the message before. Lines with a
 * stamp but no "Name: " are the app's notes (encryption, someone joined); so are iOS lines whose text
 * starts with U+200E unless they stand for a photo, file or deleted message. Whether 03/04 is the 3rd of
 * April or the 4th of March is decided for the whole file (a part above 12, else the order that keeps
 * the dates rising).
 *
 * Only the sender, the day and the time of the first message of each day are kept; the text is skipped
 * as it is read. A personal chat gives one encounter per day with the other person; a group chat one per
 * day on which the owner wrote, with everyone who wrote that day.
 */

import { nameKey } from '../../../shared/domain/names';
import { ImportError } from '../errors';
import { LineSplitter } from './lines';
import { normalisePhoneNumber, phoneLabel } from './phone';
import type { ByteSource, Reading } from './source';
import { checkLimit, limitsOf, looksLikePhone, Owner, SkipTally, withoutMarks } from './tally';
import { fingerprintOf, isRealDay, wallDateTime } from './time';
import type { ContactLog, ContactLogOptions, LogCoverage, LogEncounter, LogPerson } from './types';

export const WHATSAPP_FORMAT = 'WhatsApp';

/** The stamp at the start of a message line (after U+200E marks and an optional `[`). */
const STAMP =
  /^[\u200e\u200f]*\[?(\d{1,4})([./-])\s?(\d{1,2})\2\s?(\d{1,4})\.?,?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[\s\u202f\u00a0]*([AaPp])\.?\s?[Mm]\.?)?(?:\]\s*|\s+[-–]\s+|:\s+)/;

/** Sender names never hold quotes; a "Name: " with one is a note like `changed the subject to "A: B"`. */
const NOT_A_NAME = /["„“”«»]/;

/** iOS writes a U+200E before these message texts (and before its notes, which are not messages). */
const IOS_MEDIA =
  /omitted|weggelassen|ausgelassen|<attached:|<anhang:|deleted|gelöscht|\.(jpe?g|png|gif|webp|opus|m4a|mp4|mov|pdf|vcf|docx?|xlsx?)\b/i;

/** Notes that only a group chat has, in English and German. */
const GROUP_NOTE =
  /\b(created group|added|removed|left|joined|changed the group|changed this group|group|hat die gruppe|hinzugefügt|entfernt|verlassen|beigetreten|gruppe)\b/i;

/** True when the first non-empty line is a WhatsApp message or note. */
export function isWhatsAppHead(text: string): boolean {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return STAMP.test(first.replace(/^\uFEFF/, ''));
}

/** The chat's name from the file name the app gives it (English and German, Android and iOS). */
export function chatNameFrom(fileName: string): string | undefined {
  const base = fileName
    .replace(/^.*[/\\]/, '')
    .replace(/\.(txt|zip)$/i, '')
    .replace(/\s*\(\d+\)$/, '');
  const m = /^WhatsApp[ -]Chat(?: with| mit| -)\s+(.+)$/i.exec(base);
  return m ? m[1]!.trim() : undefined;
}

interface Day {
  /** The raw date parts as written (`a.b.c`), resolved to a day once the file's order is known. */
  a: number;
  b: number;
  c: number;
  line: number;
  hour: number;
  minute: number;
  firstSender: number;
  counts: Map<number, number>;
}

interface Sender {
  label: string;
  line: number;
  messages: number;
}

export async function readWhatsApp(
  source: ByteSource,
  reading: Reading,
  options: ContactLogOptions,
  chatName = chatNameFrom(source.name),
): Promise<ContactLog> {
  const file = source.name;
  const limits = limitsOf(options);
  const skipped = new SkipTally();
  const senders: Sender[] = [];
  const senderIds = new Map<string, number>();
  const days = new Map<string, Day>();
  const order: Day[] = [];
  let separator = '';
  let twelveHour = false;
  let yearFirst = false;
  let groupNotes = 0;
  let messages = 0;
  let stamps = 0;
  let current: Day | undefined;
  let currentKey = '';

  const splitter = new LineSplitter(
    { file, format: WHATSAPP_FORMAT, maxLineBytes: limits.maxLineBytes, requireUtf8: true },
    (bytes, line) => {
      // Fast path: a continuation line (most of a chat's text) costs one byte test.
      let i = 0;
      while (bytes[i] === 0xe2 && bytes[i + 1] === 0x80 && (bytes[i + 2] === 0x8e || bytes[i + 2] === 0x8f))
        i += 3;
      if (bytes[i] === 0x5b) i++;
      const first = bytes[i];
      if (first === undefined || first < 0x30 || first > 0x39) return;
      const head = bytes.toString('utf8', 0, Math.min(bytes.length, 600));
      const stamp = STAMP.exec(head);
      if (!stamp) return;
      stamps++;
      const rest = head.slice(stamp[0].length);
      const colon = rest.indexOf(': ');
      const label = colon > 0 && colon <= 200 ? withoutMarks(rest.slice(0, colon)) : '';
      if (label === '' || NOT_A_NAME.test(label)) {
        skipped.add('system-message', line);
        if (GROUP_NOTE.test(rest)) groupNotes++;
        return;
      }
      const text = rest.slice(colon + 2);
      if ((text.startsWith('\u200e') || text.startsWith('\u200f')) && !IOS_MEDIA.test(text.slice(0, 200))) {
        skipped.add('system-message', line);
        if (GROUP_NOTE.test(text)) groupNotes++;
        return;
      }
      const dateKey = `${stamp[1]}.${stamp[3]}.${stamp[4]}`;
      if (separator === '') {
        separator = stamp[2]!;
        yearFirst = stamp[1]!.length === 4;
      }
      let sender = senderIds.get(label);
      if (sender === undefined) {
        sender = senders.length;
        senders.push({ label, line, messages: 0 });
        senderIds.set(label, sender);
        checkLimit(file, senders.length, Math.min(limits.maxPeople, 5000), 'senders', line);
      }
      senders[sender]!.messages++;
      messages++;
      if (dateKey !== currentKey) {
        currentKey = dateKey;
        current = days.get(dateKey);
        if (!current) {
          let hour = Number(stamp[5]);
          const meridiem = stamp[8]?.toLowerCase();
          if (meridiem) {
            twelveHour = true;
            hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
          }
          current = {
            a: Number(stamp[1]),
            b: Number(stamp[3]),
            c: Number(stamp[4]),
            line,
            hour,
            minute: Number(stamp[6]),
            firstSender: sender,
            counts: new Map(),
          };
          days.set(dateKey, current);
          order.push(current);
          checkLimit(file, days.size, limits.maxEncounters, 'days', line);
        }
      }
      const counts = current!.counts;
      counts.set(sender, (counts.get(sender) ?? 0) + 1);
    },
  );
  for await (const chunk of reading.chunks(source)) splitter.push(chunk);
  splitter.finishUtf8();
  splitter.end();

  if (stamps === 0) {
    throw new ImportError('no-records', {
      file,
      detail: 'no line starts with a WhatsApp date and time (e.g. "15.01.24, 21:05 - Name: …")',
    });
  }
  const owner = new Owner(options.owner);
  const me = findMe(senders, owner, chatName);
  const people: LogPerson[] = [];
  const personKey = (s: number) => `whatsapp:${senders[s]!.label}`;
  senders.forEach((s, i) => {
    if (me.has(i)) return;
    const phone = looksLikePhone(s.label) ? normalisePhoneNumber(s.label, options.owner.countryCode) : null;
    people.push({
      key: personKey(i),
      line: s.line,
      displayName: phone ? phoneLabel(s.label) : s.label,
      phones: phone ? [phone] : [],
      emails: [],
      urls: [],
    });
  });
  const result: ContactLog = {
    format: 'whatsapp',
    fileName: file,
    people,
    encounters: [],
    coverage: [],
    skipped: [],
    seen: { messages, calls: 0 },
  };
  if (me.size === 0 && !(senders.length === 1 && chatName !== undefined)) {
    result.ownerQuestion = {
      candidates: senders
        .map((s) => ({ value: s.label, label: s.label, count: s.messages }))
        .sort((a, b) => b.count - a.count)
        .slice(0, 20),
    };
    result.skipped = skipped.list();
    return result;
  }
  const others = senders.map((_, i) => i).filter((i) => !me.has(i));
  const isGroup = others.length > 1 || groupNotes > 0;
  if (!isGroup && others.length === 0) {
    // Only the owner wrote: the chat's name (from the file name) is the other person, else nobody is.
    if (chatName === undefined || senders.some((s) => nameKey(s.label) === nameKey(chatName))) {
      result.skipped = skipped.list();
      return result;
    }
    others.push(senders.length);
    senders.push({ label: chatName, line: 1, messages: 0 });
    const phone = looksLikePhone(chatName) ? normalisePhoneNumber(chatName, options.owner.countryCode) : null;
    people.push({
      key: personKey(senders.length - 1),
      line: 1,
      displayName: phone ? phoneLabel(chatName) : chatName,
      phones: phone ? [phone] : [],
      emails: [],
      urls: [],
    });
  }
  const resolve = dayResolver(order, separator, twelveHour, yearFirst);
  const chatIdentity = isGroup
    ? `g:${nameKey(
        chatName ??
          others
            .map((i) => senders[i]!.label)
            .sort()
            .join('|'),
      )}`
    : `p:${senders[others[0] ?? 0]!.label}`;
  const chatPrint = fingerprintOf(chatIdentity);
  let firstDay = '';
  let lastDay = '';
  for (const day of order) {
    const ymd = resolve(day);
    if (!ymd) {
      skipped.add('bad-date', day.line, `${day.a}.${day.b}.${day.c}`);
      continue;
    }
    let fromMe = 0;
    let fromThem = 0;
    const withKeys: string[] = [];
    for (const [sender, count] of day.counts) {
      if (me.has(sender)) fromMe += count;
      else {
        fromThem += count;
        withKeys.push(personKey(sender));
      }
    }
    if (isGroup && fromMe === 0) {
      skipped.add('group-without-me', day.line);
      continue;
    }
    if (isGroup && withKeys.length === 0) {
      skipped.add('group-only-me', day.line);
      continue;
    }
    // In a personal chat a day on which only the owner wrote is contact with the other person too.
    if (!isGroup && withKeys.length === 0) withKeys.push(personKey(others[0]!));
    const [year, month, dayOfMonth] = ymd;
    const wall = { year, month, day: dayOfMonth, hour: day.hour, minute: day.minute };
    const date = wallDateTime(wall, options.offsetAtWallClock(wall));
    const dayText = date.slice(0, 10);
    if (firstDay === '' || dayText < firstDay) firstDay = dayText;
    if (dayText > lastDay) lastDay = dayText;
    const encounter: LogEncounter = {
      line: day.line,
      date,
      channel: 'message',
      with: withKeys,
      initiator: me.has(day.firstSender) ? 'me' : 'them',
      messages: { fromMe, fromThem },
      key: `${chatPrint}:${dayText}`,
    };
    result.encounters.push(encounter);
  }
  if (!isGroup && others.length === 1 && firstDay !== '') {
    const coverage: LogCoverage = {
      channel: 'message',
      people: [personKey(others[0]!)],
      from: firstDay,
      to: lastDay,
    };
    result.coverage.push(coverage);
  }
  result.skipped = skipped.list();
  return result;
}

/** Which senders are the owner: by the settings (name or number), else the one who is not the chat. */
function findMe(senders: readonly Sender[], owner: Owner, chatName: string | undefined): Set<number> {
  const me = new Set<number>();
  senders.forEach((s, i) => {
    if (owner.isSender(s.label)) me.add(i);
  });
  if (me.size > 0 || chatName === undefined || senders.length !== 2) return me;
  const chatKey = nameKey(chatName);
  const chat = senders.findIndex((s) => nameKey(s.label) === chatKey || withoutMarks(s.label) === chatName);
  if (chat !== -1) me.add(1 - chat);
  return me;
}

/**
 * Decides the file's date order once: a part above 12 settles it; else the order under which the dates
 * keep rising; else the writing (dots: day first; AM/PM: month first, as in the US).
 */
function dayResolver(
  days: readonly Day[],
  separator: string,
  twelveHour: boolean,
  yearFirst: boolean,
): (day: Day) => [number, number, number] | null {
  const year = (n: number) => (n < 100 ? 2000 + n : n);
  if (yearFirst) return (d) => (isRealDay(d.a, d.b, d.c) ? [d.a, d.b, d.c] : null);
  let dayFirst: boolean | undefined;
  if (days.some((d) => d.a > 12)) dayFirst = true;
  else if (days.some((d) => d.b > 12)) dayFirst = false;
  else {
    const inversions = (first: boolean) => {
      let count = 0;
      let previous = -1;
      for (const d of days) {
        const value = year(d.c) * 10000 + (first ? d.b * 100 + d.a : d.a * 100 + d.b);
        if (value < previous) count++;
        previous = value;
      }
      return count;
    };
    const asDayFirst = inversions(true);
    const asMonthFirst = inversions(false);
    if (asDayFirst !== asMonthFirst) dayFirst = asDayFirst < asMonthFirst;
    else dayFirst = separator === '.' || !twelveHour;
  }
  return (d) => {
    const y = year(d.c);
    const [m, day] = dayFirst ? [d.b, d.a] : [d.a, d.b];
    return isRealDay(y, m, day) ? [y, m, day] : null;
  };
}
