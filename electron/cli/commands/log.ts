/**
 * `log --with "<name or email>[; …]" --channel <channel> [--date …] [--context "<name>"] [--minutes N]
 * [--notes "…"] [--create]`: records one encounter. Everything — new people and context with --create,
 * and the encounter — goes into one durable write, so an error (an unknown or ambiguous name) changes
 * nothing; exit code 0 means the write is on disk.
 */
import { CHANNELS, type Channel, type Database, type Person } from '../../../shared/domain/schema';
import { dayOf, isoDate } from '../../../shared/engine/dates';
import { addContext } from '../../services/contexts/contexts';
import { addEncounter } from '../../services/encounters/encounters';
import { findOneContext, LookupError, matchPeople } from '../../services/lookup';
import { addPerson } from '../../services/people/people';
import {
  type Command,
  type CommandContext,
  EXIT_FAILURE,
  EXIT_OK,
  requiredString,
  stringValue,
  stringValues,
  UsageError,
} from '../command';
import { encounterDateFrom, localToday } from '../dates';
import { lookupText } from '../failures';

const MAX_MINUTES = 60 * 24 * 14;

export const logCommand: Command = {
  words: ['log'],
  summary: 'cli:log.summary',
  usage: 'cli:log.usage',
  description: 'cli:log.description',
  options: {
    with: { type: 'string', multiple: true, value: 'cli:placeholder.names', help: 'cli:log.optWith' },
    channel: { type: 'string', value: 'cli:placeholder.channel', help: 'cli:log.optChannel' },
    date: { type: 'string', value: 'cli:placeholder.date', help: 'cli:log.optDate' },
    context: { type: 'string', value: 'cli:placeholder.name', help: 'cli:log.optContext' },
    minutes: { type: 'string', value: 'cli:placeholder.minutes', help: 'cli:log.optMinutes' },
    notes: { type: 'string', value: 'cli:placeholder.text', help: 'cli:log.optNotes' },
    create: { type: 'boolean', help: 'cli:log.optCreate' },
    planned: { type: 'boolean', help: 'cli:log.optPlanned' },
  },
  async run(ctx) {
    const input = readInput(ctx);
    const { t } = ctx;
    let outcome: Outcome;
    try {
      outcome = await ctx.withStore((store) => store.update((db) => record(db, input)));
    } catch (error) {
      if (error instanceof UnknownNames) {
        ctx.note(
          t('cli:log.unknownPeople', {
            names: error.names.map((n) => `"${n}"`).join(', '),
            count: error.names.length,
          }),
        );
        return EXIT_FAILURE;
      }
      if (error instanceof AmbiguousNames) {
        for (const lookup of error.errors) ctx.note(lookupText(lookup, t));
        ctx.note(t('cli:log.ambiguousHint'));
        return EXIT_FAILURE;
      }
      throw error;
    }
    for (const person of outcome.createdPeople)
      ctx.out(t('cli:log.createdPerson', { name: person.displayName, id: person.id }));
    if (outcome.createdContext) {
      ctx.out(
        t('cli:log.createdContext', { name: outcome.createdContext.name, id: outcome.createdContext.id }),
      );
    }
    ctx.out(
      t('cli:log.logged', {
        id: outcome.encounterId,
        channel: t(`common:channel.${input.channel}`),
        names: outcome.participants.map((p) => p.displayName).join(', '),
        date: input.date,
      }),
    );
    return EXIT_OK;
  },
};

interface LogInput {
  names: string[];
  channel: Channel;
  date: string;
  context: string | undefined;
  minutes: number | undefined;
  notes: string | undefined;
  create: boolean;
}

