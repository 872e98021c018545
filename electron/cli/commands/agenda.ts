/**
 * `agenda [--days N] [--as-of YYYY-MM-DD] [--json]` and `agenda --ics [--out FILE]`: what is coming in the
 * next days — ties due and overdue (the engine's review), birthdays and named dates, next steps — as lines,
 * as JSON, or as an iCalendar file for a calendar app. Reads the data file without the lock, so it works
 * while the app is open.
 */
import { access, readFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import { type Agenda, type AgendaItem, isLate, MAX_AGENDA_DAYS } from '../../../shared/agenda/agenda';
import { agendaFromData } from '../../../shared/agenda/from-data';
import { agendaItemText } from '../../../shared/agenda/text';
import { agendaCalendar } from '../../export/calendar';
import { writeFileDurable } from '../../store/durable-write';
import { asOfFrom, asOfOption } from '../as-of';
import { type Command, EXIT_FAILURE, EXIT_OK, stringValue, UsageError } from '../command';
import { jsonOption, round } from './stats';

export const DEFAULT_AGENDA_DAYS = 14;

/** `--days`: a whole number from 0 (today only) to ten years. */
function daysFrom(text: string | undefined): number {
  if (text === undefined) return DEFAULT_AGENDA_DAYS;
  if (!/^\s*\d+\s*$/.test(text) || Number(text) > MAX_AGENDA_DAYS) {
    throw new UsageError('agenda:cli.badDays', { value: text, max: MAX_AGENDA_DAYS });
  }
  return Number(text);
}

function itemJson(t: TFunction, agenda: Agenda, item: AgendaItem) {
  const base = {
    kind: item.kind,
    date: item.date,
    late: isLate(item, agenda.asOf),
    personId: item.personId,
    name: item.name,
    text: agendaItemText(t, item),
  };
  switch (item.kind) {
    case 'overdue':
    case 'due':
      return {
        ...base,
        lastContact: item.lastContact,
        reason: {
          ...item.reason,
          cadenceDays: round(item.reason.cadenceDays, 2),
          overdueRatio: round(item.reason.overdueRatio, 3),
        },
      };
    case 'birthday':
      return { ...base, age: item.age };
    case 'date':
      return { ...base, label: item.label, years: item.years };
    case 'next-step':
      return { ...base, step: item.text };
  }
}

/** A file this command (or the app) wrote before: it may be replaced without --force. */
async function isOwnCalendar(path: string): Promise<boolean | undefined> {
  try {
    const head = (await readFile(path, 'utf8')).slice(0, 200);
    return head.startsWith('BEGIN:VCALENDAR') && head.includes('PRODID:-//Tiefgang//Agenda//');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return false;
  }
}

export const agendaCommand: Command = {
  words: ['agenda'],
  summary: 'agenda:cli.summary',
  usage: 'agenda:cli.usage',
  description: 'agenda:cli.description',
  helpValues: () => ({ days: DEFAULT_AGENDA_DAYS }),
  options: {
    days: { type: 'string', value: 'engine:cli.placeholder.count', help: 'agenda:cli.optDays' },
    'as-of': asOfOption,
    json: jsonOption,
    ics: { type: 'boolean', help: 'agenda:cli.optIcs' },
    out: { type: 'string', value: 'cli:placeholder.file', help: 'agenda:cli.optOut' },
    force: { type: 'boolean', help: 'agenda:cli.optForce' },
  },
  async run(ctx) {
    const { t } = ctx;
    const days = daysFrom(stringValue(ctx.values, 'days'));
    const asOf = asOfFrom(ctx);
    const ics = ctx.values.ics === true;
    if (ics && ctx.values.json) throw new UsageError('agenda:cli.icsAndJson');
    const outArg = stringValue(ctx.values, 'out');
    if (outArg !== undefined && !ics) throw new UsageError('agenda:cli.outNeedsIcs');
    const out = outArg === undefined ? undefined : ctx.resolvePath(outArg);
    if (out === ctx.dbPath) throw new UsageError('cli:export.outIsDb', { file: out });
    if (out && !ctx.values.force && (await isOwnCalendar(out)) === false) {
      throw new UsageError('agenda:cli.outExists', { file: out });
    }
    try {
      await access(ctx.dbPath);
    } catch {
      ctx.note(t('engine:cli.noDataFile', { file: ctx.dbPath }));
      return EXIT_FAILURE;
    }
    const db = await ctx.readData();
    const agenda = agendaFromData(db, asOf, days);

    if (ics) {
      const content = agendaCalendar({ people: db.people, agenda, t, now: ctx.now() });
      if (!out) {
        ctx.io.stdout.write(content);
        return EXIT_OK;
      }
      try {
        await writeFileDurable(out, content);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        ctx.note(t('cli:export.cannotWrite', { file: out, reason }));
        return EXIT_FAILURE;
      }
      ctx.out(t('agenda:cli.icsWritten', { file: out }));
      return EXIT_OK;
    }

    if (ctx.values.json) {
      ctx.out(
        JSON.stringify(
          {
            asOf: agenda.asOf,
            days: agenda.days,
            until: agenda.until,
            items: agenda.items.map((item) => itemJson(t, agenda, item)),
          },
          null,
          2,
        ),
      );
      return EXIT_OK;
    }

    if (agenda.items.length === 0) {
      ctx.out(t('agenda:cli.none', { from: agenda.asOf, until: agenda.until }));
      return EXIT_OK;
    }
    ctx.out(t('agenda:cli.heading', { from: agenda.asOf, until: agenda.until }));
    const groups = [
      ['late', agenda.items.filter((i) => isLate(i, agenda.asOf))],
      ['coming', agenda.items.filter((i) => i.date !== null && !isLate(i, agenda.asOf))],
      ['noDay', agenda.items.filter((i) => i.date === null)],
    ] as const;
    for (const [group, items] of groups) {
      if (items.length === 0) continue;
      ctx.out('');
      ctx.out(t(`agenda:cli.group.${group}`, { count: items.length }));
      for (const item of items) {
        const text = agendaItemText(t, item);
        ctx.out(
          item.date ? t('agenda:cli.item', { date: item.date, text }) : t('agenda:cli.itemNoDay', { text }),
        );
      }
    }
    return EXIT_OK;
  },
};
