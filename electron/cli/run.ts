/**
 * The command line, testable in-process: `run(argv, io)` → exit code. Finds the command by its words,
 * parses options with node:util parseArgs (strict: unknown options and stray arguments are errors),
 * prints help, and turns every failure into a message on stderr that says what is wrong and what to do.
 *
 * Exit codes: 0 done, 1 failed (nothing was changed), 2 wrong command line.
 */
import { homedir as osHomedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { cliDataFile } from '../data-location';
import { openStore, readDataFile } from '../store/index';
import {
  type CliIo,
  type CliOption,
  type Command,
  type CommandContext,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  type OptionValues,
  stringValue,
  UsageError,
} from './command';
import { commands } from './commands/index';
import { describeFailure } from './failures';
import { cliLocale, createCliT } from './i18n';
import { passphraseFileUnlock } from './passphrase';

export const PROGRAM = 'tiefgang';

const commonOptions: Record<string, CliOption> = {
  db: { type: 'string', value: 'cli:placeholder.file', help: 'cli:common.db' },
  'passphrase-file': { type: 'string', value: 'cli:placeholder.file', help: 'cli:common.passphraseFile' },
  help: { type: 'boolean', short: 'h', help: 'cli:common.help' },
};

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const t = createCliT(cliLocale(io.env));
  const err = (text: string) => io.stderr.write(`${text}\n`);
  const { words, wordIndexes } = leadingWords(argv);
  const command = findCommand(words);
  if (!command) {
    if (words.length === 0 && (argv.includes('--help') || argv.includes('-h'))) {
      io.stdout.write(overview(t, io));
      return EXIT_OK;
    }
    const group = commands.filter((c) => words.length > 0 && words.every((w, i) => c.words[i] === w));
    if (words.length === 0) err(t('cli:usage.noCommand', { program: PROGRAM }));
    else if (group.length === 0)
      err(t('cli:usage.unknownCommand', { command: words.join(' '), program: PROGRAM }));
    else err(t('cli:usage.incompleteCommand', { command: words.join(' '), program: PROGRAM }));
    io.stderr.write(overview(t, io));
    return EXIT_USAGE;
  }
  const taken = new Set(wordIndexes.slice(0, command.words.length));
  const rest = argv.filter((_, i) => !taken.has(i));
  const name = command.words.join(' ');
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(commandHelp(command, t, io));
    return EXIT_OK;
  }
  try {
    const { values, positionals } = parseOptions(command, rest);
    const context = makeContext(values, io, t, positionals);
    return await command.run(context);
  } catch (error) {
    if (error instanceof UsageError) {
      err(t(error.key, { ...error.params, command: name, program: PROGRAM }));
      err(t('cli:usage.seeHelp', { program: PROGRAM, command: name }));
      return EXIT_USAGE;
    }
    err(describeFailure(error, t));
    return EXIT_FAILURE;
  }
}

/**
 * The words before the first option that follows them (`--db <file>` may come before the command:
 * `tiefgang --db f.json log …`), with their positions in argv.
 */
function leadingWords(argv: readonly string[]): { words: string[]; wordIndexes: number[] } {
  const words: string[] = [];
  const wordIndexes: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) {
      if (words.length > 0) break;
      if (arg === '--db' || arg === '--passphrase-file') i++; // its value is not a word
      continue;
    }
    words.push(arg);
    wordIndexes.push(i);
  }
  return { words, wordIndexes };
}

/** The command whose words start the command line (the longest, if several do). */
function findCommand(words: readonly string[]): Command | undefined {
  let best: Command | undefined;
  for (const command of commands) {
    const matches = command.words.every((w, i) => words[i] === w);
    if (matches && (!best || command.words.length > best.words.length)) best = command;
  }
  return best;
}

function parseOptions(
  command: Command,
  args: readonly string[],
): { values: OptionValues; positionals: string[] } {
  const options = { ...command.options, ...commonOptions };
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        Object.entries(options).map(([key, o]) => [
          key,
          { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) },
        ]),
      ),
      strict: true,
      allowPositionals: command.argument !== undefined,
    });
    return { values: values as OptionValues, positionals };
  } catch (error) {
    throw usageFromParseArgs(error);
  }
}

/** node:util parseArgs errors → the CLI's own messages (the option is taken from Node's English text). */
function usageFromParseArgs(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message ?? '';
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError('cli:usage.unknownOption', { option });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError('cli:usage.unexpectedArgument', { argument: quoted });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('does not take an argument'))
        return new UsageError('cli:usage.noValueWanted', { option });
      return new UsageError('cli:usage.missingValue', { option });
    default:
      return error;
  }
}

function makeContext(values: OptionValues, io: CliIo, t: TFunction, args: string[] = []): CommandContext {
  const db = typeof values.db === 'string' ? values.db : undefined;
  if (db !== undefined && db.trim() === '')
    throw new UsageError('cli:usage.missingValue', { option: '--db' });
  const dbPath = resolve(io.cwd, db ?? cliDataFile(io.env, process.platform, io.homedir ?? osHomedir()));
  const now = io.now ?? (() => new Date());
  const passphraseFile =
    stringValue(values, 'passphrase-file') ?? (io.env.TIEFGANG_PASSPHRASE_FILE || undefined);
  const unlock = passphraseFileUnlock(
    passphraseFile === undefined ? undefined : resolve(io.cwd, passphraseFile),
  );
  return {
    values,
    args,
    io,
    t,
    dbPath,
    now,
    out: (line) => io.stdout.write(`${line}\n`),
    note: (line) => io.stderr.write(`${line}\n`),
    async withStore(work) {
      const store = await openStore({ path: dbPath, now, ...(unlock ? { unlock } : {}) });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    },
    readData: () => readDataFile(dbPath, unlock ? { unlock } : {}),
    resolvePath: (path) => resolve(io.cwd, path),
  };
}

function overview(t: TFunction, io: CliIo): string {
  const rows = commands.map((c) => [c.words.join(' '), t(c.summary)] as const);
  const width = Math.max(...rows.map(([n]) => n.length)) + 2;
  return [
    t('cli:help.usage', { usage: `${PROGRAM} ${t('cli:help.commandAndOptions')}` }),
    '',
    t('cli:help.intro'),
    '',
    t('cli:help.commands'),
    ...rows.map(([n, s]) => `  ${n.padEnd(width)}${s}`),
    '',
    t('cli:help.options'),
    ...optionLines(commonOptions, t),
    '',
    t('cli:help.dataFile', { file: cliDataFile(io.env, process.platform, io.homedir ?? osHomedir()) }),
    t('cli:help.exitCodes'),
    t('cli:help.more', { program: PROGRAM }),
    '',
  ].join('\n');
}

function commandHelp(command: Command, t: TFunction, io: CliIo): string {
  const values = command.helpValues?.(t) ?? {};
  return [
    t('cli:help.usage', { usage: `${PROGRAM} ${t(command.usage, values)}` }),
    '',
    t(command.summary, values),
    ...(command.description ? ['', t(command.description, values)] : []),
    '',
    t('cli:help.options'),
    ...optionLines({ ...command.options, ...commonOptions }, t),
    '',
    t('cli:help.dataFile', { file: cliDataFile(io.env, process.platform, io.homedir ?? osHomedir()) }),
    '',
  ].join('\n');
}

function optionLines(options: Record<string, CliOption>, t: TFunction): string[] {
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${t(o.value)}` : ''}`;
    return [flag, t(o.help)] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`);
}