/** Checks every option before the store is opened, so a typo never touches the file. */
function readInput(ctx: CommandContext): LogInput {
  const names = stringValues(ctx.values, 'with')
    .flatMap((w) => w.split(';'))
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('cli:usage.missingOption', { option: '--with' });
  const channel = requiredString(ctx.values, 'channel').trim().toLowerCase().replace('-', '_');
  if (!(CHANNELS as readonly string[]).includes(channel)) {
    throw new UsageError('cli:usage.badChoice', {
      option: '--channel',
      value: channel,
      choices: CHANNELS.join(', '),
    });
  }
  const dateText = stringValue(ctx.values, 'date');
  const given = dateText === undefined ? undefined : encounterDateFrom(dateText);
  if (given?.ok === false && given.problem === 'skipped')
    throw new UsageError('cli:log.skippedTime', {
      value: dateText?.trim(),
      suggestion: given.suggestion,
      offset: given.offsetBefore,
    });
  if (given?.ok === false) throw new UsageError('cli:log.badDate', { value: dateText });
  const today = localToday(ctx.now());
  const date = given?.date ?? today;
  // A day after today is a planned meeting (it counts once its day has passed); without --planned it is
  // more likely a typo (2062 for 2026), which would otherwise be saved silently.
  if (isoDate(dayOf(date)) > today && ctx.values.planned !== true)
    throw new UsageError('cli:log.futureDate', { value: dateText?.trim() ?? date, today });
  const minutesText = stringValue(ctx.values, 'minutes')?.trim();
  let minutes: number | undefined;
  if (minutesText !== undefined) {
    minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : Number.NaN;
    if (!(minutes >= 0 && minutes <= MAX_MINUTES)) {
      throw new UsageError('cli:log.badMinutes', { value: minutesText, max: MAX_MINUTES });
    }
  }
  const context = stringValue(ctx.values, 'context')?.trim();
  if (context === '') throw new UsageError('cli:usage.missingValue', { option: '--context' });
  return {
    names,
    channel: channel as Channel,
    date,
    context,
    minutes,
    notes: stringValue(ctx.values, 'notes'),
    create: ctx.values.create === true,
  };
}

/** Names that match several people each. */
export class AmbiguousNames extends Error {
  constructor(readonly errors: LookupError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

interface Outcome {
  encounterId: string;
  participants: Person[];
  createdPeople: Person[];
  createdContext: { id: string; name: string } | undefined;
}

/** The whole command as one change of the database draft. */
function record(db: Database, input: LogInput): Outcome {
  const ambiguous: LookupError[] = [];
  const unknown: string[] = [];
  const found = new Map<string, Person>();
  for (const name of input.names) {
    const matches = matchPeople(db, name);
    if (matches.length > 1) ambiguous.push(new LookupError('ambiguous', 'person', name, matches));
    else if (matches[0]) found.set(name, matches[0]);
    else if (!unknown.includes(name)) unknown.push(name);
  }
  if (ambiguous.length > 0) throw new AmbiguousNames(ambiguous);
  if (unknown.length > 0 && !input.create) throw new UnknownNames(unknown);
  const createdPeople = unknown.map((name) =>
    addPerson(db, name.includes('@') ? { displayName: name, emails: [name] } : { displayName: name }),
  );
  for (const [i, name] of unknown.entries()) found.set(name, createdPeople[i]!);

  let contextId: string | undefined;
  let createdContext: Outcome['createdContext'];
  if (input.context !== undefined) {
    const context = findOneContext(db, input.context);
    if (context) contextId = context.id;
    else if (input.create) {
      createdContext = addContext(db, { name: input.context });
      contextId = createdContext.id;
    } else throw new LookupError('unknown', 'context', input.context, []);
  }
  const participants = [...new Set(input.names.map((n) => found.get(n)!))];
  const encounter = addEncounter(db, {
    date: input.date,
    participants: participants.map((p) => p.id),
    channel: input.channel,
    ...(contextId ? { contextId } : {}),
    ...(input.minutes !== undefined ? { durationMinutes: input.minutes } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
  });
  return { encounterId: encounter.id, participants, createdPeople, createdContext };
}

/** Names that match nobody, while --create was not given. */
export class UnknownNames extends Error {
  constructor(readonly names: string[]) {
    super(`unknown: ${names.join(', ')}`);
  }
}
