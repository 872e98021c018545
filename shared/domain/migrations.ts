/**
 * Ordered migrations of the data file. Each step takes the raw JSON of version `from` to `from + 1`.
 * They run before validation, so the schema only ever has to describe the current version.
 *
 * Version 0 is a file written before the format carried a version (an early prototype kept
 * the same collections but had no `schemaVersion`, `contexts` or `settings`).
 */
import { SCHEMA_VERSION } from './schema';

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

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly code: 'not-an-object' | 'too-new' | 'bad-version',
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Brings raw parsed JSON up to the current schema version. Pure; does not validate. */
export function migrate(
  raw: unknown,
  steps: readonly Migration[] = migrations,
  target: number = SCHEMA_VERSION,
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
  return data;
}
