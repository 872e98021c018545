/**
 * Import previews off the main thread, for real: the import worker bundled as scripts/build.mjs bundles it
 * (built here with the same options, from the current sources), started as a worker thread on real files
 * on disk — by the runner the import service and the CLI use, through the app core's IPC router, and
 * through the CLI. It keeps the caller's event loop free, reports progress, can be cancelled, passes
 * ImportErrors on unchanged, and a file that needs too much memory costs the worker, not the process.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { type AppCore, openAppCore } from '../../electron/core';
import { ImportError, type ImportPreview, type ImportProgress } from '../../electron/import/index';
import type { PreviewJob } from '../../electron/import/preview/job';
import { inlinePreviewRunner, previewOnce, workerPreviewRunner } from '../../electron/import/preview/runner';
import { importWorkerOptions } from '../../scripts/build-entries.mjs';
import { emptyDatabase } from '../../shared/domain/schema';
import type { ImportProgressEvent } from '../../shared/ipc/contract';
import { REPO_ROOT } from '../harness/shared-material';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-import-worker-');
let workerDir: string;
let mainWorker: string;
let cliWorker: string;

beforeAll(async () => {
  // Inside node_modules, so the bundles find their external packages (zod, papaparse…) as in out/.
  await mkdir(join(REPO_ROOT, 'node_modules/.cache'), { recursive: true });
  workerDir = await mkdtemp(join(REPO_ROOT, 'node_modules/.cache/tiefgang-import-worker-'));
  mainWorker = join(workerDir, 'import-worker.cjs');
  cliWorker = join(workerDir, 'import-worker.mjs');
  await build({ ...importWorkerOptions('main', mainWorker, REPO_ROOT), sourcemap: false });
  await build({ ...importWorkerOptions('cli', cliWorker, REPO_ROOT), sourcemap: false });
});

afterAll(async () => {
  await rm(workerDir, { recursive: true, force: true });
});

/** Events that repeat every second from `start` (the hostile calendar of 200 such events is 25 KB). */
function repeatingCalendar(events: number, start: string): string {
  const lines = ['BEGIN:VCALENDAR'];
  for (let i = 0; i < events; i++) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${i}@example.org`,
      `DTSTART:${start}`,
      'RRULE:FREQ=SECONDLY',
      `ATTENDEE;CN=Person ${i}:mailto:p${i}@example.org`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

async function fileJob(name: string, text: string | Uint8Array, year = '2025'): Promise<PreviewJob> {
  const path = join(await tempDir(), name);
  await writeFile(path, text);
  return {
    fileName: name,
    bytes: await readFile(path),
    parse: { window: { from: `${year}-01-01`, to: `${year}-12-31` }, floatingOffset: 0 },
    plan: { now: '2026-01-01T00:00:00.000Z' },
  };
}

describe('the import worker', () => {
  it('previews 200 events repeating every second off the main thread, capped for the file, with progress', async () => {
    // Before the file cap these 200 events became 1,000,000 encounters (5,000 each).
    const job = await fileJob('every-second.ics', repeatingCalendar(200, '20250101T090000Z'));
    const runner = workerPreviewRunner({ workerFile: mainWorker });
    const progress: ImportProgress[] = [];
    let settled = false;
    const pending = previewOnce(runner, job, emptyDatabase(), { onProgress: (p) => progress.push(p) });
    void pending.finally(() => {
      settled = true;
    });
    // The caller's event loop is free while the worker reads: a timer fires before the preview is done.
    await sleep(0);
    expect(settled).toBe(false);
    const preview = await pending;
    expect(preview.counts.encounters).toBe(50_000);
    expect(preview.notices).toEqual([
      { code: 'occurrences-per-event', values: { events: 10, limit: 5_000 } },
      { code: 'occurrences-per-file', values: { limit: 50_000, kept: 50_000, events: 190 } },
    ]);
    expect(preview.skipped.filter((s) => s.reason === 'recurrence-capped')).toHaveLength(200);
    // Progress: the stages in order, the whole preview's share never going back, ending at 1.
    expect([...new Set(progress.map((p) => p.stage))]).toEqual(['read', 'parse', 'plan']);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.fraction).toBeGreaterThanOrEqual(progress[i - 1]!.fraction);
    expect(progress.at(-1)).toMatchObject({ stage: 'plan', fraction: 1 });
    expect(progress.find((p) => p.stage === 'parse')).toMatchObject({ total: 200, unit: 'items' });
    expect(progress.length).toBeLessThan(400); // about a hundred per stage, not one per record
  }, 60_000);

  it('answers with a summary; the whole preview crosses once, when asked; released, it is gone', async () => {
    const rows = ['date,participants,channel'];
    for (let i = 0; i < 20_000; i++)
      rows.push(`2025-01-${String(1 + (i % 28)).padStart(2, '0')},Person ${i % 2_000},call`);
    const csv = `${rows.join('\n')}\n`;
    const runner = workerPreviewRunner({ workerFile: mainWorker });
    const handle = await runner.start(await fileJob('calls.csv', csv), emptyDatabase());
    expect(handle.summary).toMatchObject({
      fileName: 'calls.csv',
      format: 'encounters-csv',
      counts: { newPeople: 2_000, encounters: 20_000 },
    });
    expect(handle.summary.newPeople).toHaveLength(200); // the first 200; the counts have the totals
    const whole = await handle.preview();
    expect(whole.encounters).toHaveLength(20_000);
    expect(await handle.preview()).toBe(whole);
    handle.release();
    // Released before the preview was asked for: asking says so.
    const dropped = await runner.start(await fileJob('calls.csv', csv), emptyDatabase());
    dropped.release();
    await expect(dropped.preview()).rejects.toMatchObject({ reason: 'worker-failed' });
  }, 60_000);

  it('is cancelled mid-read: the worker stops and the preview says so', async () => {
    // Rules from 1970 that never reach 2025: the worker would step through them for seconds.
    const job = await fileJob('slow.ics', repeatingCalendar(2_000, '19700101T000000Z'));
    const runner = workerPreviewRunner({ workerFile: mainWorker });
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const outcome = previewOnce(runner, job, emptyDatabase(), {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.stage === 'parse') controller.abort();
      },
    }).catch((error: unknown) => error);
    const error = await outcome;
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('cancelled');
    expect((error as ImportError).message).toBe('The import of slow.ics was cancelled; nothing was changed.');
    const last = seen.at(-1)!;
    expect(last.stage).toBe('parse');
    expect(last.done).toBeLessThan(last.total);
    // Cancelling before the start never starts a worker.
    await expect(
      previewOnce(runner, job, emptyDatabase(), { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({
      reason: 'cancelled',
    });
  }, 60_000);

  it('passes an ImportError on with its reason, line and message, as the same preview in this thread would', async () => {
    const text = await readFile(join(REPO_ROOT, 'test/fixtures/ics/tiefgang-truncated.ics'));
    const job = await fileJob('cut.ics', text);
    const inThread = (await previewOnce(
      inlinePreviewRunner(),
      { ...job, bytes: new Uint8Array(job.bytes) },
      emptyDatabase(),
    ).catch((e: unknown) => e)) as ImportError;
    for (const workerFile of [mainWorker, cliWorker]) {
      const error = (await previewOnce(
        workerPreviewRunner({ workerFile }),
        { ...job, bytes: new Uint8Array(job.bytes) },
        emptyDatabase(),
      ).catch((e: unknown) => e)) as ImportError;
      expect(error).toBeInstanceOf(ImportError);
      expect(error).toMatchObject({ reason: 'truncated', line: 45 });
      expect(error.message).toBe(inThread.message);
    }
  });

  it('refuses a file that needs more memory than an import may use, and the process lives on', async () => {
    const rows = ['date,participants,channel,notes'];
    for (let i = 0; i < 150_000; i++) rows.push(`2025-01-01,Person ${i} <p${i}@example.org>,call,note ${i}`);
    const job = await fileJob('huge.csv', `${rows.join('\n')}\n`);
    const error = (await previewOnce(
      workerPreviewRunner({ workerFile: mainWorker, maxMemoryMb: 48 }),
      job,
      emptyDatabase(),
    ).catch((e: unknown) => e)) as ImportError;
    expect(error).toMatchObject({ reason: 'out-of-memory', params: { file: 'huge.csv', limit: 48 } });
    expect(error.message).toContain('needs more memory than an import may use (48 MB)');
    // The same runner, with room, previews the next file.
    const small = await fileJob('small.csv', 'date,participants,channel\n2025-01-01,Anna,call\n');
    const preview: ImportPreview = await previewOnce(
      workerPreviewRunner({
        workerFile: mainWorker,
        maxMemoryMb: 48,
      }),
      small,
      emptyDatabase(),
    );
    expect(preview.counts.encounters).toBe(1);
  }, 60_000);
});

describe('import previews through the app core', () => {
  let core: AppCore;
  let dataDir: string;
  let dataFile: string;

  beforeAll(async () => {
    // One data file for the whole suite (makeTempDirs removes its folders after each test).
    dataDir = await mkdtemp(join(tmpdir(), 'tiefgang-import-worker-core-'));
    dataFile = join(dataDir, 'tiefgang.json');
    core = await openAppCore({ dataFile, version: '1', systemLocale: 'en', importWorker: mainWorker });
    await core.router.handle('people.create', { displayName: 'Anna Berg' });
  });

  afterAll(async () => {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const request = (text: string, fileName: string, jobId: string) => ({
    fileName,
    base64: Buffer.from(text).toString('base64'),
    today: '2025-12-31',
    jobId,
  });

  it('sends progress for the job id, cancels on import.cancel and leaves the data file as it was', async () => {
    const before = await readFile(dataFile);
    const events: ImportProgressEvent[] = [];
    let cancelAnswer: unknown;
    const stop = core.onEvent((channel, payload) => {
      if (channel !== 'import.progress') return;
      const event = payload as ImportProgressEvent;
      events.push(event);
      if (event.stage === 'parse' && cancelAnswer === undefined) {
        cancelAnswer = 'asked';
        void core.router.handle('import.cancel', { jobId: event.jobId }).then((answer) => {
          cancelAnswer = answer;
        });
      }
    });
    const answer = await core.router.handle(
      'import.preview',
      request(repeatingCalendar(2_000, '19700101T000000Z'), 'slow.ics', 'job-slow'),
    );
    stop();
    expect(answer).toEqual({ ok: true, data: { status: 'cancelled', fileName: 'slow.ics' } });
    expect(cancelAnswer).toEqual({ ok: true, data: { cancelled: true } });
    expect(events.map((e) => e.stage)).toEqual(['read', 'read', 'parse']);
    expect(events.every((e) => e.jobId === 'job-slow' && e.fileName === 'slow.ics')).toBe(true);
    expect((await readFile(dataFile)).equals(before)).toBe(true);
    // Nothing runs any more.
    expect(await core.router.handle('import.cancel', { jobId: 'job-slow' })).toEqual({
      ok: true,
      data: { cancelled: false },
    });
  }, 60_000);

  it('a newer preview cancels the one still running; the newer one commits', async () => {
    const slow = core.router.handle(
      'import.preview',
      request(repeatingCalendar(2_000, '19700101T000000Z'), 'slow.ics', 'job-a'),
    );
    await sleep(50);
    const events: ImportProgressEvent[] = [];
    const stop = core.onEvent((channel, payload) => {
      if (channel === 'import.progress') events.push(payload as ImportProgressEvent);
    });
    const csv =
      'date,participants,channel,notes\n2025-03-01,Anna Berg,call,Hello\n2025-03-02,Ben Novak,video,\n';
    const fresh = await core.router.handle('import.preview', request(csv, 'calls.csv', 'job-b'));
    stop();
    expect(await slow).toEqual({ ok: true, data: { status: 'cancelled', fileName: 'slow.ics' } });
    expect(fresh).toMatchObject({
      ok: true,
      data: { status: 'ready', counts: { encounters: 2, newPeople: 1, matchedPeople: 1 } },
    });
    expect(events.filter((e) => e.jobId === 'job-b').at(-1)).toMatchObject({ stage: 'plan', fraction: 1 });
    const token = (fresh as { data: { token: string } }).data.token;
    expect(await core.router.handle('import.commit', { token, mergeDuplicates: false })).toMatchObject({
      ok: true,
      data: { counts: { encounters: 2 } },
    });
    expect(core.store.read().encounters).toHaveLength(2);
  }, 60_000);
});

describe('the import command with the worker', () => {
  it('prints a progress line on a terminal’s stderr and clears it; the output is the same', async () => {
    const dir = await tempDir();
    const file = join(dir, 'every-second.ics');
    const text = repeatingCalendar(10, '20250101T090000Z');
    await writeFile(file, text);
    let stdout = '';
    let stderr = '';
    const code = await run(['import', file, '--dry-run', '--json', '--db', join(dir, 'none.json')], {
      stdout: { write: (t) => (stdout += String(t)) },
      stderr: Object.assign({ write: (t: string) => (stderr += t) }, { isTTY: true }),
      env: { LANG: 'en_GB.UTF-8', TIEFGANG_IMPORT_WORKER: cliWorker },
      cwd: dir,
      homedir: dir,
      now: () => new Date(2025, 11, 31, 12, 0),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      committed: false,
      counts: { encounters: 50_000, skipped: 10 },
      notices: [
        {
          code: 'occurrences-per-event',
          values: { events: 10, limit: 5_000 },
          message:
            'Recurring events with more than 5000 occurrences in the period: 10. Only their first 5000 occurrences are imported.',
        },
      ],
    });
    const updates = stderr.split('\r').filter(Boolean);
    const bytes = Buffer.byteLength(text);
    expect(updates[0]).toBe(`Reading every-second.ics: 0 % (0 of ${bytes} bytes)\u001b[K`);
    expect(updates).toContain('Reading the records of every-second.ics: 100 % (10 of 10 records)\u001b[K');
    expect(updates).toContain('Matching people of every-second.ics: 100 % (50000 of 50000 records)\u001b[K');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  }, 60_000);
});
