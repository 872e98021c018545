/**
 * `import FILE [--format …] [--dry-run] [--json]`: previews an import (new and matched people, likely
 * duplicates, encounters, ties, skipped lines with reasons) and, without --dry-run, commits it in one
 * store write. A dry run reads the data file without the lock and never creates it.
 *
 * The preview runs in the import worker beside the built CLI (out/cli/import-worker.mjs; or the one
 * TIEFGANG_IMPORT_WORKER names), the same worker the app uses; run from the sources it runs in this
 * thread. On a terminal, its progress is a line on stderr that is cleared when it is done.
 */
import { existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TFunction } from 'i18next';
import { type Database, emptyDatabase } from '../../../shared/domain/schema';
import { localOffsetAtWallClock } from '../../import/contact-log/job';
import {
  acceptMerges,
  applyImport,
  changesNothing,
  IMPORT_FORMATS,
  ImportError,
  type ImportFormat,
  type ImportPreview,
  type ProgressListener,
  type ShortenedValue,
} from '../../import/index';
import type { PreviewJob } from '../../import/preview/job';
import {
  inlinePreviewRunner,
  type PreviewRunner,
  previewOnce,
  workerPreviewRunner,
} from '../../import/preview/runner';
import { readImportFile } from '../../import/read-file';
import {
  type Command,
  type CommandContext,
  EXIT_FAILURE,
  EXIT_OK,
  stringValue,
  stringValues,
  UsageError,
} from '../command';
import { isCalendarDay, localToday } from '../dates';
import { importContactLog } from './import-log';

/** How many lines of each list the text preview shows before "… and N more". */
const LIST_LIMIT = 20;

export const importCommand: Command = {
  words: ['import'],
  summary: 'import:cli.summary',
  usage: 'import:cli.usage',
  description: 'import:cli.description',
  argument: 'cli:placeholder.file',
  helpValues: () => ({ formats: ['auto', ...IMPORT_FORMATS].join(', ') }),
  options: {
    format: { type: 'string', value: 'cli:placeholder.format', help: 'import:cli.optFormat' },
    'dry-run': { type: 'boolean', help: 'import:cli.optDryRun' },
    json: { type: 'boolean', help: 'import:cli.optJson' },
    replace: { type: 'boolean', help: 'import:cli.optReplace' },
    me: { type: 'string', multiple: true, value: 'cli:placeholder.email', help: 'import:cli.optMe' },
    from: { type: 'string', value: 'cli:placeholder.date', help: 'import:cli.optFrom' },
    to: { type: 'string', value: 'cli:placeholder.date', help: 'import:cli.optTo' },
    'linkedin-encounters': { type: 'boolean', help: 'import:cli.optLinkedinEncounters' },
    'merge-duplicates': { type: 'boolean', help: 'import:cli.optMergeDuplicates' },
    'country-code': {
      type: 'string',
      value: 'cli:placeholder.countryCode',
      help: 'import:cli.optCountryCode',
    },
    person: { type: 'string', multiple: true, value: 'cli:placeholder.choice', help: 'import:cli.optPerson' },
  },
  async run(ctx) {
    const input = readInput(ctx);
    const { t } = ctx;
    // Chat, call and mail exports are streamed from the file (they may be far larger than the limit below).
    if (input.job.format === 'auto') {
      const { floatingOffset: _, ...parse } = input.job.parse;
      const handled = await importContactLog(ctx, {
        path: input.path,
        fileName: input.job.fileName,
        dryRun: input.dryRun,
        json: ctx.values.json === true,
        me: stringValues(ctx.values, 'me'),
        countryCode: stringValue(ctx.values, 'country-code')?.trim(),
        choices: stringValues(ctx.values, 'person'),
        parse: { ...parse, floatingOffsetMinutes: localOffsetAtWallClock },
      });
      if (handled !== null) return handled;
    }
    let preview: ImportPreview;
    let committed = false;
    const runner = previewRunner(ctx);
    const progress = progressLine(ctx, input.job.fileName);
    try {
      const bytes = await readImportFile(input.path, input.job.fileName);
      const build = async (db: Readonly<Database>) => {
        const first = await previewOnce(
          runner,
          { ...input.job, bytes },
          db,
          progress ? { onProgress: progress.show } : {},
        );
        progress?.clear();
        return input.mergeDuplicates ? acceptMerges(first, 'all', db, input.job.plan.now) : first;
      };
      if (input.dryRun) {
        preview = await build(await currentData(ctx));
      } else {
        preview = await ctx.withStore(async (store) => {
          const planned = await build(store.read());
          if (!changesNothing(planned)) await store.update((draft) => applyImport(planned, draft));
          return planned;
        });
        committed = true;
      }
    } catch (error) {
      progress?.clear();
      if (error instanceof ImportError) {
        ctx.note(t(`import:errors.${error.reason}`, error.params));
        return EXIT_FAILURE;
      }
      throw error;
    }
    if (ctx.values.json) ctx.out(JSON.stringify(previewJson(preview, t, committed), null, 2));
    else for (const line of previewText(preview, t, committed)) ctx.out(line);
    return EXIT_OK;
  },
};

