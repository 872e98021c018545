/**
 * `import FILE` for chat, call and mail exports (WhatsApp, Telegram, SMS Backup & Restore, mbox,
 * Google Takeout, LinkedIn's archive): the file is streamed (never loaded whole), with a progress line
 * on stderr; the preview lists per person what would be added by channel, and what was skipped and why.
 * No message text is read into the data, and the preview says so.
 */
import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import { type Database, emptyDatabase } from '../../../shared/domain/schema';
import { applyContactLog, contactLogChangesNothing } from '../../import/contact-log/apply';
import {
  type ContactLog,
  DEFAULT_COUNTRY_CODE,
  fileSource,
  isCountryCode,
  readContactLog,
  sniffContactLog,
} from '../../import/contact-log/index';
import { localOffsetAt, localOffsetAtWallClock } from '../../import/contact-log/job';
import { type ContactLogPreview, planContactLog } from '../../import/contact-log/plan';
import { ImportError } from '../../import/index';
import type { ParseOptions } from '../../import/types';
import { type CommandContext, EXIT_FAILURE, EXIT_OK, UsageError } from '../command';

const LIST_LIMIT = 20;

export interface LogImportInput {
  path: string;
  fileName: string;
  dryRun: boolean;
  json: boolean;
  me: string[];
  countryCode?: string;
  /** `NAME-OR-KEY=ID` or `NAME-OR-KEY=new` for people whose name fits several. */
  choices: string[];
  parse: ParseOptions;
}

/** Null when the file is none of these exports (the general importers take it then). */
export async function importContactLog(ctx: CommandContext, input: LogImportInput): Promise<number | null> {
  const { t } = ctx;
  let log: ContactLog | null;
  let preview: ContactLogPreview;
  let committed = false;
  if (input.countryCode !== undefined && !isCountryCode(input.countryCode)) {
    throw new UsageError('import:log.badCountryCode', { value: input.countryCode });
  }
  try {
    const source = await fileSource(input.path, input.fileName);
    if ((await sniffContactLog(source)) === null) return null;
    const settings = (await currentData(ctx)).settings;
    const countryCode = input.countryCode ?? settings.phoneCountryCode ?? DEFAULT_COUNTRY_CODE;
    const progress = progressLine(ctx, input.fileName);
    log = await readContactLog(source, {
      owner: {
        names: [settings.ownerName, ...input.me].filter((n) => n.trim() !== ''),
        emails: [...(settings.ownerEmails ?? []), ...input.me.filter((m) => m.includes('@'))],
        phones: settings.ownerPhones ?? [],
        countryCode,
      },
      offsetAt: localOffsetAt,
      offsetAtWallClock: localOffsetAtWallClock,
      onProgress: progress.update,
      parse: input.parse,
    });
    progress.done();
    if (!log) return null;
    const readLog = log;
    const plan = (db: Readonly<Database>) =>
      planContactLog(readLog, db, {
        now: ctx.now().toISOString(),
        newId: randomUUID,
        countryCode,
        choices: choicesFor(readLog, input.choices),
      });
    if (input.dryRun || readLog.ownerQuestion) {
      preview = plan(await currentData(ctx));
    } else {
      preview = await ctx.withStore(async (store) => {
        const planned = plan(store.read());
        if (!contactLogChangesNothing(planned))
          await store.update((draft) => applyContactLog(planned, draft));
        return planned;
      });
      committed = true;
    }
  } catch (error) {
    if (error instanceof ImportError) {
      ctx.note(t(`import:errors.${error.reason}`, error.params));
      return EXIT_FAILURE;
    }
    throw error;
  }
  if (input.json) ctx.out(JSON.stringify(previewJson(preview, t, committed), null, 2));
  else for (const line of previewText(preview, t, committed)) ctx.out(line);
  if (preview.ownerQuestion) {
    ctx.note(
      t('import:errors.owner-unknown', {
        file: preview.fileName,
        candidates: preview.ownerQuestion.candidates.map((c) => `"${c.value}"`).join(', '),
      }),
    );
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

/** `--person "Anna Berg=<id>"`: answers keyed by the log's person key or display name. */
function choicesFor(log: ContactLog, answers: readonly string[]): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const answer of answers) {
    const at = answer.lastIndexOf('=');
    if (at <= 0) throw new UsageError('import:log.badChoice', { value: answer });
    const who = answer.slice(0, at).trim();
    const id = answer.slice(at + 1).trim();
    for (const p of log.people) if (p.key === who || p.displayName === who) choices[p.key] = id;
  }
  return choices;
}

