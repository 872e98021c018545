/**
 * A file chosen in the system's open dialog (`import.choose`): main keeps its path and the preview reads
 * it from disk, so a mailbox far over the 50 MB a window may send is previewed and imported; the window
 * can name only the files the user chose; a cancelled dialog, a folder or an unknown reference change
 * nothing. Runs through the real router, store and built import worker.
 */
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppCore, openAppCore } from '../../electron/core';
import { importWorkerOptions } from '../../scripts/build-entries.mjs';
import type { Database } from '../../shared/domain/schema';
import {
  type ImportChooseResult,
  type ImportPreviewSummary,
  MAX_IMPORT_BYTES_IN_REQUEST,
} from '../../shared/ipc/contract';
import { writeMbox } from '../bench/contact-log-data';
import { FIXTURES } from '../harness/contact-logs';
import { REPO_ROOT } from '../harness/shared-material';

let dir: string;
let workerDir: string;
let worker: string;
let mailbox: string;
/** What the fake dialog answers next (a path, or undefined for Cancel). */
let dialogAnswer: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-chosen-file-'));
  await mkdir(join(REPO_ROOT, 'node_modules/.cache'), { recursive: true });
  workerDir = await mkdtemp(join(REPO_ROOT, 'node_modules/.cache/tiefgang-chosen-file-'));
  worker = join(workerDir, 'import-worker.cjs');
  await build({ ...importWorkerOptions('main', worker, REPO_ROOT), sourcemap: false });
  // Larger than a window may send as bytes.
  mailbox = join(dir, 'Inbox');
  await writeMbox(mailbox, MAX_IMPORT_BYTES_IN_REQUEST + 8 * 1024 * 1024);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(workerDir, { recursive: true, force: true });
});

async function openCore(name: string, withDialog = true): Promise<AppCore> {
  return openAppCore({
    dataFile: join(dir, `${name}.json`),
    version: '1',
    systemLocale: 'en',
    importWorker: worker,
    ...(withDialog ? { desktop: { chooseImportFile: async () => dialogAnswer } } : {}),
  });
}

async function call<T>(core: AppCore, channel: Parameters<AppCore['router']['handle']>[0], payload: unknown) {
  const answer = await core.router.handle(channel, payload);
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
  return answer.data as T;
}

describe('a file chosen in the system dialog', () => {
  it('previews and imports a mailbox larger than a window may send, read from disk', async () => {
    const core = await openCore('mailbox');
    try {
      dialogAnswer = mailbox;
      const chosen = await call<ImportChooseResult>(core, 'import.choose', {});
      expect(chosen).toMatchObject({ status: 'chosen', file: { fileName: 'Inbox' } });
      if (chosen.status !== 'chosen') return;
      expect(chosen.file.bytes).toBe((await stat(mailbox)).size);
      expect(chosen.file.bytes).toBeGreaterThan(MAX_IMPORT_BYTES_IN_REQUEST);

      const before = await readFile(join(dir, 'mailbox.json'));
      const preview = await call<ImportPreviewSummary>(core, 'import.preview', {
        fileName: chosen.file.fileName,
        fileRef: chosen.file.ref,
        today: '2026-12-07',
        me: ['max@mustermann.at'],
      });
      expect(preview.status).toBe('ready');
      if (preview.status !== 'ready') return;
      expect(preview.format).toBe('mbox');
      expect(preview.log?.seen.messages).toBeGreaterThan(1000);
      expect(preview.counts.newPeople).toBeGreaterThan(100);
      // Nothing is written before the commit.
      expect((await readFile(join(dir, 'mailbox.json'))).equals(before)).toBe(true);

      const { counts } = await call<{ counts: Record<string, number> }>(core, 'import.commit', {
        token: preview.token,
        mergeDuplicates: false,
      });
      const db = JSON.parse(await readFile(join(dir, 'mailbox.json'), 'utf8')) as Database;
      expect(db.people).toHaveLength(preview.counts.newPeople!);
      expect(db.encounters.length).toBe(counts.encounters);
      expect(db.encounters.every((e) => e.source?.format === 'mbox')).toBe(true);
    } finally {
      await core.close();
    }
  }, 120_000);

  it('reads any other format from disk too (a vCard file)', async () => {
    const core = await openCore('vcard');
    try {
      dialogAnswer = join(FIXTURES, 'vcard/gmail-export.vcf');
      const chosen = await call<ImportChooseResult>(core, 'import.choose', {});
      if (chosen.status !== 'chosen') throw new Error(`not chosen: ${chosen.status}`);
      const preview = await call<ImportPreviewSummary>(core, 'import.preview', {
        fileName: chosen.file.fileName,
        fileRef: chosen.file.ref,
        today: '2026-12-07',
      });
      expect(preview).toMatchObject({ status: 'ready', format: 'vcard', counts: { newPeople: 1 } });
    } finally {
      await core.close();
    }
  });

  it('answers cancelled, unavailable, and refuses a folder, an unknown reference or two sources', async () => {
    const core = await openCore('refusals');
    const bare = await openCore('no-dialog', false);
    try {
      const before = await readFile(join(dir, 'refusals.json'));
      dialogAnswer = undefined;
      expect(await call(core, 'import.choose', {})).toEqual({ status: 'cancelled' });
      expect(await call(bare, 'import.choose', {})).toEqual({ status: 'unavailable' });

      dialogAnswer = dir;
      await expect(call(core, 'import.choose', {})).rejects.toMatchObject({
        code: 'invalid-request',
        message: expect.stringContaining('is not a file'),
      });

      // A reference the dialog never gave: the window cannot name a file of its own choosing.
      await expect(
        call(core, 'import.preview', { fileName: 'secrets', fileRef: 'made-up', today: '2026-12-07' }),
      ).rejects.toMatchObject({
        code: 'not-found',
        message: expect.stringContaining('choose the file again'),
      });
      // Exactly one of bytes and reference.
      await expect(
        call(core, 'import.preview', { fileName: 'x.csv', base64: '', fileRef: 'a', today: '2026-12-07' }),
      ).rejects.toMatchObject({ code: 'invalid-request' });
      await expect(
        call(core, 'import.preview', { fileName: 'x.csv', today: '2026-12-07' }),
      ).rejects.toMatchObject({ code: 'invalid-request' });
      expect((await readFile(join(dir, 'refusals.json'))).equals(before)).toBe(true);
    } finally {
      await core.close();
      await bare.close();
    }
  });

  it('keeps only the latest chosen files: an old reference must be chosen again', async () => {
    const core = await openCore('kept');
    try {
      dialogAnswer = join(FIXTURES, 'vcard/gmail-export.vcf');
      const refs: string[] = [];
      for (let i = 0; i < 5; i++) {
        const chosen = await call<ImportChooseResult>(core, 'import.choose', {});
        if (chosen.status === 'chosen') refs.push(chosen.file.ref);
      }
      expect(new Set(refs).size).toBe(5);
      const preview = (ref: string) =>
        call<ImportPreviewSummary>(core, 'import.preview', {
          fileName: 'a.vcf',
          fileRef: ref,
          today: '2026-12-07',
        });
      await expect(preview(refs[0]!)).rejects.toMatchObject({ code: 'not-found' });
      await expect(preview(refs[4]!)).resolves.toMatchObject({ status: 'ready' });
    } finally {
      await core.close();
    }
  });
});