interface Input {
  path: string;
  dryRun: boolean;
  mergeDuplicates: boolean;
  /** The preview to run, without the file's bytes (read once the command line is known to be right). */
  job: Omit<PreviewJob, 'bytes'>;
}

function readInput(ctx: CommandContext): Input {
  if (ctx.args.length === 0) throw new UsageError('import:cli.missingFile');
  if (ctx.args.length > 1) throw new UsageError('import:cli.tooManyFiles');
  const path = ctx.resolvePath(ctx.args[0]!);
  const formatName = (stringValue(ctx.values, 'format') ?? 'auto').trim().toLowerCase();
  if (formatName !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(formatName)) {
    throw new UsageError('import:cli.unknownFormat', {
      format: formatName,
      formats: ['auto', ...IMPORT_FORMATS].join(', '),
    });
  }
  const now = ctx.now();
  const to = dateOption(ctx, 'to') ?? localToday(now);
  const from =
    dateOption(ctx, 'from') ??
    `${String(Number(to.slice(0, 4)) - 2).padStart(4, '0')}${to.slice(4)}`.replace(/-02-29$/, '-02-28');
  const me = stringValues(ctx.values, 'me');
  return {
    path,
    dryRun: ctx.values['dry-run'] === true,
    mergeDuplicates: ctx.values['merge-duplicates'] === true,
    job: {
      fileName: basename(path),
      format: formatName as ImportFormat | 'auto',
      parse: {
        window: { from, to },
        ownerEmails: me,
        linkedinConnectedAsEncounter: ctx.values['linkedin-encounters'] === true,
        // Calendar times without a zone are read in this computer's zone, at that date (summer/winter).
        floatingOffset: 'local',
      },
      plan: {
        now: now.toISOString(),
        ownerEmails: me,
        jsonMode: ctx.values.replace === true ? 'replace' : 'merge',
      },
    },
  };
}

/**
 * Where the preview runs: the worker TIEFGANG_IMPORT_WORKER names, else the one built beside this CLI
 * (out/cli/import-worker.mjs), else — run from the sources — this thread.
 */
function previewRunner(ctx: CommandContext): PreviewRunner {
  const configured = ctx.io.env.TIEFGANG_IMPORT_WORKER?.trim();
  if (configured) return workerPreviewRunner({ workerFile: ctx.resolvePath(configured) });
  const bundled = fileURLToPath(new URL('./import-worker.mjs', import.meta.url));
  return existsSync(bundled) ? workerPreviewRunner({ workerFile: bundled }) : inlinePreviewRunner();
}

