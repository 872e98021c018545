/**
 * What a chat, call or mail export says about contact, once read: the people it names, one encounter
 * per day of messages (per person, or per group chat) or per call, and which channel and period it
 * covers for whom. Never any message text: the readers drop it as they go.
 *
 * Every reader streams its file and aggregates as it reads, so memory grows with the number of people
 * and days, not with the size of the file; `ContactLogLimits` caps even that.
 */
import type { ParsedImport, ParseOptions } from '../types';

export const CONTACT_LOG_FORMATS = [
  'whatsapp',
  'telegram',
  'sms-backup',
  'mbox',
  'linkedin-messages',
  'takeout',
] as const;
export type ContactLogFormat = (typeof CONTACT_LOG_FORMATS)[number];

/** The channels an export can fill. */
export type LogChannel = 'message' | 'email' | 'call';

/**
 * Someone the export names. `key` is unique within one log (a normalised phone number, an address,
 * a platform id or a name key); the planner matches people by phone, then e-mail, then name.
 */
export interface LogPerson {
  key: string;
  /** 1-based line (or entry number) where the export first names them. */
  line: number;
  displayName: string;
  phones: string[];
  emails: string[];
  urls: string[];
}

export interface LogEncounter {
  line: number;
  /** Date-time with offset of the first message of the day, or of the call. */
  date: string;
  channel: LogChannel;
  /** Keys of `LogPerson`s: one for a personal chat, call or mail, several for a group chat's day. */
  with: string[];
  initiator?: 'me' | 'them';
  messages?: { fromMe: number; fromThem: number };
  durationMinutes?: number;
  /** A missed or rejected call: recorded, but no contact. */
  attempt?: true;
  /** Stable fingerprint of the source item(s): the same day or call in a later export has the same. */
  key: string;
}

export interface LogCoverage {
  channel: LogChannel;
  /** Keys of the people covered; absent: everyone (a whole phone's call log, a whole mailbox). */
  people?: string[];
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
}

/** Why messages, mails, calls or whole chats were left out; translated as `import:skip.<reason>`. */
export const LOG_SKIP_REASONS = [
  'system-message',
  'bulk-mail',
  'many-recipients',
  'automated-sender',
  'spam',
  'not-mine',
  'no-address',
  'not-a-person',
  'draft',
  'bad-date',
  'group-without-me',
  'group-only-me',
  'unknown-kind',
] as const;
export type LogSkipReason = (typeof LOG_SKIP_REASONS)[number];

/** Skips are counted per reason (a mailbox may skip 50,000 newsletters), with the first few lines. */
export interface LogSkip {
  /** Also the planner's `already-present` (re-imported) and `ambiguous-person` (not yet chosen). */
  reason: LogSkipReason | 'already-present' | 'ambiguous-person';
  count: number;
  /** Up to `SKIP_SAMPLE` lines (or entry numbers) where it happened. */
  lines: number[];
  /** An example: a sender, an address, a value (never message text). */
  detail?: string;
}

/** Someone who might be the owner, when the export does not say who "me" is. */
export interface OwnerCandidate {
  /** What to answer with (`--me` in the CLI, the choice in the app): a name, address or number. */
  value: string;
  label: string;
  /** How many messages or mails name them. */
  count: number;
}

export interface ContactLog {
  format: ContactLogFormat;
  fileName: string;
  people: LogPerson[];
  encounters: LogEncounter[];
  coverage: LogCoverage[];
  skipped: LogSkip[];
  /**
   * Set when the export does not say which sender is the owner and the settings do not either: nothing
   * can be counted until the user says who they are. `encounters` is then empty.
   */
  ownerQuestion?: { candidates: OwnerCandidate[] };
  /** What was read: messages, mails and calls seen (before skipping). */
  seen: { messages: number; calls: number };
  /**
   * What the general importers read from the same archive (Google Takeout's contacts and calendars,
   * LinkedIn's Connections.csv), planned in the same preview.
   */
  extra?: ParsedImport[];
}

/** Who "me" is: from the settings, plus what the user answered for this import (`--me`). */
export interface OwnerIdentity {
  names: readonly string[];
  emails: readonly string[];
  phones: readonly string[];
  /** Country calling code for numbers written without one, e.g. `+43`. */
  countryCode: string;
}

export interface ContactLogLimits {
  /** Longest line of a text export (WhatsApp) before the file is refused. */
  maxLineBytes: number;
  /** Most distinct people one export may name. */
  maxPeople: number;
  /** Most encounters (person-days and calls) one export may produce. */
  maxEncounters: number;
  /** Largest header block of one mail. */
  maxHeaderBytes: number;
  /** Largest file inside an archive, and largest ratio of its unpacked to packed size. */
  maxEntryBytes: number;
  maxEntryRatio: number;
  /** Most entries an archive may list. */
  maxEntries: number;
  /** More recipients than this and a mail counts as bulk. */
  maxRecipients: number;
}

export const DEFAULT_LIMITS: ContactLogLimits = {
  maxLineBytes: 4 * 1024 * 1024,
  maxPeople: 50_000,
  maxEncounters: 2_000_000,
  maxHeaderBytes: 256 * 1024,
  maxEntryBytes: 8 * 1024 * 1024 * 1024,
  maxEntryRatio: 200,
  maxEntries: 200_000,
  maxRecipients: 10,
};

export interface ContactLogOptions {
  owner: OwnerIdentity;
  /**
   * Offset (minutes east of UTC) of the user's zone at a moment: days are counted in it, and call times
   * carry it. The readers never read the clock or the machine's zone.
   */
  offsetAt: (epochMs: number) => number;
  /** Offset for a wall-clock time without a zone (WhatsApp, Telegram's `date`), as for calendars. */
  offsetAtWallClock: (wall: {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
  }) => number;
  /** Called as bytes are read: `done` of `total` (total 0 when unknown). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  limits?: Partial<ContactLogLimits>;
  /** Options for the general importers an archive leads to (the calendar window above all). */
  parse?: ParseOptions;
}
