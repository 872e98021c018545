/**
 * Printing from the window: the system's print dialog (`webContents.print`), a PDF through a save dialog
 * (`webContents.printToPDF`, then the page size made exact and the file written all at once), and SVG
 * or PNG files the window made. What gets printed is the print preview's sheets: the window's print
 * style sheet hides everything else (renderer/src/print/print.css). Electron comes in as arguments, so
 * the tests run it with fakes.
 */
import { basename, extname, join } from 'node:path';
import type { BaseWindow, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import type { TFunction } from 'i18next';
import type { ExportJob, PdfJob, PrintJob, Saved } from '../../shared/ipc/contract';
import { pageSizePt } from '../../shared/print/paper';
import { AppError } from '../errors';
import { setMediaBox } from '../print/pdf-page-size';
import { writeFileReplacing } from '../print/write-file';
import type { PrintActions } from '../services/print/handlers';

export interface PrintActionDeps {
  /** The window that shows the print preview (undefined while there is none). */
  window: () =>
    | (Pick<BaseWindow, 'isDestroyed'> & {
        webContents: Pick<WebContents, 'print' | 'printToPDF' | 'executeJavaScript'>;
      })
    | undefined;
  showSaveDialog: (
    window: BaseWindow | undefined,
    options: SaveDialogOptions,
  ) => Promise<SaveDialogReturnValue>;
  /** Where the save dialog starts (the user's documents folder). */
  defaultFolder: () => string;
  /** Dialog texts in the app's language. */
  t: () => TFunction;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** Counts the print preview's sheets in the page (renderer/src/print/PrintPages.tsx draws one per page). */
const COUNT_SHEETS = "document.querySelectorAll('.print-sheet').length";

/** Chromium's answer when the user closes the print dialog without printing. */
const CANCELLED = /cancel/i;

export function createPrintActions(deps: PrintActionDeps): PrintActions {
  const write = deps.writeFile ?? writeFileReplacing;
  const target = () => {
    const window = deps.window();
    if (!window || window.isDestroyed()) throw new AppError('conflict', 'there is no window to print from');
    return window;
  };
  /**
   * The window, once it is known to show at least one sheet: a preview that could not be drawn must
   * not become a blank page on paper or in a PDF reported as saved.
   */
  const withSheets = async () => {
    const window = target();
    const sheets = Number(await window.webContents.executeJavaScript(COUNT_SHEETS));
    if (!(sheets > 0)) {
      throw new AppError(
        'internal',
        'the print preview has no pages (it could not be drawn), so nothing was printed or saved',
      );
    }
    return window;
  };
  /** Asks where to save; undefined when cancelled. Adds the extension if the user left it off. */
  const ask = async (fileName: string, title: string, filter: string, extension: string) => {
    const window = target();
    const suggested = basename(fileName).replace(/[\\/]/g, '');
    const result = await deps.showSaveDialog(window as unknown as BaseWindow, {
      title,
      defaultPath: join(deps.defaultFolder(), extname(suggested) ? suggested : `${suggested}.${extension}`),
      filters: [{ name: filter, extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return undefined;
    return extname(result.filePath) ? result.filePath : `${result.filePath}.${extension}`;
  };
  const save = async (path: string, bytes: Uint8Array): Promise<Saved> => {
    try {
      await write(path, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new AppError(
        'store-io',
        `the file could not be written to ${path}: ${code ?? (error as Error).message}`,
      );
    }
    return { saved: true, path };
  };

  return {
    async print(job: PrintJob) {
      const { webContents } = await withSheets();
      return new Promise((resolve, reject) => {
        webContents.print(
          {
            silent: false,
            printBackground: true,
            pageSize: job.paper,
            landscape: job.landscape,
            margins: { marginType: 'none' },
          },
          (success, failureReason) => {
            if (success) resolve({ printed: true });
            else if (!failureReason || CANCELLED.test(failureReason)) resolve({ printed: false });
            else reject(new AppError('internal', `printing failed: ${failureReason}`));
          },
        );
      });
    },

    async savePdf(job: PdfJob) {
      const t = deps.t();
      await withSheets();
      const path = await ask(job.fileName, t('print:dialog.savePdf'), t('print:dialog.pdfFiles'), 'pdf');
      if (!path) return { saved: false };
      const pdf = await (await withSheets()).webContents.printToPDF({
        pageSize: job.paper,
        landscape: job.landscape,
        printBackground: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        preferCSSPageSize: false,
        generateTaggedPDF: false,
        generateDocumentOutline: false,
      });
      const exact = pageSizePt(job.paper, job.landscape);
      return save(path, setMediaBox(Buffer.from(pdf), exact.width, exact.height).pdf);
    },

    async exportFile(job: ExportJob) {
      const t = deps.t();
      const svg = job.format === 'svg';
      const path = await ask(
        job.fileName,
        t(svg ? 'print:dialog.exportSvg' : 'print:dialog.exportPng'),
        t(svg ? 'print:dialog.svgFiles' : 'print:dialog.pngFiles'),
        job.format,
      );
      if (!path) return { saved: false };
      return save(path, Buffer.from(job.base64, 'base64'));
    },
  };
}
