/**
 * File ▸ Import… in the desktop app: the system's open dialog. The window gets back only a reference to
 * the chosen file (import-service.ts), so a compromised page cannot name any other file on the disk,
 * and a file of any size is read by main from disk instead of crossing the bridge as bytes.
 */
import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { TFunction } from 'i18next';

/** What the import reads (the same list as the window's file input). */
export const IMPORT_EXTENSIONS = ['vcf', 'vcard', 'csv', 'ics', 'ical', 'json', 'txt', 'zip', 'xml', 'mbox'];

export interface ImportDialogDeps {
  window: () => BaseWindow | undefined;
  showOpenDialog: (
    window: BaseWindow | undefined,
    options: OpenDialogOptions,
  ) => Promise<OpenDialogReturnValue>;
  /** Where the dialog starts (the user's downloads folder: exports usually land there). */
  defaultFolder: () => string;
  /** Dialog texts in the app's language. */
  t: () => TFunction;
}

export function createImportFileChooser(deps: ImportDialogDeps): () => Promise<string | undefined> {
  return async () => {
    const t = deps.t();
    const result = await deps.showOpenDialog(deps.window(), {
      title: t('import:dialog.title'),
      defaultPath: deps.defaultFolder(),
      filters: [
        { name: t('import:dialog.importable'), extensions: IMPORT_EXTENSIONS },
        { name: t('import:dialog.allFiles'), extensions: ['*'] },
      ],
      properties: ['openFile'],
    });
    if (result.canceled) return undefined;
    return result.filePaths[0];
  };
}
