/**
 * A Tiefgang JSON backup → a validated Database, through the same migrations and schema as the store,
 * so a backup from an older version restores and a damaged or foreign file is refused with its reason.
 */
import { MigrationError, migrate } from '../../shared/domain/migrations';
import { Database } from '../../shared/domain/schema';
import { ImportError } from './errors';
import { stripBom } from './text';
import type { ParsedImport } from './types';

export function parseJsonBackup(file: string, text: string): ParsedImport {
  const source = stripBom(text);
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError('bad-json', {
      file,
      line: jsonErrorLine(source, message),
      detail: message.slice(0, 200),
    });
  }
  // A backup holds people and encounters; without them the migrations would turn any object into an
  // empty database.
  const record = raw as Record<string, unknown> | null;
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    !Array.isArray(record?.people) ||
    !Array.isArray(record?.encounters)
  ) {
    throw new ImportError('bad-backup', { file, detail: 'it has no list of people and encounters' });
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw);
  } catch (error) {
    if (error instanceof MigrationError) throw new ImportError('bad-backup', { file, detail: error.message });
    throw error;
  }
  const parsed = Database.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    throw new ImportError('bad-backup', {
      file,
      detail: `${where}: ${issue.message}${parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : ''}`,
    });
  }
  return {
    format: 'json',
    fileName: file,
    people: [],
    encounters: [],
    ties: [],
    skipped: [],
    backup: parsed.data,
  };
}

/** The line of a JSON.parse error: from "(line N column M)" or "at position N"; the last line if it ran out. */
function jsonErrorLine(source: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : source.length;
  let n = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) n++;
  return n;
}
