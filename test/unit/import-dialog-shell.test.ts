// File ▸ Import… in the desktop shell: the whole main process (startApp) with Electron's modules faked
// and everything else real. The system's open dialog answers a path; the window gets only a reference to
// it, and the preview reads the file from disk. Without the dialog, `import.choose` says unavailable.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ElectronModules, type RunningApp, startApp } from '../../electron/main/app';
import { IMPORT_EXTENSIONS } from '../../electron/main/import-dialog';
import { importWorkerOptions } from '../../scripts/build-entries.mjs';
import { REPO_ROOT } from '../harness/shared-material';
import { fakeElectron, senderAt } from './shell-fakes';

const APP_PAGE = senderAt('app://tiefgang/index.html');

let dir: string;
let userData: string;
let outDir: string;
const running: RunningApp[] = [];
/** The import worker, built once (inside node_modules, so it finds its external packages as in out/). */
let workerDir: string;

beforeAll(async () => {
  await mkdir(join(REPO_ROOT, 'node_modules/.cache'), { recursive: true });
  workerDir = await mkdtemp(join(REPO_ROOT, 'node_modules/.cache/tiefgang-import-dialog-'));
  await build({
    ...importWorkerOptions('main', join(workerDir, 'main', 'import-worker.cjs'), REPO_ROOT),
    sourcemap: false,
  });
}, 60_000);
afterAll(async () => {
  await rm(workerDir, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-import-dialog-'));
  userData = join(dir, 'userData');
  outDir = workerDir;
  await mkdir(join(outDir, 'renderer'), { recursive: true });
  await writeFile(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>Tiefgang</title>');
});
afterEach(async () => {
  for (const app of running.splice(0)) await app.currentCore().close();
  await rm(dir, { recursive: true, force: true });
});

async function start(openAnswer: string | undefined, withDialog = true) {
  const fake = fakeElectron({
    userData: withDialog ? userData : `${userData}-bare`,
    languages: ['de-AT'],
    isPackaged: false,
  });
  const showOpenDialog = vi.fn(async (..._args: unknown[]) =>
    openAnswer === undefined
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [openAnswer] },
  );
  const electron = withDialog
    ? { ...fake.electron, dialog: { ...fake.electron.dialog, showOpenDialog } }
    : fake.electron;
  const proc = { argv: ['/opt/Tiefgang/tiefgang'], env: {}, cwd: () => dir, on: vi.fn() };
  fake.ready.resolve();
  const app = await startApp(electron as unknown as ElectronModules, {
    outDir,
    proc,
    restoreBackup: async () => {},
  });
  if (!app) throw new Error('the app did not start');
  running.push(app);
  const call = (channel: string, payload: unknown = {}) => fake.ipcHandlers.get(channel)!(APP_PAGE, payload);
  return { app, call, showOpenDialog };
}

describe('importing a file chosen in the system dialog', () => {
  it('opens the dialog over the window, in the app language, in Downloads, and previews the chosen file', async () => {
    const file = join(dir, 'kontakte.vcf');
    await writeFile(
      file,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nEMAIL:anna@example.org\r\nEND:VCARD\r\n',
    );
    const s = await start(file);
    const chosen = (await s.call('import.choose')) as {
      ok: true;
      data: { status: 'chosen'; file: { ref: string; fileName: string; bytes: number } };
    };
    expect(chosen).toMatchObject({
      ok: true,
      data: { status: 'chosen', file: { fileName: 'kontakte.vcf' } },
    });
    const [parent, options] = s.showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(s.app.window);
    expect(options).toMatchObject({
      title: 'Datei importieren',
      defaultPath: join(userData, 'downloads'),
      properties: ['openFile'],
      filters: [{ extensions: IMPORT_EXTENSIONS }, { name: 'Alle Dateien', extensions: ['*'] }],
    });
    // The window never sees the path, only the reference.
    expect(JSON.stringify(chosen)).not.toContain(dir);

    const preview = await s.call('import.preview', {
      fileName: chosen.data.file.fileName,
      fileRef: chosen.data.file.ref,
      today: '2026-12-07',
    });
    expect(preview).toMatchObject({ ok: true, data: { status: 'ready', counts: { newPeople: 1 } } });
  });

  it('answers cancelled when the dialog is closed, and unavailable without a dialog', async () => {
    const s = await start(undefined);
    expect(await s.call('import.choose')).toEqual({ ok: true, data: { status: 'cancelled' } });
    const bare = await start(undefined, false);
    expect(await bare.call('import.choose')).toEqual({ ok: true, data: { status: 'unavailable' } });
  });
});
