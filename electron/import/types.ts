/**
 * The data that flows through an import: parse → ParsedImport → plan → ImportPreview → apply.
 * Every stage is a plain, JSON-serialisable value so the preview can cross IPC and be shown before
 * anything is written.
 */

import type {
  Channel,
  Context,
  Database,
  Encounter,
  Initiator,
  Person,
  PersonKind,
  RingNumber,
  Tie,
  TieKind,
} from '../../shared/domain/schema';
import type { ContactLogFormat } from './contact-log/types';
import type { ItemProgress } from './progress';

export const IMPORT_FORMATS = [
  'vcard',
  'google-csv',
  'outlook-csv',
  'linkedin',
  'ics',
  'encounters-csv',
  'ties-csv',
  'people-csv',
  'json',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A person as read from a file, before matching. `line` is the 1-based line where the record starts. */
export interface ImportedPerson {
  line: number;
  displayName: string;
  givenName?: string;
  familyName?: string;
  organisation?: string;
  role?: string;
  emails: string[];
  phones: string[];
  urls: string[];
  tags: string[];
  /** Names of contexts (clubs, companies…); matched to existing contexts by name or created. */
  contexts: string[];
  kind?: PersonKind;
  closeness?: number;
  pinnedRing?: RingNumber;
  cadenceDays?: number;
  archived?: boolean;
  notes: string;
  /** `YYYY-MM-DD` or `--MM-DD` (checked by the parser against the schema's PersonDate). */
  birthday?: string;
  dates?: { label: string; date: string }[];
  nextStep?: { text: string; due?: string };
}

/**
 * How a file names a person: by e-mail, by name, or both (`Anna Berg <anna@example.org>`).
 * `personIndex` points at a person of the same file (LinkedIn rows that also become encounters).
 */
export interface PersonRef {
  name?: string;
  email?: string;
  personIndex?: number;
}

export interface ImportedEncounter {
  line: number;
  date: string;
  participants: PersonRef[];
  channel: Channel;
  /** Context name. */
  context?: string;
  durationMinutes?: number;
  initiator?: Initiator;
  notes: string;
}

export interface ImportedTie {
  line: number;
  a: PersonRef;
  b: PersonRef;
  kind: TieKind;
  strength?: number;
  note?: string;
}

/** Why a row, card or event was left out. Translated as `import:skip.<reason>`. */
export const SKIP_REASONS = [
  'no-name',
  'no-participants',
  'nobody-else',
  'bad-date',
  'bad-channel',
  'bad-duration',
  'bad-strength',
  'bad-kind',
  'bad-value',
  'same-person',
  'unclosed-quote',
  'outside-card',
  'no-start',
  'cancelled',
  'declined',
  'already-present',
  'ambiguous-person',
  'invalid-record',
  'recurrence-capped',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedRow {
  /** 1-based line in the file; 0 when the problem is not tied to one line. */
  line: number;
  reason: SkipReason;
  /** The offending value or a short explanation (not translated: it quotes the file). */
  detail?: string;
}

/**
 * Something the whole file made the import do that the user should hear of, beyond single skipped
 * lines: a limit that was reached, values that were shortened. Translated as `import:notice.<code>`
 * with `values` (counts and limits).
 */
export const NOTICE_CODES = [
  'shortened',
  'occurrences-per-event',
  'occurrences-per-file',
  'repetitions-per-event',
  'repetitions-per-file',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface ImportNotice {
  code: NoticeCode;
  values: Record<string, number>;
}

/**
 * A value longer than the data file keeps. It is cut after whole characters (grapheme clusters: an emoji
 * or a letter with its accents stays whole) and ends in "…"; a list entry that cannot be cut sensibly
 * (an e-mail address, a link) is left out (`kept: 0`). Lengths count UTF-16 code units, as the limits do.
 */
export interface ShortenedValue {
  /** The line of the row, card or event the value comes from. */
  line: number;
  /** Which value: a person field (`displayName`, `notes`, `phones`…), `context`, `encounterNotes`, `tieNote`. */
  field: string;
  length: number;
  kept: number;
}

export interface ParsedImport {
  format: ImportFormat;
  fileName: string;
  people: ImportedPerson[];
  encounters: ImportedEncounter[];
  ties: ImportedTie[];
  skipped: SkippedRow[];
  /** Limits the parser reached for the file as a whole (absent: none). */
  notices?: ImportNotice[];
  /** Only for `json`: the validated, migrated backup. */
  backup?: Database;
}

export interface IcsWindow {
  /** First day (inclusive, `YYYY-MM-DD`) for which occurrences of recurring events are taken. */
  from: string;
  /** Last day (inclusive, `YYYY-MM-DD`). */
  to: string;
}

export interface ParseOptions {
  /** Recurring calendar events are expanded only within this window (required for `ics`). */
  window?: IcsWindow;
  /** The owner's own addresses: calendar attendees with these are "me", not participants. */
  ownerEmails?: string[];
  /**
   * Offset (minutes east of UTC) to give a floating calendar time (one without a time zone). The parser
   * never reads the clock or the machine's zone; the caller passes e.g. the local zone's offset.
   */
  floatingOffsetMinutes?: (wallClock: {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
  }) => number;
  /**
   * Count LinkedIn's "Connected On" as a first touch: a message encounter on that day (default: kept only
   * as a note and tag).
   */
  linkedinConnectedAsEncounter?: boolean;
  /** Channel for calendar events without a video-call link (default `in_person`). */
  icsDefaultChannel?: Channel;
  /** Occurrences taken from one recurring event at most (default 5,000). */
  maxOccurrencesPerEvent?: number;
  /** Occurrences taken from all recurring events of a file together at most (default 50,000). */
  maxOccurrencesPerFile?: number;
  /** Steps through one rule at most, in or before the window (default 200,000). */
  maxRepetitionsPerEvent?: number;
  /** Steps through all rules of a file together at most (default 1,000,000: a few seconds). */
  maxRepetitionsPerFile?: number;
  /** Told how many of the file's records (cards, rows, events) are read. */
  onProgress?: ItemProgress;
}

export type JsonMode = 'merge' | 'replace';

export interface PlanOptions {
  /** The moment of the import (UTC ISO), used for createdAt/updatedAt; never read from the clock here. */
  now: string;
  newId: () => string;
  /** How a JSON backup is restored (default `merge`). */
  jsonMode?: JsonMode;
  /** The owner's addresses; participants with them (or with the owner's name) are dropped. */
  ownerEmails?: string[];
  /** Told how many of the parsed people, encounters and ties are planned. */
  onProgress?: ItemProgress;
}

export type MatchedBy = 'phone' | 'email' | 'name' | 'id';

export interface PlannedPerson {
  /** Lines of the file that contributed to this person (several if a file repeats someone). */
  lines: number[];
  person: Person;
}

export interface MatchedPerson {
  /** Lines of the file that refer to this existing person. */
  lines: number[];
  existingId: string;
  existingName: string;
  by: MatchedBy;
  /** The record with what the file adds (nothing is overwritten); null when it adds nothing. */
  updated: Person | null;
  /** The record as it was before, when `updated` is set (what undoing the import restores). */
  original: Person | null;
  /** Names of the fields that gain something (`emails`, `phones`, `organisation`…). */
  added: string[];
}

export type DuplicateReason = 'similar-name' | 'shared-phone' | 'same-name';

export interface LikelyDuplicate {
  /** The person this import would create. */
  newPersonId: string;
  newPersonName: string;
  /** The person it resembles: an existing one, or another new one from this import. */
  otherId: string;
  otherName: string;
  otherIsNew: boolean;
  reason: DuplicateReason;
  /** Merging keeps `otherId` and folds the new person's addresses and numbers into it. */
  proposedMerge: {
    keepId: string;
    removeId: string;
    displayName: string;
    emails: string[];
    phones: string[];
  };
}

export interface PlannedEncounter {
  line: number;
  encounter: Encounter;
}

export interface PlannedTie {
  line: number;
  tie: Tie;
}

export interface ImportCounts {
  newPeople: number;
  matchedPeople: number;
  likelyDuplicates: number;
  newContexts: number;
  encounters: number;
  ties: number;
  skipped: number;
  /** Values cut to the data file's limits (see `ImportPreview.shortened`). */
  shortened: number;
  /** Records a `replace` restore removes from the current data. */
  removedPeople: number;
  removedEncounters: number;
}

export interface ImportPreview {
  /** A general format, or a chat, call or mail export (whose preview is a `ContactLogPreview`). */
  format: ImportFormat | ContactLogFormat;
  fileName: string;
  /** `add` appends to the data; `replace` swaps it for `replacement` (JSON restore/merge). */
  mode: 'add' | 'replace';
  /** Fingerprint of the data this plan was made against; applying to anything else is refused. */
  base: string;
  newContexts: Context[];
  newPeople: PlannedPerson[];
  matchedPeople: MatchedPerson[];
  likelyDuplicates: LikelyDuplicate[];
  encounters: PlannedEncounter[];
  ties: PlannedTie[];
  skipped: SkippedRow[];
  /** Every value that was cut or left out because it is longer than the data file keeps. */
  shortened: ShortenedValue[];
  /** Limits reached and shortenings, summed up for the file (see ImportNotice). */
  notices: ImportNotice[];
  counts: ImportCounts;
  replacement?: Database;
}
