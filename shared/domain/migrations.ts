/**
 * Ordered migrations of the data file. Each step takes the raw JSON of version `from` to `from + 1`.
 * They run before validation, so the schema only ever has to describe the current version.
 *
 * Version 0 is a file written before the format carried a version (an early prototype kept
 * the same collections but had no `schemaVersion`, `contexts` or `settings`).
 *
 * After them, the load migrations run on every load (`loadMigrations`): changes within the current
 * format that only fill optional fields, each idempotent (a second run finds nothing to do). They need
 * no new format number, so a file stays readable by the versions before — a version bump would lock an
 * older Tiefgang out of a file for a field it does not use (see docs/architecture.md).
 */
import { type NamedDate, PersonDate, SCHEMA_VERSION } from './schema';

export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

export const migrations: readonly Migration[] = [
  {
    from: 0,
    description: 'add schemaVersion, contexts, ties and settings',
    migrate: (data) => ({
      ...data,
      schemaVersion: 1,
      people: data.people ?? [],
      encounters: data.encounters ?? [],
      contexts: data.contexts ?? [],
      ties: data.ties ?? [],
      settings: data.settings ?? {},
    }),
  },
];

/** A change within the current format that runs on every load; it must be idempotent. */
export interface LoadMigration {
  readonly name: string;
  readonly description: string;
  /** Returns `data` itself when there is nothing to do. */
  readonly migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The lines earlier imports wrote into the notes for a vCard's BDAY and ANNIVERSARY and a contacts CSV's
 * birthday column, when a person had no field for them: exactly `Birthday: 1980-12-10` or `Birthday:
 * --12-10` (a day the importer had recognised). Anything else (`Birthday: circa 1950`) stays in the notes.
 */
const BIRTHDAY_LINE = /^Birthday: (\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})[ \t]*$/m;
const ANNIVERSARY_LINE = /^Anniversary: (\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})[ \t]*$/m;
const ANNIVERSARY_LABEL = 'Anniversary';

/** The notes without the line that `match` found, and without the blank lines it leaves at an end. */
function withoutLine(notes: string, match: RegExpExecArray): string {
  const end = match.index + match[0].length;
  const rest = notes.slice(0, match.index) + notes.slice(notes[end] === '\n' ? end + 1 : end);
  return rest
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s*\n/, '')
    .replace(/\n\s*$/, '');
}

/** One person's birthday and anniversary moved out of the notes into their fields; the same object when none. */
function datesOutOfNotes(person: unknown): unknown {
  if (typeof person !== 'object' || person === null || Array.isArray(person)) return person;
  const record = person as Record<string, unknown>;
  if (typeof record.notes !== 'string') return person;
  let notes: string = record.notes;
  if (!(notes.includes('Birthday: ') || notes.includes('Anniversary: '))) return person;
  const changes: Record<string, unknown> = {};
  const birthday = record.birthday === undefined ? BIRTHDAY_LINE.exec(notes) : null;
  if (birthday && PersonDate.safeParse(birthday[1]).success) {
    changes.birthday = birthday[1];
    notes = withoutLine(notes, birthday);
  }
  const dates = record.dates;
  if (dates === undefined || Array.isArray(dates)) {
    const found: NamedDate[] = [];
    for (let match = ANNIVERSARY_LINE.exec(notes); match; match = ANNIVERSARY_LINE.exec(notes)) {
      if (!PersonDate.safeParse(match[1]).success) break;
      found.push({ label: ANNIVERSARY_LABEL, date: match[1]! });
      notes = withoutLine(notes, match);
    }
    if (found.length > 0) {
      const kept = (dates ?? []) as unknown[];
      const known = (d: NamedDate) =>
        kept.some((k) => {
          const other = k as Partial<NamedDate> | null;
          return other?.label === d.label && other.date === d.date;
        });
      changes.dates = [...kept, ...found.filter((d) => !known(d))];
    }
  }
  if (Object.keys(changes).length === 0) return person;
  return { ...record, ...changes, notes };
}

export const loadMigrations: readonly LoadMigration[] = [
  {
    name: 'dates-out-of-notes',
    description:
      'move the birthday and anniversaries earlier imports kept as lines in the notes into the fields for them',
    migrate: (data) => {
      if (!Array.isArray(data.people)) return data;
      let changed = false;
      const people = data.people.map((person: unknown) => {
        const next = datesOutOfNotes(person);
        if (next !== person) changed = true;
        return next;
      });
      return changed ? { ...data, people } : data;
    },
  },
];

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly code: 'not-an-object' | 'too-new' | 'bad-version',
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Brings raw parsed JSON up to the current schema version, then runs the load migrations. Pure; does not
 * validate. Returns `raw` itself when there was nothing to do.
 */
export function migrate(
  raw: unknown,
  steps: readonly Migration[] = migrations,
  target: number = SCHEMA_VERSION,
  onLoad: readonly LoadMigration[] = loadMigrations,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('the file does not hold a Tiefgang data object', 'not-an-object');
  }
  let data = raw as Record<string, unknown>;
  let version = data.schemaVersion === undefined ? 0 : data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError(
      `schemaVersion ${JSON.stringify(version)} is not a valid version`,
      'bad-version',
    );
  }
  if (version > target) {
    throw new MigrationError(
      `the file was written by a newer Tiefgang (format ${version}, this version reads up to ${target}); update Tiefgang`,
      'too-new',
    );
  }
  while (version < target) {
    const step = steps.find((m) => m.from === version);
    if (!step) throw new MigrationError(`no migration from format ${version}`, 'bad-version');
    data = step.migrate(data);
    version += 1;
  }
  for (const step of onLoad) data = step.migrate(data);
  return data;
}
