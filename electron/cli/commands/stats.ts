/**
 * `stats [--json] [--as-of YYYY-MM-DD] [--explain NAME|ID]`: every figure of the depth model as of a day
 * (default: today in local time — the CLI is the edge that reads the clock; the engine never does), or
 * with --explain one person's figures and, in words, why they are in their ring and what their depth is
 * made of. Reads the data file without the lock, so it works while the app is open.
 */
import { access } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import type { ModelParams } from '../../../shared/domain/model-params';
import type { Database } from '../../../shared/domain/schema';
import { type NetworkSnapshot, type PersonResult, prepareEngine, type Ring } from '../../../shared/engine';
import { explainPerson } from '../../../shared/engine/explain';
import { engineData } from '../../../shared/engine/input';
import { asOfFrom, asOfOption } from '../as-of';
import {
  type Command,
  type CommandContext,
  EXIT_FAILURE,
  EXIT_OK,
  stringValue,
  UsageError,
} from '../command';

export { asOfFrom, asOfOption };
export const jsonOption = { type: 'boolean', help: 'engine:cli.optJson' } as const;

/**
 * The data file's figures as of a day with the model parameters they were computed with, or undefined
 * (after telling the user) if there is no data file.
 */
export async function snapshotFrom(
  ctx: CommandContext,
  asOf: string,
): Promise<{ snapshot: NetworkSnapshot; params: ModelParams; db: Database } | undefined> {
  try {
    await access(ctx.dbPath);
  } catch {
    ctx.note(ctx.t('engine:cli.noDataFile', { file: ctx.dbPath }));
    return undefined;
  }
  const db: Database = await ctx.readData();
  const engine = prepareEngine(engineData(db));
  return { snapshot: engine.snapshot(asOf), params: db.settings.model, db };
}

/** Rounded for output: enough digits to compare, not the float noise. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const roundOrNull = (value: number | null, digits = 4) => (value === null ? null : round(value, digits));

/** The JSON the issue specifies: `{ asOf, summary: {…}, people: [ {…} ] }`. */
export function statsJson(snapshot: NetworkSnapshot) {
  const s = snapshot.summary;
  return {
    asOf: snapshot.asOf,
    summary: {
      people: s.people,
      encounters: s.encounters,
      metLast12Months: s.metLast12Months,
      top15Share: round(s.top15Share),
      gini: round(s.gini),
      rings: {
        '1': s.rings['1'],
        '2': s.rings['2'],
        '3': s.rings['3'],
        '4': s.rings['4'],
        known: s.rings.known,
        'not-met': s.rings['not-met'],
      },
    },
    people: snapshot.people.map((p) => ({
      id: p.id,
      name: p.name,
      strength: round(p.strength),
      depth: round(p.depth),
      ring: p.ring,
      pinnedRing: p.pinnedRing,
      lastContact: p.lastContact,
      contactDays: p.contactDays,
      cadenceDays: roundOrNull(p.cadenceDays, 2),
      overdueRatio: roundOrNull(p.overdueRatio, 3),
      status: p.status,
      touches: p.touches,
      ringSixMonthsAgo: p.ringSixMonthsAgo,
      ringTwelveMonthsAgo: p.ringTwelveMonthsAgo,
      ringReason: p.ringReason,
      rhythmKept: p.rhythm.band,
      contactDaysLast12Months: p.contactDaysLast12Months,
      hoursLast12Months: round(p.hoursLast12Months, 2),
      encounters: p.encounters,
      planned: p.planned,
      dataUntil: p.dataUntil,
    })),
  };
}

