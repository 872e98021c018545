/**
 * `import FILE [--format …] [--dry-run] [--json]`: previews an import (new and matched people, likely
 * duplicates, encounters, ties, skipped lines with reasons) and, without --dry-run, commits it in one
 * store write. A dry run reads the data file without the lock and never creates it.
 */
import { randomUUID } from 'node:crypto';
import { access, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import { type Database, emptyDatabase } from '../../../shared/domain/schema';
import {
  acceptMerges,
  applyImport,
  changesNothing,
  IMPORT_FORMATS,
  ImportError,
  type ImportFormat,
  type ImportPreview,
  MAX_IMPORT_BYTES,
  type ParseOptions,
  type PlanOptions,
  previewImport,
} from '../../import/index';
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
  },
  async run(ctx) {
    const input = readInput(ctx);
    const { t } = ctx;
    let preview: ImportPreview;
    let committed = false;
    try {
      const bytes = await readBytes(input.path, input.fileName);
      const build = (db: Readonly<Database>) => {
        const first = previewImport(
          { fileName: input.fileName, bytes, format: input.format, parse: input.parse, plan: input.plan },
          db,
        );
        return input.mergeDuplicates ? acceptMerges(first, 'all', db, input.plan.now) : first;
      };
      if (input.dryRun) {
        preview = build(await currentData(ctx));
      } else {
        preview = await ctx.withStore(async (store) => {
          const planned = build(store.read());
          if (!changesNothing(planned)) await store.update((draft) => applyImport(planned, draft));
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
    if (ctx.values.json) ctx.out(JSON.stringify(previewJson(preview, t, committed), null, 2));
    else for (const line of previewText(preview, t, committed)) ctx.out(line);
    return EXIT_OK;
  },
};

interface Input {
  path: string;
  fileName: string;
  format: ImportFormat | 'auto';
  dryRun: boolean;
  mergeDuplicates: boolean;
  parse: ParseOptions;
  plan: PlanOptions;
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
    fileName: basename(path),
    format: formatName as ImportFormat | 'auto',
    dryRun: ctx.values['dry-run'] === true,
    mergeDuplicates: ctx.values['merge-duplicates'] === true,
    parse: {
      window: { from, to },
      ownerEmails: me,
      linkedinConnectedAsEncounter: ctx.values['linkedin-encounters'] === true,
      // Calendar times without a zone are read in this computer's zone, at that date (summer/winter).
      floatingOffsetMinutes: (w) =>
        -new Date(w.year, w.month - 1, w.day, w.hour, w.minute).getTimezoneOffset(),
    },
    plan: {
      now: now.toISOString(),
      newId: randomUUID,
      ownerEmails: me,
      jsonMode: ctx.values.replace === true ? 'replace' : 'merge',
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
async function readBytes(path: string, fileName: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new ImportError('read-failed', { file: fileName, detail: 'it is a folder' });
    if (info.size > MAX_IMPORT_BYTES) {
      throw new ImportError('too-large', {
        file: fileName,
        size: Math.ceil(info.size / (1024 * 1024)),
        limit: MAX_IMPORT_BYTES / (1024 * 1024),
      });
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ImportError('read-failed', {
      file: fileName,
      detail: code === 'ENOENT' ? 'no such file' : code,
    });
  }
}

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
  lines.push(committed ? t('import:preview.committed') : t('import:preview.dryRun'));
  return lines;
}
