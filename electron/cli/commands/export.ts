/**
 * `export --format <format> [--out FILE]`: reads the data file without taking the lock (so it works
 * while the app is open: every write replaces the file atomically, a reader sees one whole version) and
 * prints it, or writes it durably to FILE. An existing FILE is only replaced with --force.
 */
import { access } from 'node:fs/promises';
import { writeFileDurable } from '../../store/durable-write';
import { type Command, EXIT_FAILURE, EXIT_OK, stringValue, UsageError } from '../command';
import type { ExportFormat } from './export-format';

export function exportCommand(formats: readonly ExportFormat[]): Command {
  const names = () => formats.map((f) => f.name).join(', ');
  return {
    words: ['export'],
    summary: 'cli:export.summary',
    usage: 'cli:export.usage',
    description: 'cli:export.description',
    helpValues: (t) => ({ formats: formats.map((f) => `${f.name} (${t(f.summary)})`).join(', ') }),
    options: {
      format: { type: 'string', value: 'cli:placeholder.format', help: 'cli:export.optFormat' },
      out: { type: 'string', value: 'cli:placeholder.file', help: 'cli:export.optOut' },
      force: { type: 'boolean', help: 'cli:export.optForce' },
    },
    async run(ctx) {
      const { t } = ctx;
      const formatName = (stringValue(ctx.values, 'format') ?? 'json').trim().toLowerCase();
      const format = formats.find((f) => f.name === formatName);
      if (!format) throw new UsageError('cli:export.unknownFormat', { format: formatName, formats: names() });
      const outArg = stringValue(ctx.values, 'out');
      const out = outArg === undefined ? undefined : ctx.resolvePath(outArg);
      if (out === ctx.dbPath) throw new UsageError('cli:export.outIsDb', { file: out });
      if (out && !ctx.values.force && (await exists(out)))
        throw new UsageError('cli:export.outExists', { file: out });
      if (!(await exists(ctx.dbPath))) {
        ctx.note(t('cli:export.noDataFile', { file: ctx.dbPath }));
        return EXIT_FAILURE;
      }
      const data = await ctx.readData();
      const content = await format.render(data, ctx);
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
      ctx.out(
        t('cli:export.written', {
          file: out,
          format: format.name,
          people: data.people.length,
          encounters: data.encounters.length,
        }),
      );
      return EXIT_OK;
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
