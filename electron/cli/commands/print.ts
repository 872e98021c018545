/**
 * `print --out FILE.pdf [--page A4|A3] [--landscape] [--anonymize [--pseudonyms]] [--as-of DATE]
 * [--pack [--drift]] [--layout …] [--ties] [--empty-rings] [--title …]`: the network map (and the coaching
 * pack) as a PDF, rendered from the app's own print page in a headless Chromium. Reads the data file
 * without the lock (works while the app is open). Anonymised data are anonymised here, before they
 * reach the browser: the page never sees a real name.
 */
import { access } from 'node:fs/promises';
import { MAP_LAYOUTS, type MapLayout } from '../../../shared/domain/schema';
import { anonymiseData } from '../../../shared/print/anonymise';
import { type PaperSize, type PrintInput, PrintOptions, printDataFrom } from '../../../shared/print/options';
import { findChromium } from '../../print/find-chromium';
import { findRendererDir } from '../../print/print-page';
import { renderPrintPdf } from '../../print/render-pdf';
import { writeFileReplacing } from '../../print/write-file';
import { asOfFrom, asOfOption } from '../as-of';
import { type Command, EXIT_FAILURE, EXIT_OK, requiredString, stringValue, UsageError } from '../command';
import { cliLocale } from '../i18n';

const flag = (help: string) => ({ type: 'boolean', help }) as const;

/** System error codes of a failed write → the words for them (print:cli.io.*). */
const IO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'noFolder',
  ENOTDIR: 'noFolder',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
  ENOSPC: 'diskFull',
  EISDIR: 'isFolder',
  ENOTEMPTY: 'isFolder',
};

/**
 * An option the print schema refused, as a usage error. Every option is checked one by one above; this
 * is for the limits the schema sets (the title's length) and anything added to it later.
 */
function optionError(issue: { path: PropertyKey[]; message: string } | undefined, title: string): UsageError {
  if (issue?.path[0] === 'title') {
    return new UsageError('print:cli.badTitle', { length: title.length, max: TITLE_MAX });
  }
  return new UsageError('cli:usage.badValue', {
    option: `--${String(issue?.path[0] ?? 'options')}`,
    message: issue?.message ?? '',
  });
}

const TITLE_MAX = 200;

export const printCommand: Command = {
  words: ['print'],
  summary: 'print:cli.summary',
  usage: 'print:cli.usage',
  description: 'print:cli.description',
  options: {
    out: { type: 'string', value: 'print:cli.placeholder.file', help: 'print:cli.optOut' },
    page: { type: 'string', value: 'print:cli.placeholder.paper', help: 'print:cli.optPage' },
    landscape: flag('print:cli.optLandscape'),
    anonymize: flag('print:cli.optAnonymize'),
    pseudonyms: flag('print:cli.optPseudonyms'),
    'as-of': asOfOption,
    pack: flag('print:cli.optPack'),
    drift: flag('print:cli.optDrift'),
    layout: { type: 'string', value: 'print:cli.placeholder.layout', help: 'print:cli.optLayout' },
    ties: flag('print:cli.optTies'),
    'empty-rings': flag('print:cli.optEmptyRings'),
    title: { type: 'string', value: 'print:cli.placeholder.text', help: 'print:cli.optTitle' },
  },
  async run(ctx) {
    const { t, values } = ctx;
    const outText = requiredString(values, 'out');
    if (!/\.pdf$/i.test(outText.trim())) throw new UsageError('print:cli.badOut', { value: outText });
    const paperText = (stringValue(values, 'page') ?? 'A4').trim().toUpperCase();
    if (paperText !== 'A4' && paperText !== 'A3')
      throw new UsageError('print:cli.badPage', { value: stringValue(values, 'page') });
    const paper: PaperSize = paperText;
    const layoutText = (stringValue(values, 'layout') ?? 'ego').trim().toLowerCase();
    if (!(MAP_LAYOUTS as readonly string[]).includes(layoutText))
      throw new UsageError('print:cli.badLayout', { value: stringValue(values, 'layout') });
    if (values.pseudonyms && !values.anonymize) throw new UsageError('print:cli.pseudonymsNeedAnonymize');
    if (values.drift && !values.pack) throw new UsageError('print:cli.driftNeedsPack');
    const asOf = asOfFrom(ctx);
    const title = stringValue(values, 'title') ?? '';
    const mode = values.anonymize ? (values.pseudonyms ? 'pseudonyms' : 'initials') : 'off';
    const checked = PrintOptions.safeParse({
      paper,
      landscape: values.landscape === true,
      asOf,
      layout: layoutText as MapLayout,
      showTies: values.ties === true,
      emptyRings: values['empty-rings'] === true,
      title,
      anonymise: mode,
      pack: values.pack === true,
      drift: values.drift === true,
    });
    if (!checked.success) throw optionError(checked.error.issues[0], title);
    const out = ctx.resolvePath(outText.trim());

    try {
      await access(ctx.dbPath);
    } catch {
      ctx.note(t('print:cli.noDataFile', { file: ctx.dbPath }));
      return EXIT_FAILURE;
    }
    const page = findRendererDir();
    if (!page.ok) {
      ctx.note(t('print:cli.noRenderer', { file: page.expected }));
      return EXIT_FAILURE;
    }
    const browser = findChromium({ env: ctx.io.env, platform: process.platform });
    if (!browser.ok) {
      ctx.note(
        browser.reason === 'bad-env'
          ? t('print:cli.badChromium', { path: browser.path })
          : t('print:cli.noChromium', { looked: browser.looked.join(', ') }),
      );
      return EXIT_FAILURE;
    }

    const db = await ctx.readData();
    const plain = printDataFrom(db);
    const data =
      mode === 'off'
        ? plain
        : anonymiseData(plain, mode, (kind, letter) => t(`print:contextKind.${kind}`, { letter })).data;
    // The owner's name comes from the data file, which the schema has checked already.
    const options: PrintOptions = { ...checked.data, ownerName: mode === 'off' ? db.settings.ownerName : '' };
    const input: PrintInput = { data, options, locale: cliLocale(ctx.io.env), anonymised: mode !== 'off' };

    let rendered: Awaited<ReturnType<typeof renderPrintPdf>>;
    try {
      rendered = await renderPrintPdf({ chromiumPath: browser.path, rendererDir: page.dir, input });
    } catch (error) {
      ctx.note(
        t('print:cli.renderFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
      return EXIT_FAILURE;
    }
    try {
      await writeFileReplacing(out, rendered.pdf);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code && IO_REASONS[code];
      ctx.note(
        t('print:cli.writeFailed', {
          file: out,
          message: reason ? t(`print:cli.io.${reason}`) : (code ?? (error as Error).message),
        }),
      );
      return EXIT_FAILURE;
    }
    ctx.out(
      t('print:cli.wrote', {
        file: out,
        count: rendered.pages,
        paper,
        orientation: t(options.landscape ? 'print:cli.landscape' : 'print:cli.portrait'),
      }),
    );
    return EXIT_OK;
  },
};
