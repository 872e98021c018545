/**
 * Entry of print.html, the print page the headless CLI renders to PDF. It reads the print input that
 * the browser was given before the page loaded (`window.__tiefgangPrint`, set by an init script), builds
 * the pages exactly as the app's print preview does, and says when it is done: `data-print-ready` on
 * <body> (with the page count) or `data-print-error` with the reason.
 */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { PrintInput } from '../../../shared/print/options';
import { PrintOptions } from '../../../shared/print/options';
import { intlLocale } from '../i18n/format';
import { createI18n } from '../i18n/setup';
import { canvasMeasure } from './measure';
import { PrintPages } from './PrintPages';
import { setPageSize } from './page-style';
import { buildPrintDocument, preparePrint } from './print-document';
import './print-page.css';

declare global {
  interface Window {
    __tiefgangPrint?: PrintInput;
  }
}

function fail(message: string): void {
  document.body.dataset.printError = message;
  const note = document.createElement('p');
  note.textContent = message;
  document.body.append(note);
}

async function main(): Promise<void> {
  const input = window.__tiefgangPrint;
  if (!input || typeof input !== 'object' || !input.data) {
    fail('no print input was given to this page');
    return;
  }
  const parsed = PrintOptions.safeParse(input.options);
  if (!parsed.success) {
    fail(
      `the print options are not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    return;
  }
  const options = parsed.data;
  const locale = input.locale === 'de' ? 'de' : 'en';
  const i18n = createI18n(locale);
  document.documentElement.lang = locale;
  await document.fonts.ready;
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options ?? {}) as string;
  const prepared = preparePrint(input.data, options.anonymise, t, input.anonymised === true);
  const model = buildPrintDocument(prepared, options, {
    t,
    measure: canvasMeasure(),
    intlLocale: intlLocale(locale, navigator.language),
  });
  // The PDF's title (its Info dictionary) is the document's title: never a name when anonymised.
  document.title = model.title;
  setPageSize(options.paper, options.landscape);
  const root = document.getElementById('print-root');
  if (!root) throw new Error('print.html has no #print-root element');
  // A page that fails to draw is reported with its reason, never as a print of no pages.
  let drawError: string | undefined;
  createRoot(root, {
    onUncaughtError: (error) => {
      drawError = error instanceof Error ? error.message : String(error);
    },
  }).render(
    <I18nextProvider i18n={i18n}>
      <PrintPages model={model} />
    </I18nextProvider>,
  );
  // Two frames: React has committed and the browser has laid the sheets out.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const sheets = document.querySelectorAll('.print-sheet').length;
  if (drawError !== undefined || sheets === 0) {
    fail(drawError ?? 'the print page drew no pages, so there is nothing to print');
    return;
  }
  document.body.dataset.printPages = String(sheets);
  document.body.dataset.printReady = 'true';
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
