/**
 * What a CLI command is. A command is a plain object (see commands/*.ts) registered in
 * commands/index.ts; `run.ts` finds it by its words, parses its options with node:util parseArgs, and
 * hands it a context with translated output, the data file and the store.
 */
import type { TFunction } from 'i18next';
import type { Database } from '../../shared/domain/schema';
import type { Store } from '../store/types';

/** Where the CLI reads and writes. `run()` gets the real process values; tests pass their own. */
export interface CliIo {
  stdout: { write(text: string | Uint8Array): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Defaults to os.homedir(); only used for the default data file. */
  homedir?: string;
  /** Defaults to the real clock (dates without --date, timestamps). */
  now?: () => Date;
}

export interface CliOption {
  type: 'string' | 'boolean';
  /** May be given more than once (values collected in order). */
  multiple?: boolean;
  short?: string;
  /** i18n key of the placeholder shown in help, e.g. `cli:placeholder.name` → `<name>`. */
  value?: string;
  /** i18n key of the help line. */
  help: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  /** Plain arguments after the command words (only for commands that declare `argument`). */
  args: string[];
  io: CliIo;
  t: TFunction;
  /** Absolute path of the data file (--db, TIEFGANG_DB or the app's default). */
  dbPath: string;
  now: () => Date;
  out(line: string): void;
  /** A message for the person at the terminal (stderr), not part of the command's output. */
  note(line: string): void;
  /** Opens the store with its lock, runs `work`, and always closes it. For commands that write. */
  withStore<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Reads the data file without the lock (works while the app is open). For commands that only read. */
  readData(): Promise<Database>;
  /** A path the user typed, resolved against the working folder. */
  resolvePath(path: string): string;
}

export interface Command {
  /** The words that select it, e.g. `['people', 'add']`. */
  readonly words: readonly string[];
  /** i18n key of the one-line summary (shown in `tiefgang --help`). */
  readonly summary: string;
  /** i18n key of the usage line after the program name, e.g. `log --with "<names>" --channel <channel> [options]`. */
  readonly usage: string;
  /** i18n key of a longer explanation shown in the command's --help (optional). */
  readonly description?: string;
  /** Values for the help texts above (e.g. the list of export formats). */
  helpValues?(t: TFunction): Record<string, unknown>;
  /** A plain argument the command takes (e.g. `import FILE`): i18n key of its placeholder. */
  readonly argument?: string;
  /** Its own options; `--db` and `--help` are added for every command. */
  readonly options: Readonly<Record<string, CliOption>>;
  /** Returns the exit code. Throw UsageError for wrong input, anything else for failures. */
  run(context: CommandContext): Promise<number>;
}

/** Wrong or missing input on the command line: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  constructor(
    /** i18n key and values of the message. */
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
/** Something failed (not found, store locked, unreadable file, disk error); nothing was changed. */
export const EXIT_FAILURE = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

/** A string option's value (the last one if given several times). */
export function stringValue(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (Array.isArray(value)) return value[value.length - 1];
  return typeof value === 'string' ? value : undefined;
}

/** All values of a `multiple` string option. */
export function stringValues(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

/** A string option that must be there. */
export function requiredString(values: OptionValues, name: string): string {
  const value = stringValue(values, name);
  if (value === undefined || value.trim() === '')
    throw new UsageError('cli:usage.missingOption', { option: `--${name}` });
  return value;
}
