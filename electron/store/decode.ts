/**
 * Text of a data file → validated Database: JSON.parse, then the ordered migrations, then the zod
 * schema. Pure (no file access), so the store, backups and the read-only reader share one definition of
 * "a good file". Failures say where: line and column for JSON, `encounters[3].date` (with the record's
 * line in the file when it can be found) for validation.
 */
import type { z } from 'zod';
import { MigrationError, migrate } from '../../shared/domain/migrations';
import { Database, SCHEMA_VERSION } from '../../shared/domain/schema';
import { describeJsonError, lineAndColumn } from './json-error';
import type { CorruptReason } from './types';
import { restoreUnknownFields } from './unknown-fields';

/** The file is not a good Tiefgang data file; `reason` says why. */
export class UnreadableDataError extends Error {
  constructor(readonly reason: CorruptReason) {
    super(reason.kind);
    this.name = 'UnreadableDataError';
  }
}

/** The file is from a newer Tiefgang: not damaged, just not readable by this version. */
export class NewerFormatError extends Error {
  constructor(readonly fileVersion: number) {
    super(`format ${fileVersion} is newer than ${SCHEMA_VERSION}`);
    this.name = 'NewerFormatError';
  }
}

export interface Decoded {
  data: Database;
  /** The format version the file had before migrating (equal to SCHEMA_VERSION if none ran). */
  fileVersion: number;
  /** How many objects (records, settings, the file itself) hold fields this version does not know. */
  unknownFields: number;
}

/** How many validation problems a reason lists before saying "and N more". */
const MAX_ISSUES = 5;

export function decodeDatabase(text: string): Decoded {
  // An editor may have saved a byte-order mark; it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '') throw new UnreadableDataError({ kind: 'empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const { message, line, column } = describeJsonError(json, error);
    throw new UnreadableDataError({ kind: 'syntax', message, line, column });
  }
  const fileVersion =
    typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : 0;
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw);
  } catch (error) {
    if (error instanceof MigrationError && error.code === 'too-new' && typeof fileVersion === 'number') {
      throw new NewerFormatError(fileVersion);
    }
    throw new UnreadableDataError({ kind: 'format', message: (error as Error).message });
  }
  const result = Database.safeParse(migrated);
  if (!result.success) {
    throw new UnreadableDataError(validationReason(result.error.issues, migrated, json));
  }
  // Fields this version does not know go back in, so no write drops them (unknown-fields.ts).
  const unknownFields = restoreUnknownFields(migrated, result.data);
  return { data: result.data, fileVersion: typeof fileVersion === 'number' ? fileVersion : 0, unknownFields };
}

function validationReason(
  issues: readonly z.core.$ZodIssue[],
  raw: Record<string, unknown>,
  text: string,
): CorruptReason {
  return {
    kind: 'validation',
    issues: issues.slice(0, MAX_ISSUES).map((issue) => {
      const line = recordLine(issue.path, raw, text);
      const path = formatPath(issue.path);
      return { path: line ? `${path} (line ${line})` : path, message: issue.message };
    }),
    moreIssues: Math.max(0, issues.length - MAX_ISSUES),
  };
}

/** `['encounters', 3, 'date']` → `encounters[3].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** The line of the record an issue is in, found by its id, if it has one. */
function recordLine(
  path: readonly PropertyKey[],
  raw: Record<string, unknown>,
  text: string,
): number | undefined {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return undefined;
  const records = raw[collection];
  const record = Array.isArray(records) ? records[index] : undefined;
  const id = idOf(record);
  if (typeof id !== 'string') return undefined;
  // Ids are unique except in a file that repeats one: then this record's is the n-th occurrence.
  let nth = 0;
  for (let i = 0; i < index; i++) if (idOf((records as unknown[])[i]) === id) nth++;
  const pattern = new RegExp(`"id"\\s*:\\s*${escapeRegExp(JSON.stringify(id))}`, 'g');
  let match = pattern.exec(text);
  for (; match && nth > 0; nth--) match = pattern.exec(text);
  return match ? lineAndColumn(text, match.index).line : undefined;
}

function idOf(record: unknown): unknown {
  return typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
