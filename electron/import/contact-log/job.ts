/**
 * A contact-log preview as one job, for whichever thread runs imports (the CLI, the app's import
 * worker): the owner comes from the settings plus the answers of this import, days are counted in this
 * process's zone, and the file is streamed from disk when a path is given (the app's and the CLI's
 * large mailboxes) or read from bytes. Resolves to null when the file is not a chat, call or mail export.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../shared/domain/schema';
import type { ParseOptions } from '../types';
import { readContactLog } from './index';
import { DEFAULT_COUNTRY_CODE } from './phone';
import { type ContactLogPreview, planContactLog } from './plan';
import { bytesSource, fileSource } from './source';

export interface ContactLogJob {
  fileName: string;
  /** Stream from this file (preferred: never loaded whole). */
  path?: string;
  /** Or these bytes. */
  bytes?: Uint8Array;
  /** Names, addresses or numbers the user says are theirs, for this import. */
  me?: string[];
  /** Answers for names that fit several people: log person key → person id, or `new`. */
  choices?: Record<string, string>;
  countryCode?: string;
  /** For archives that also hold calendars (Google Takeout). */
  parse?: ParseOptions;
  now: string;
}

/** Offset of this process's zone at an instant, and at a wall-clock time (summer and winter). */
export const localOffsetAt = (ms: number) => -new Date(ms).getTimezoneOffset();
export const localOffsetAtWallClock = (w: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}) => -new Date(w.year, w.month - 1, w.day, w.hour, w.minute).getTimezoneOffset();

export async function runContactLogJob(
  job: ContactLogJob,
  db: Readonly<Database>,
  run: {
    onProgress?: (done: number, total: number) => void;
    signal?: AbortSignal;
    newId?: () => string;
  } = {},
): Promise<ContactLogPreview | null> {
  const source = job.path
    ? await fileSource(job.path, job.fileName)
    : bytesSource(job.fileName, job.bytes ?? new Uint8Array());
  const settings = db.settings;
  const me = job.me ?? [];
  const countryCode = job.countryCode ?? settings.phoneCountryCode ?? DEFAULT_COUNTRY_CODE;
  const log = await readContactLog(source, {
    owner: {
      names: [settings.ownerName, ...me].filter((n) => n.trim() !== ''),
      emails: [...(settings.ownerEmails ?? []), ...me.filter((m) => m.includes('@'))],
      phones: settings.ownerPhones ?? [],
      countryCode,
    },
    offsetAt: localOffsetAt,
    offsetAtWallClock: localOffsetAtWallClock,
    ...(run.onProgress ? { onProgress: run.onProgress } : {}),
    ...(run.signal ? { signal: run.signal } : {}),
    ...(job.parse ? { parse: job.parse } : {}),
  });
  if (!log) return null;
  return planContactLog(log, db, {
    now: job.now,
    newId: run.newId ?? randomUUID,
    countryCode,
    ...(job.choices ? { choices: job.choices } : {}),
  });
}