/** A line on stderr that moves with the reading: rewritten in place on a terminal, every 10 % elsewhere. */
function progressLine(ctx: CommandContext, file: string) {
  const stderr = ctx.io.stderr as { write(text: string): unknown; isTTY?: boolean };
  const tty = stderr.isTTY === true;
  let last = -1;
  let shown = false;
  return {
    update(done: number, total: number) {
      if (total <= 0) return;
      const percent = Math.floor((done * 100) / total);
      const step = tty ? percent : Math.floor(percent / 10) * 10;
      if (step === last) return;
      last = step;
      shown = true;
      const text = ctx.t('import:log.progress', {
        file,
        percent: step,
        done: Math.round(done / (1024 * 1024)),
        total: Math.max(1, Math.round(total / (1024 * 1024))),
      });
      stderr.write(tty ? `\r${text}` : `${text}\n`);
    },
    done() {
      if (tty && shown) stderr.write('\n');
    },
  };
}

async function currentData(ctx: CommandContext): Promise<Database> {
  try {
    await access(ctx.dbPath);
  } catch {
    return emptyDatabase();
  }
  return ctx.readData();
}

function previewJson(preview: ContactLogPreview, t: TFunction, committed: boolean) {
  const names = new Map<string, string>();
  for (const p of preview.newPeople) names.set(p.person.id, p.person.displayName);
  for (const m of preview.matchedPeople) names.set(m.existingId, m.existingName);
  return {
    file: preview.fileName,
    format: preview.format,
    committed,
    messageTextStored: false,
    counts: {
      ...preview.counts,
      updatedEncounters: preview.updatedEncounters.length,
      coverage: preview.coverage.length,
    },
    seen: preview.seen,
    ...(preview.ownerQuestion ? { ownerQuestion: preview.ownerQuestion } : {}),
    people: preview.report.map((r) => ({
      name: r.name,
      id: r.id,
      status: r.status,
      ...(r.by ? { by: r.by } : {}),
      added: r.added,
      attempts: r.attempts,
      updated: r.updated,
      alreadyPresent: r.alreadyPresent,
    })),
    ambiguous: preview.ambiguous,
    coverage: preview.coverage.map((c) => ({
      channel: c.channel,
      people: c.personIds ? c.personIds.map((id) => names.get(id) ?? id) : 'everyone',
      from: c.from,
      to: c.to,
      source: c.source,
    })),
    skipped: [
      ...preview.logSkipped.map((s) => ({ ...s, message: t(`import:skip.${s.reason}`) })),
      ...preview.skipped
        .filter((s) => s.reason !== 'already-present' && s.reason !== 'ambiguous-person')
        .map((s) => ({ reason: s.reason, count: 1, lines: [s.line], message: t(`import:skip.${s.reason}`) })),
    ],
  };
}

function previewText(preview: ContactLogPreview, t: TFunction, committed: boolean): string[] {
  const c = preview.counts;
  const lines = [
    t('import:preview.title', { file: preview.fileName, format: t(`import:format.${preview.format}`) }),
    `  ${t('import:log.seen', { messages: preview.seen.messages, calls: preview.seen.calls })}`,
    `  ${t('import:preview.newPeople', { count: c.newPeople })}`,
    `  ${t('import:preview.matchedPeople', { count: c.matchedPeople })}`,
    `  ${t('import:log.ambiguous', { count: preview.ambiguous.length })}`,
    `  ${t('import:preview.encounters', { count: c.encounters })}`,
    `  ${t('import:log.updated', { count: preview.updatedEncounters.length })}`,
    `  ${t('import:log.coverage', { count: preview.coverage.length })}`,
    `  ${t('import:log.noText')}`,
  ];
  const list = <T>(items: readonly T[], format: (item: T) => string) => {
    for (const item of items.slice(0, LIST_LIMIT)) lines.push(`  ${format(item)}`);
    if (items.length > LIST_LIMIT)
      lines.push(`  ${t('import:preview.more', { count: items.length - LIST_LIMIT })}`);
  };
  const added = preview.report.filter((r) => r.status !== 'ambiguous');
  list(added, (r) =>
    t('import:log.personLine', {
      name: r.name,
      status: t(`import:log.status.${r.status}`),
      added:
        Object.entries(r.added)
          .map(([channel, count]) => t(`import:log.channel.${channel}`, { count }))
          .concat(r.attempts ? [t('import:log.attempts', { count: r.attempts })] : [])
          .join(', ') || t('import:log.nothingNew'),
    }),
  );
  list(preview.ambiguous, (a) =>
    t('import:log.ambiguousLine', {
      name: a.name,
      candidates: a.candidates.map((x) => `${x.name} (${x.id}${x.detail ? `, ${x.detail}` : ''})`).join('; '),
    }),
  );
  for (const s of preview.logSkipped) {
    lines.push(
      `  ${t('import:log.skippedLine', {
        count: s.count,
        reason: s.detail ? `${t(`import:skip.${s.reason}`)} (${s.detail})` : t(`import:skip.${s.reason}`),
        lines: s.lines.slice(0, 5).join(', '),
      })}`,
    );
  }
  lines.push(committed ? t('import:preview.committed') : t('import:preview.dryRun'));
  return lines;
}
