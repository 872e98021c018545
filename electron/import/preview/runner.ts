/**
 * How the import service and the CLI get a preview: a PreviewRunner. `workerPreviewRunner` runs each
 * job in a worker thread of its own, so the main process's event loop (the app's window, IPC) stays free
 * however long a hostile file takes. The worker reports progress, can be cancelled (it is terminated),
 * runs with a heap limit (a file that needs more is refused, the app lives on), and sends only a summary
 * when it is done: the whole preview — every record to write, which takes the receiving thread a while to
 * take in — crosses once, when it is asked for (the user commits). `inlinePreviewRunner` runs the job in
 * the calling thread (unit tests, and a CLI run from the sources).
 */
import { Worker } from 'node:worker_threads';
import type { Database } from '../../../shared/domain/schema';
import { asImportError, ImportError } from '../errors';
import type { ProgressListener } from '../progress';
import type { ImportPreview } from '../types';
import { type PreviewJob, runAnyPreviewJob } from './job';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './messages';
import { type PreviewSummary, summarisePreview } from './summary';

export interface RunOptions {
  /** Told how far the preview is (about a hundred updates per stage). */
  onProgress?: ProgressListener;
  /** Aborting it before the preview is made cancels it: `start` rejects with ImportError `cancelled`. */
  signal?: AbortSignal;
}

/** A preview that is made: its summary now, the whole of it when asked for. */
export interface PreviewHandle {
  readonly summary: PreviewSummary;
  /** The whole preview (from a worker: copied over once; asking again gives the same). */
  preview(): Promise<ImportPreview>;
  /** Frees what the preview holds (ends its worker). Safe to call twice. */
  release(): void;
}

export interface PreviewRunner {
  /**
   * Makes the preview of `job` against `db`; rejects only with ImportError. The job's bytes may be handed
   * over to the worker (the caller's view of them is then empty).
   */
  start(job: PreviewJob, db: Readonly<Database>, options?: RunOptions): Promise<PreviewHandle>;
}

/** The whole preview at once, for callers that use all of it (the CLI). */
export async function previewOnce(
  runner: PreviewRunner,
  job: PreviewJob,
  db: Readonly<Database>,
  options?: RunOptions,
): Promise<ImportPreview> {
  const handle = await runner.start(job, db, options);
  try {
    return await handle.preview();
  } finally {
    handle.release();
  }
}

const cancelled = (job: PreviewJob) => new ImportError('cancelled', { file: job.fileName });

/** Runs the job in the calling thread; it cannot be interrupted once started (only before). */
export function inlinePreviewRunner(newId?: () => string): PreviewRunner {
  return {
    async start(job, db, options = {}) {
      if (options.signal?.aborted) throw cancelled(job);
      let preview: ImportPreview;
      try {
        preview = await runAnyPreviewJob(job, db, options.onProgress, newId);
      } catch (error) {
        throw asImportError(job.fileName, error);
      }
      return { summary: summarisePreview(preview), preview: async () => preview, release: () => {} };
    },
  };
}

export interface WorkerRunnerOptions {
  /** The bundled worker (out/main/import-worker.cjs, out/cli/import-worker.mjs). */
  workerFile: string | URL;
  /** The worker's heap limit in MB (default 1,024): a file needing more is refused as `out-of-memory`. */
  maxMemoryMb?: number;
}

export function workerPreviewRunner(options: WorkerRunnerOptions): PreviewRunner {
  const maxMemoryMb = options.maxMemoryMb ?? 1024;
  return {
    start(job, db, run = {}) {
      if (run.signal?.aborted) return Promise.reject(cancelled(job));
      return new Promise<PreviewHandle>((resolve, reject) => {
        // The file's bytes move to the worker instead of being copied when they fill their own buffer (the
        // caller's view is then empty); a view of a shared buffer (Node's small-Buffer pool) is copied.
        const own =
          job.bytes.byteOffset === 0 &&
          job.bytes.byteLength === job.bytes.buffer.byteLength &&
          job.bytes.buffer instanceof ArrayBuffer &&
          job.bytes.byteLength >= 64 * 1024
            ? job.bytes
            : new Uint8Array(job.bytes);
        const input: WorkerInput = { job: { ...job, bytes: own }, db };
        let worker: Worker;
        try {
          worker = new Worker(options.workerFile, {
            workerData: input,
            transferList: [own.buffer as ArrayBuffer],
            resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
          });
        } catch (error) {
          reject(workerFailed(job, error));
          return;
        }
        const session = new WorkerSession(worker, job, maxMemoryMb, run.onProgress);
        const abort = () => session.fail(cancelled(job));
        run.signal?.addEventListener('abort', abort, { once: true });
        session.ready.then(
          (summary) => {
            run.signal?.removeEventListener('abort', abort);
            resolve({
              summary,
              preview: () => session.fetch(),
              release: () => session.end(),
            });
          },
          (error: ImportError) => {
            run.signal?.removeEventListener('abort', abort);
            reject(error);
          },
        );
      });
    },
  };
}

/** One worker and its job: progress, then a summary, then (when asked) the whole preview. */
class WorkerSession {
  readonly ready: Promise<PreviewSummary>;
  private readonly exited: Promise<void>;
  private failure: ImportError | undefined;
  private fetched: Promise<ImportPreview> | undefined;
  private receivePreview: ((preview: ImportPreview) => void) | undefined;
  private resolveReady!: (summary: PreviewSummary) => void;

  constructor(
    private readonly worker: Worker,
    private readonly job: PreviewJob,
    maxMemoryMb: number,
    onProgress: ProgressListener | undefined,
  ) {
    let rejectReady!: (error: ImportError) => void;
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      rejectReady = reject;
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'ready') this.resolveReady(message.summary);
      else if (message.type === 'preview') this.receivePreview?.(message.preview);
      else this.fail(new ImportError(message.reason, { file: job.fileName, ...message.params }));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      this.fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportError('out-of-memory', { file: job.fileName, limit: maxMemoryMb })
          : workerFailed(job, error),
      );
    });
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    // Whatever ends the worker before its summary arrived ends the preview with the reason, once the
    // worker is gone (so a cancelled preview has stopped when the caller hears of it).
    void this.exited.then(() =>
      rejectReady(this.failure ?? workerFailed(job, new Error('it ended without an answer'))),
    );
  }

  /** Ends the worker with `error` as the outcome (unless it already has one). */
  fail(error: ImportError): void {
    this.failure ??= error;
    void this.worker.terminate();
  }

  fetch(): Promise<ImportPreview> {
    this.fetched ??= new Promise<ImportPreview>((resolve, reject) => {
      this.receivePreview = resolve;
      void this.exited.then(() =>
        reject(
          this.failure ?? workerFailed(this.job, new Error('the preview was released before it was sent')),
        ),
      );
      this.worker.postMessage({ type: 'send' } satisfies WorkerRequest);
    });
    return this.fetched;
  }

  end(): void {
    void this.worker.terminate();
  }
}

function workerFailed(job: PreviewJob, error: unknown): ImportError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError('worker-failed', { file: job.fileName, detail: detail.slice(0, 300) });
}
