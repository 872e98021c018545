// Printing in the desktop shell with Electron faked: the print dialog (printed, cancelled, failed),
// save as PDF (dialog first, exact page size, written all at once), SVG/PNG export, and the channels
// through the real router with and without the shell.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAppCore } from '../../electron/core';
import { createShellI18n } from '../../electron/main/i18n';
import { createPrintActions, type PrintActionDeps } from '../../electron/main/print-actions';
import { mediaBoxes } from '../../electron/print/pdf-page-size';

const CHROMIUM_A4 = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<</Type /Page /MediaBox [0 0 595.91998 841.91998]>>\nendobj\n%%EOF\n',
  'latin1',
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-print-actions-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakes(
  options: { save?: string | undefined; printResult?: [boolean, string]; sheets?: number } = {},
) {
  const webContents = {
    // The print preview's sheets, counted in the page.
    executeJavaScript: vi.fn(async (_code: string) => options.sheets ?? 1),
    print: vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => {
      const [success, reason] = options.printResult ?? [true, ''];
      callback?.(success, reason);
    }),
    printToPDF: vi.fn(async (_options: unknown) => CHROMIUM_A4),
  };
  const window = { isDestroyed: () => false, webContents };
  const showSaveDialog = vi.fn(async (_window: unknown, _options: Record<string, unknown>) =>
    options.save === undefined
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: options.save },
  );
  const i18n = createShellI18n('de');
  const deps: PrintActionDeps = {
    window: () => window,
    showSaveDialog: showSaveDialog as unknown as PrintActionDeps['showSaveDialog'],
    defaultFolder: () => '/home/u/Dokumente',
    t: () => i18n.t,
  };
  return { actions: createPrintActions(deps), webContents, showSaveDialog };
}

describe('print actions', () => {
  it('prints with the system dialog at the chosen paper size, borderless', async () => {
    const { actions, webContents } = fakes();
    expect(await actions.print({ paper: 'A3', landscape: true })).toEqual({ printed: true });
    expect(webContents.print.mock.calls[0]?.[0]).toEqual({
      silent: false,
      printBackground: true,
      pageSize: 'A3',
      landscape: true,
      margins: { marginType: 'none' },
    });
  });

  it('reports a cancelled print as not printed and a failed one as an error', async () => {
    expect(
      await fakes({ printResult: [false, 'Print job canceled'] }).actions.print({
        paper: 'A4',
        landscape: false,
      }),
    ).toEqual({
      printed: false,
    });
    await expect(
      fakes({ printResult: [false, 'Print job failed'] }).actions.print({ paper: 'A4', landscape: false }),
    ).rejects.toThrow(/printing failed: Print job failed/);
  });

  it('asks where to save first; cancelling renders nothing', async () => {
    const { actions, webContents, showSaveDialog } = fakes({ save: undefined });
    expect(await actions.savePdf({ paper: 'A4', landscape: false, fileName: 'Mein Netzwerk.pdf' })).toEqual({
      saved: false,
    });
    expect(webContents.printToPDF).not.toHaveBeenCalled();
    expect(showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Den Ausdruck als PDF sichern',
      defaultPath: join('/home/u/Dokumente', 'Mein Netzwerk.pdf'),
      filters: [{ name: 'PDF-Dokumente', extensions: ['pdf'] }],
    });
  });

  it('saves the PDF at the exact ISO size, adding .pdf when the name has no extension', async () => {
    const target = join(dir, 'netzwerk');
    const { actions, webContents } = fakes({ save: target });
    expect(await actions.savePdf({ paper: 'A4', landscape: false, fileName: 'x.pdf' })).toEqual({
      saved: true,
      path: `${target}.pdf`,
    });
    expect(webContents.printToPDF.mock.calls[0]?.[0]).toMatchObject({
      pageSize: 'A4',
      landscape: false,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    const written = await readFile(`${target}.pdf`);
    expect(mediaBoxes(written)).toEqual([{ width: 595.27559, height: 841.88976 }]);
  });

  it('writes exported SVG and PNG bytes as they came', async () => {
    const svgPath = join(dir, 'map.svg');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const { actions, showSaveDialog } = fakes({ save: svgPath });
    await actions.exportFile({
      format: 'svg',
      fileName: 'map.svg',
      base64: Buffer.from(svg).toString('base64'),
    });
    expect(await readFile(svgPath, 'utf8')).toBe(svg);
    expect(showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      filters: [{ name: 'SVG-Bilder', extensions: ['svg'] }],
    });
  });

  it('says clearly when the file cannot be written, and leaves nothing behind', async () => {
    const { actions } = fakes({ save: join(dir, 'missing-folder', 'map.png') });
    await expect(actions.exportFile({ format: 'png', fileName: 'map.png', base64: 'AAAA' })).rejects.toThrow(
      /could not be written .*ENOENT/,
    );
  });

  it('refuses to print or save a preview without a single sheet, instead of a blank page', async () => {
    const { actions, webContents, showSaveDialog } = fakes({ sheets: 0, save: join(dir, 'blank.pdf') });
    await expect(actions.print({ paper: 'A4', landscape: false })).rejects.toThrow(/no pages/);
    await expect(actions.savePdf({ paper: 'A4', landscape: false, fileName: 'blank.pdf' })).rejects.toThrow(
      /no pages/,
    );
    expect(webContents.print).not.toHaveBeenCalled();
    expect(webContents.printToPDF).not.toHaveBeenCalled();
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(String(webContents.executeJavaScript.mock.calls[0]?.[0])).toContain('.print-sheet');
  });

  it('refuses without a window', async () => {
    const i18n = createShellI18n('en');
    const actions = createPrintActions({
      window: () => undefined,
      showSaveDialog: vi.fn() as unknown as PrintActionDeps['showSaveDialog'],
      defaultFolder: () => dir,
      t: () => i18n.t,
    });
    await expect(actions.print({ paper: 'A4', landscape: false })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});

describe('print channels through the router', () => {
  it('reach the shell’s actions when it gives them, and answer forbidden without', async () => {
    const { actions, webContents } = fakes({ save: join(dir, 'routed.pdf') });
    const core = await openAppCore({
      dataFile: join(dir, 'with-shell.json'),
      version: '1',
      systemLocale: 'en',
      validateResponses: true,
      desktop: { print: actions },
    });
    try {
      expect(await core.router.handle('print.print', { paper: 'A4', landscape: false })).toEqual({
        ok: true,
        data: { printed: true },
      });
      expect(
        await core.router.handle('print.savePdf', { paper: 'A4', landscape: false, fileName: 'routed.pdf' }),
      ).toEqual({
        ok: true,
        data: { saved: true, path: join(dir, 'routed.pdf') },
      });
      expect(webContents.printToPDF).toHaveBeenCalledTimes(1);
    } finally {
      await core.close();
    }
    const bare = await openAppCore({ dataFile: join(dir, 'bare.json'), version: '1', systemLocale: 'en' });
    try {
      expect(await bare.router.handle('print.print', { paper: 'A4', landscape: false })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    } finally {
      await bare.close();
    }
  });
});
