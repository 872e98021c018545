/**
 * A mailbox larger than the 50 MB a window may send, imported from the app: the file input opens the
 * system's dialog (here a stand-in that answers a path, the harness's `chooseImportFile`), main streams
 * the file from disk in the import worker, the preview shows it, and Import writes it. Without such a
 * dialog (a plain browser) the input's own picker opens instead.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../shared/domain/schema';
import { MAX_IMPORT_BYTES_IN_REQUEST } from '../../shared/ipc/contract';
import { writeMbox } from '../bench/contact-log-data';
import { type AppHarness, call, launchApp } from '../harness/app-harness';
import { ROOT } from '../harness/browser';

let dir: string;
let mailbox: string;
let app: AppHarness | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-large-import-'));
  mailbox = join(dir, 'Archiv 2019-2024.mbox');
  await writeMbox(mailbox, MAX_IMPORT_BYTES_IN_REQUEST + 10 * 1024 * 1024);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('importing a file larger than the window may send', () => {
  it('reads the file chosen in the system dialog from disk: preview, then Import', async () => {
    const dataFile = join(dir, 'tiefgang.json');
    let asked = 0;
    app = await launchApp({
      dataFile,
      viewport: { width: 1360, height: 860 },
      chooseImportFile: async () => {
        asked++;
        return mailbox;
      },
    });
    const { page } = app;
    await call(app, 'settings.update', { ownerEmails: ['max@mustermann.at'] });
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const before = await readFile(dataFile);
    await page.getByLabel('File to import').click();
    await page
      .getByRole('heading', { name: /Import of Archiv 2019-2024\.mbox \(mailbox \(mbox\)\)/ })
      .waitFor({
        timeout: 60_000,
      });
    expect(asked).toBe(1);
    expect((await stat(mailbox)).size).toBeGreaterThan(MAX_IMPORT_BYTES_IN_REQUEST);
    expect((await readFile(dataFile)).equals(before)).toBe(true);
    await page.getByText(/Chosen: Archiv 2019-2024\.mbox \(60 MB\), read straight from the disk/).waitFor();
    await app.screenshot('import-large-mailbox');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Archiv 2019-2024\.mbox was imported/).waitFor();
    const db = JSON.parse(await readFile(dataFile, 'utf8')) as Database;
    expect(db.people.length).toBeGreaterThan(100);
    expect(db.encounters.length).toBeGreaterThan(1000);
    expect(db.encounters.every((e) => e.source?.format === 'mbox')).toBe(true);
    await app.close();
    app = undefined;
  }, 120_000);

  it("without a system dialog the input's own picker opens, and a file too large to send says what to do", async () => {
    app = await launchApp({ dataFile: join(dir, 'plain.json'), viewport: { width: 1360, height: 860 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const [picker] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByLabel('File to import').click(),
    ]);
    await picker.setFiles(resolve(ROOT, 'test/fixtures/vcard/gmail-export.vcf'));
    await page.getByRole('heading', { name: /Import of gmail-export\.vcf \(vCard\)/ }).waitFor();

    await page.getByLabel('File to import').setInputFiles(mailbox);
    await page
      .getByRole('alert')
      .getByText(/Archiv 2019-2024\.mbox is larger than 50 MB/)
      .waitFor();
    await app.close();
    app = undefined;
  }, 120_000);
});
