/**
 * Telegram Desktop's JSON export: `result.json` of "Export Telegram data" (every chat, with the owner's
 * `personal_information` and the `contacts` list with phone numbers) or of "Export chat history" (one
 * chat: `name`, `type`, `id`, `messages`). Streamed with @streamparser/json, so only one message object
 * exists at a time, whatever the size of the export; its text is never looked at.
 *
 * Personal chats give one encounter per day with the other person (whose user id is the chat's id) and
 * one call encounter per `phone_call` service message, with its duration; a call whose
 * `discard_reason` is `missed` or `busy`, or that lasted 0 seconds, is an attempt. Groups count like
 * WhatsApp groups (days on which the owner wrote, with everyone who wrote); bots, channels and saved
 * messages are skipped and counted.
 */
import { JSONParser } from '@streamparser/json';
import { ImportError } from '../errors';
import { normalisePhoneNumber } from './phone';
import type { ByteSource, Reading } from './source';
import { checkLimit, limitsOf, Owner, SkipTally } from './tally';
import { fingerprintOf, localDateTime } from './time';
import type { ContactLog, ContactLogOptions, LogEncounter, LogPerson, OwnerCandidate } from './types';

const PERSONAL = 'personal_chat';
const GROUPS = new Set(['private_group', 'private_supergroup', 'public_supergroup']);

interface Day {
  line: number;
  firstMs: number;
  firstSender: string;
  counts: Map<string, number>;
}

interface Chat {
  name?: string;
  type?: string;
  id?: number | string;
  days: Map<string, Day>;
  messages: number;
}

interface Call {
  chat: number;
  actor: string;
  ms: number;
  seconds: number;
  reason: string;
  line: number;
  messageId: string;
}

interface Sender {
  name: string;
  line: number;
  messages: number;
  phone?: string;
}

type Json = Record<string, unknown>;