/** A progress line on stderr, rewritten in place, when stderr is a terminal; nothing otherwise. */
function progressLine(
  ctx: CommandContext,
  fileName: string,
): { show: ProgressListener; clear: () => void } | undefined {
  const stderr = ctx.io.stderr as { write(text: string): unknown; isTTY?: boolean };
  if (stderr.isTTY !== true) return undefined;
  let shown = false;
  return {
    show: ({ stage, done, total, unit }) => {
      const line = ctx.t('import:progress.line', {
        stage: ctx.t(`import:progress.${stage}`, { file: fileName }),
        percent: total > 0 ? Math.floor((done / total) * 100) : 100,
        done,
        total,
        unit: ctx.t(`import:progress.unit.${unit}`),
      });
      stderr.write(`\r${line}\u001b[K`);
      shown = true;
    },
    clear: () => {
      if (shown) stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

function dateOption(ctx: CommandContext, name: string): string | undefined {
  const value = stringValue(ctx.values, name)?.trim();
  if (value === undefined) return undefined;
  if (!isCalendarDay(value)) {
    throw new UsageError('import:cli.badDate', { option: `--${name}`, value });
  }
  return value;
}

/** The file's bytes; its size is checked before reading so a huge file is refused without loading it. */
/** The data as it is now, without the lock and without creating a data file (for --dry-run). */
async function currentData(ctx: CommandContext): Promise<Database> {
  try {
    await access(ctx.dbPath);
  } catch {
    return emptyDatabase();
  }
  return ctx.readData();
}

function previewJson(preview: ImportPreview, t: TFunction, committed: boolean) {
  return {
    file: preview.fileName,
    format: preview.format,
    committed,
    counts: preview.counts,
    newPeople: preview.newPeople.map((p) => ({
      lines: p.lines,
      id: p.person.id,
      displayName: p.person.displayName,
      emails: p.person.emails,
    })),
    matchedPeople: preview.matchedPeople.map((m) => ({
      lines: m.lines,
      existingId: m.existingId,
      name: m.existingName,
      by: m.by,
      added: m.added,
    })),
    likelyDuplicates: preview.likelyDuplicates,
    newContexts: preview.newContexts.map((c) => c.name),
    skipped: preview.skipped.map((s) => ({ ...s, message: t(`import:skip.${s.reason}`) })),
    shortened: preview.shortened.map((s) => ({ ...s, message: shortenedLine(s, t) })),
    notices: preview.notices.map((n) => ({ ...n, message: t(`import:notice.${n.code}`, n.values) })),
  };
}

function previewText(preview: ImportPreview, t: TFunction, committed: boolean): string[] {
  const c = preview.counts;
  const lines = [
    t('import:preview.title', { file: preview.fileName, format: t(`import:format.${preview.format}`) }),
    `  ${t('import:preview.newPeople', { count: c.newPeople })}`,
    `  ${t('import:preview.matchedPeople', { count: c.matchedPeople })}`,
    `  ${t('import:preview.likelyDuplicates', { count: c.likelyDuplicates })}`,
    `  ${t('import:preview.newContexts', { count: c.newContexts })}`,
    `  ${t('import:preview.encounters', { count: c.encounters })}`,
    `  ${t('import:preview.ties', { count: c.ties })}`,
    `  ${t('import:preview.skipped', { count: c.skipped })}`,
  ];
  if (c.shortened) lines.push(`  ${t('import:preview.shortened', { count: c.shortened })}`);
  for (const notice of preview.notices) lines.push(t(`import:notice.${notice.code}`, notice.values));
  if (c.removedPeople || c.removedEncounters) {
    lines.push(t('import:preview.removed', { people: c.removedPeople, encounters: c.removedEncounters }));
  }
  const list = <T>(items: readonly T[], format: (item: T) => string) => {
    for (const item of items.slice(0, LIST_LIMIT)) lines.push(`  ${format(item)}`);
    if (items.length > LIST_LIMIT)
      lines.push(`  ${t('import:preview.more', { count: items.length - LIST_LIMIT })}`);
  };
  list(preview.matchedPeople, (m) =>
    t('import:preview.matchedLine', {
      line: m.lines.join(', ') || '–',
      name: m.existingName,
      by: t(`import:preview.by.${m.by}`),
    }),
  );
  list(preview.likelyDuplicates, (d) =>
    t('import:preview.duplicateLine', {
      name: d.newPersonName,
      other: d.otherName,
      reason: t(`import:preview.reason.${d.reason}`),
    }),
  );
  list(preview.skipped, (s) =>
    t('import:preview.skippedLine', {
      line: s.line,
      reason: s.detail ? `${t(`import:skip.${s.reason}`)} (${s.detail})` : t(`import:skip.${s.reason}`),
    }),
  );
  list(preview.shortened, (s) => shortenedLine(s, t));
  lines.push(committed ? t('import:preview.committed') : t('import:preview.dryRun'));
  return lines;
}

function shortenedLine(value: ShortenedValue, t: TFunction): string {
  const field = t(`import:field.${value.field}`);
  return value.kept === 0
    ? t('import:preview.leftOutLine', { line: value.line, field, length: value.length })
    : t('import:preview.shortenedLine', { ...value, field });
}