/** Ring in a table cell: the number, or the word. */
export function ringCell(t: TFunction, ring: Ring): string {
  return typeof ring === 'number' ? String(ring) : t(`engine:ring.${ring}`);
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - [...cell].length);
        return rightAligned.has(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

const NAME_WIDTH = 28;

function shorten(name: string): string {
  const chars = [...name];
  return chars.length <= NAME_WIDTH ? name : `${chars.slice(0, NAME_WIDTH - 1).join('')}…`;
}

function statsTable(t: TFunction, snapshot: NetworkSnapshot): string[] {
  const s = snapshot.summary;
  const lines = [
    t('engine:cli.stats.heading', { date: snapshot.asOf }),
    t('engine:cli.stats.line', {
      people: t('engine:cli.stats.people', { count: s.people }),
      encounters: t('engine:cli.stats.encounters', { count: s.encounters }),
      met: s.metLast12Months,
    }),
    t('engine:cli.stats.depth', { share: `${(s.top15Share * 100).toFixed(1)} %`, gini: s.gini.toFixed(3) }),
    t('engine:cli.stats.rings', {
      r1: s.rings['1'],
      r2: s.rings['2'],
      r3: s.rings['3'],
      r4: s.rings['4'],
      known: s.rings.known,
      notMet: s.rings['not-met'],
    }),
    '',
  ];
  if (snapshot.people.length === 0) return [...lines, t('engine:cli.stats.empty')];
  const c = (key: string) => t(`engine:cli.stats.column.${key}`);
  const header = [
    c('name'),
    c('ring'),
    c('strength'),
    c('depth'),
    c('lastContact'),
    c('contactDays'),
    c('cadence'),
    c('overdue'),
    c('status'),
    c('touches'),
    c('drift'),
  ];
  const row = (p: PersonResult) => [
    shorten(p.name),
    ringCell(t, p.ring) + (p.pinnedRing !== null && p.pinnedRing !== p.ring ? ` (→${p.pinnedRing})` : ''),
    p.strength.toFixed(2),
    p.depth.toFixed(2),
    p.lastContact ?? '–',
    String(p.contactDays),
    p.cadenceDays === null ? '–' : p.cadenceDays.toFixed(0),
    p.overdueRatio === null ? '–' : `${p.overdueRatio.toFixed(1)}×`,
    t(`engine:status.${p.status}`),
    String(p.touches),
    `${ringCell(t, p.ringSixMonthsAgo)} / ${ringCell(t, p.ringTwelveMonthsAgo)}`,
  ];
  return [...lines, ...table([header, ...snapshot.people.map(row)], new Set([2, 3, 5, 6, 7, 9]))];
}

export const statsCommand: Command = {
  words: ['stats'],
  summary: 'engine:cli.stats.summary',
  usage: 'engine:cli.stats.usage',
  description: 'engine:cli.stats.description',
  options: {
    json: jsonOption,
    'as-of': asOfOption,
    explain: { type: 'string', value: 'engine:cli.placeholder.person', help: 'engine:cli.stats.optExplain' },
  },
  async run(ctx) {
    const asOf = asOfFrom(ctx);
    const wanted = stringValue(ctx.values, 'explain');
    const found = await snapshotFrom(ctx, asOf);
    if (!found) return EXIT_FAILURE;
    const { snapshot, params, db } = found;
    if (wanted !== undefined) {
      const person = findPerson(snapshot, wanted);
      const stored = db.people.find((p) => p.id === person.id);
      const lines = explainPerson(ctx.t, person, {
        closeness: stored?.closeness ?? null,
        closenessBlend: params.closenessBlend,
      });
      if (ctx.values.json) {
        const row = statsJson({ ...snapshot, people: [person] }).people[0];
        ctx.out(JSON.stringify({ asOf: snapshot.asOf, person: row, explanation: lines }, null, 2));
      } else {
        ctx.out(ctx.t('engine:cli.stats.explainHeading', { name: person.name, date: snapshot.asOf }));
        for (const line of lines) ctx.out(`- ${line}`);
      }
      return EXIT_OK;
    }
    if (ctx.values.json) ctx.out(JSON.stringify(statsJson(snapshot), null, 2));
    else for (const line of statsTable(ctx.t, snapshot)) ctx.out(line);
    return EXIT_OK;
  },
};

/**
 * The person meant by --explain: the id, else the name (ignoring case and accents); several people of
 * that name, or none, is a usage error that says who there is to choose from.
 */
function findPerson(snapshot: NetworkSnapshot, wanted: string): PersonResult {
  const text = wanted.trim();
  const byId = snapshot.people.find((p) => p.id === text);
  if (byId) return byId;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
  const matches = snapshot.people.filter((p) => fold(p.name) === fold(text));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UsageError('engine:cli.stats.explainAmbiguous', {
      value: wanted,
      ids: matches.map((p) => p.id).join(', '),
    });
  }
  throw new UsageError('engine:cli.stats.explainUnknown', { value: wanted });
}