export async function readTelegram(
  source: ByteSource,
  reading: Reading,
  options: ContactLogOptions,
): Promise<ContactLog> {
  const file = source.name;
  const limits = limitsOf(options);
  const owner = new Owner(options.owner);
  const skipped = new SkipTally();
  const chats = new Map<number, Chat>();
  const senders = new Map<string, Sender>();
  const calls: Call[] = [];
  let meId: string | undefined;
  let entries = 0;
  let messages = 0;
  let days = 0;
  let failure: unknown;

  const chatAt = (index: number): Chat => {
    let chat = chats.get(index);
    if (!chat) {
      chat = { days: new Map(), messages: 0 };
      chats.set(index, chat);
    }
    return chat;
  };

  const sender = (id: string, name: unknown, line: number): Sender => {
    let s = senders.get(id);
    if (!s) {
      s = {
        name: typeof name === 'string' && name.trim() ? name.trim() : 'Deleted Account',
        line,
        messages: 0,
      };
      senders.set(id, s);
      checkLimit(file, senders.size, limits.maxPeople, 'senders', line);
    }
    return s;
  };

  const timeOf = (m: Json, line: number): number | null => {
    const unix = Number(m.date_unixtime);
    if (Number.isFinite(unix) && unix > 315532800 && unix < 7258118400) return unix * 1000;
    const wall = typeof m.date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(m.date) : null;
    if (wall) {
      const w = { year: +wall[1]!, month: +wall[2]!, day: +wall[3]!, hour: +wall[4]!, minute: +wall[5]! };
      const ms =
        Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - options.offsetAtWallClock(w) * 60_000;
      if (Number.isFinite(ms)) return ms;
    }
    skipped.add('bad-date', line, String(m.date ?? '').slice(0, 40));
    return null;
  };

  const onMessage = (chatIndex: number, m: Json) => {
    entries++;
    const line = entries;
    const chat = chatAt(chatIndex);
    if (m.type === 'service') {
      if (m.action !== 'phone_call') return skipped.add('system-message', line);
      const ms = timeOf(m, line);
      if (ms === null) return;
      const actor = typeof m.actor_id === 'string' ? m.actor_id : '';
      if (!actor) return skipped.add('no-address', line);
      sender(actor, m.actor, line);
      calls.push({
        chat: chatIndex,
        actor,
        ms,
        seconds: Math.max(0, Math.round(Number(m.duration_seconds) || 0)),
        reason: typeof m.discard_reason === 'string' ? m.discard_reason : '',
        line,
        messageId: String(m.id ?? line),
      });
      checkLimit(file, calls.length, limits.maxEncounters, 'calls', line);
      return;
    }
    if (m.type !== 'message') return skipped.add('unknown-kind', line, String(m.type ?? ''));
    const from = typeof m.from_id === 'string' ? m.from_id : '';
    if (!from) return skipped.add('no-address', line);
    const ms = timeOf(m, line);
    if (ms === null) return;
    messages++;
    chat.messages++;
    sender(from, m.from, line).messages++;
    const day = localDateTime(ms, options.offsetAt(ms)).slice(0, 10);
    let entry = chat.days.get(day);
    if (!entry) {
      entry = { line, firstMs: ms, firstSender: from, counts: new Map() };
      chat.days.set(day, entry);
      checkLimit(file, ++days, limits.maxEncounters, 'chat days', line);
    } else if (ms < entry.firstMs) {
      entry.firstMs = ms;
      entry.firstSender = from;
    }
    entry.counts.set(from, (entry.counts.get(from) ?? 0) + 1);
  };

  const contactPhones = new Map<string, string>();
  const parser = new JSONParser({
    paths: [
      '$.personal_information',
      '$.contacts.list.*',
      '$.chats.list.*.name',
      '$.chats.list.*.type',
      '$.chats.list.*.id',
      '$.chats.list.*.messages.*',
      '$.name',
      '$.type',
      '$.id',
      '$.messages.*',
    ],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    try {
      const keys = stack.map((s) => s.key);
      const inList = keys[1] === 'chats' && keys[2] === 'list' && typeof keys[3] === 'number';
      const chatIndex = inList ? (keys[3] as number) : 0;
      const inMessages = keys[keys.length - 1] === 'messages' && typeof key === 'number';
      if (inMessages) {
        if (value && typeof value === 'object') onMessage(chatIndex, value as Json);
        return;
      }
      if (keys.length === 1 && key === 'personal_information' && value && typeof value === 'object') {
        const info = value as Json;
        if (info.user_id !== undefined) meId = `user${info.user_id}`;
        return;
      }
      if (keys[1] === 'contacts' && value && typeof value === 'object') {
        const c = value as Json;
        const phone =
          typeof c.phone_number === 'string'
            ? normalisePhoneNumber(c.phone_number, options.owner.countryCode)
            : null;
        if (c.user_id !== undefined && phone) contactPhones.set(`user${c.user_id}`, phone);
        return;
      }
      if (key === 'name' || key === 'type' || key === 'id') {
        const chat = chatAt(chatIndex);
        if (key === 'name' && typeof value === 'string') chat.name = value;
        if (key === 'type' && typeof value === 'string') chat.type = value;
        if (key === 'id' && (typeof value === 'number' || typeof value === 'string')) chat.id = value;
      }
    } catch (error) {
      failure ??= error;
    }
  };

  let line = 1;
  let offset = 0;
  for await (const chunk of reading.chunks(source)) {
    try {
      parser.write(chunk);
    } catch (error) {
      const message = (error as Error).message;
      const at = Number(/position "?(\d+)"?/.exec(message)?.[1]);
      const within = Number.isFinite(at) ? Math.max(0, at - offset) : chunk.length;
      throw new ImportError('bad-json', {
        file,
        line: line + countBreaks(chunk, within),
        detail: message.slice(0, 120),
      });
    }
    if (failure) throw failure;
    line += countBreaks(chunk, chunk.length);
    offset += chunk.length;
  }
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch {
      throw new ImportError('truncated', { file, line });
    }
  }
  if (chats.size === 0) throw new ImportError('no-records', { file, detail: 'no chat with messages' });

  // -- who is me --------------------------------------------------------------------------------------
  const result: ContactLog = {
    format: 'telegram',
    fileName: file,
    people: [],
    encounters: [],
    coverage: [],
    skipped: [],
    seen: { messages, calls: calls.length },
  };
  for (const [id, s] of senders) {
    const phone = contactPhones.get(id);
    if (phone) s.phone = phone;
  }
  if (!meId) {
    const byOwner = [...senders.entries()].filter(
      ([, s]) => owner.hasName(s.name) || (s.phone && owner.hasPhone(s.phone)),
    );
    if (byOwner.length > 0) meId = byOwner[0]![0];
  }
  if (!meId && chats.size === 1) {
    const chat = [...chats.values()][0]!;
    const other = `user${chat.id}`;
    const rest = [...senders.keys()].filter((id) => id !== other);
    if (chat.type === PERSONAL && rest.length === 1) meId = rest[0];
    if (chat.type === PERSONAL && rest.length === 0 && senders.has(other)) meId = 'user-owner';
  }
  if (!meId) {
    result.ownerQuestion = {
      candidates: [...senders.values()]
        .sort((a, b) => b.messages - a.messages)
        .slice(0, 20)
        .map((s): OwnerCandidate => ({ value: s.name, label: s.name, count: s.messages })),
    };
    result.skipped = skipped.list();
    return result;
  }

  // -- encounters -----------------------------------------------------------------------------------
  const people = new Map<string, LogPerson>();
  const person = (id: string, fallbackName?: string): string => {
    const key = `telegram:${id}`;
    if (!people.has(key)) {
      const s = senders.get(id);
      const phone = s?.phone ?? contactPhones.get(id);
      people.set(key, {
        key,
        line: s?.line ?? 0,
        displayName: s?.name ?? fallbackName ?? id,
        phones: phone ? [phone] : [],
        emails: [],
        urls: [],
      });
    }
    return key;
  };
  for (const [index, chat] of chats) {
    const personal = chat.type === PERSONAL;
    const group = chat.type !== undefined && GROUPS.has(chat.type);
    if (!personal && !group) {
      if (chat.messages > 0) skipped.add('unknown-kind', 0, chat.type ?? 'chat', chat.messages);
      continue;
    }
    const print = fingerprintOf(`telegram:${chat.id ?? chat.name ?? index}`);
    const other = personal ? `user${chat.id}` : undefined;
    if (other === meId) continue;
    let from = '';
    let to = '';
    for (const [day, entry] of chat.days) {
      let fromMe = 0;
      let fromThem = 0;
      const withIds: string[] = [];
      for (const [id, count] of entry.counts) {
        if (id === meId) fromMe += count;
        else {
          fromThem += count;
          withIds.push(id);
        }
      }
      if (group && fromMe === 0) {
        skipped.add('group-without-me', entry.line);
        continue;
      }
      if (group && withIds.length === 0) {
        skipped.add('group-only-me', entry.line);
        continue;
      }
      const withKeys = personal ? [person(other!, chat.name)] : withIds.map((id) => person(id));
      result.encounters.push({
        line: entry.line,
        date: localDateTime(entry.firstMs, options.offsetAt(entry.firstMs)),
        channel: 'message',
        with: withKeys,
        initiator: entry.firstSender === meId ? 'me' : 'them',
        messages: { fromMe, fromThem },
        key: `${print}:${day}`,
      });
      if (from === '' || day < from) from = day;
      if (day > to) to = day;
    }
    if (personal && from !== '')
      result.coverage.push({ channel: 'message', people: [person(other!, chat.name)], from, to });
  }
  for (const call of calls) {
    const chat = chats.get(call.chat);
    if (chat?.type !== PERSONAL) {
      skipped.add('unknown-kind', call.line, 'call outside a personal chat');
      continue;
    }
    const other = `user${chat.id}`;
    const encounter: LogEncounter = {
      line: call.line,
      date: localDateTime(call.ms, options.offsetAt(call.ms)),
      channel: 'call',
      with: [person(other, chat.name)],
      initiator: call.actor === meId ? 'me' : 'them',
      key: `${fingerprintOf(`telegram:${chat.id}`)}:call:${call.messageId}`,
    };
    const reached = call.seconds > 0 && call.reason !== 'missed' && call.reason !== 'busy';
    if (reached)
      encounter.durationMinutes = Math.min(60 * 24 * 14, Math.max(1, Math.round(call.seconds / 60)));
    else encounter.attempt = true;
    result.encounters.push(encounter);
  }
  result.encounters.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  result.people = [...people.values()];
  result.skipped = skipped.list();
  return result;
}

/** Line breaks in the first `end` bytes of a chunk. */
function countBreaks(chunk: Buffer, end: number): number {
  let count = 0;
  let i = chunk.indexOf(10);
  while (i !== -1 && i < end) {
    count++;
    i = chunk.indexOf(10, i + 1);
  }
  return count;
}

export function isTelegramHead(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{')) return false;
  return (
    /"personal_information"\s*:/.test(head) ||
    /"chats"\s*:\s*\{\s*"about"/.test(head) ||
    (/"type"\s*:\s*"(personal_chat|private_group|private_supergroup|public_supergroup|bot_chat|saved_messages|private_channel|public_channel)"/.test(
      head,
    ) &&
      /"messages"\s*:\s*\[/.test(head))
  );
}
