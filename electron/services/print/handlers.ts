/**
 * The print channels. Printing needs the window and the system's dialogs, which only the desktop shell
 * has: it passes `PrintActions` in (electron/main/print-actions.ts); without them (tests, the browser
 * harness) the channels answer `forbidden`, like the other desktop-only channels.
 */
import type { ExportJob, PdfJob, PrintJob, Saved } from '../../../shared/ipc/contract';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/handlers';

export interface PrintActions {
  /** Prints the window's print pages with the system's print dialog; false if the user cancelled. */
  print(job: PrintJob): Promise<{ printed: boolean }>;
  /** Asks where to and saves the print pages as PDF. */
  savePdf(job: PdfJob): Promise<Saved>;
  /** Asks where to and writes the SVG or PNG. */
  exportFile(job: ExportJob): Promise<Saved>;
}

type PrintChannel = 'print.print' | 'print.savePdf' | 'print.export';

export function createPrintHandlers(actions: PrintActions | undefined): Pick<Handlers, PrintChannel> {
  const need = (): PrintActions => {
    if (!actions)
      throw new AppError('forbidden', 'printing and saving files is only possible in the desktop app');
    return actions;
  };
  return {
    'print.print': (job) => need().print(job),
    'print.savePdf': (job) => need().savePdf(job),
    'print.export': (job) => need().exportFile(job),
  };
}
