/**
 * How the import service and the CLI get a preview: a PreviewRunner. `workerPreviewRunner` runs each
 * job in a worker thread of its own, so the main process's event loop (the app's window, IPC) stays free
 * however long a hostile file takes; it passes the worker's progress on, cancels by terminating the worker,
 * and caps its memory (a file that needs more is refused, the app lives on). `inlinePreviewRunner` runs the
 * job in the calling thread (tests, and a CLI run from the sources).
 */
import { Worker } from 'node:worker_threads';
import type { Database } from '../../../shared/domain/schema';
import { asImportError, ImportError } from '../errors';
import type { ProgressListener } from '../progress';
import type { ImportPreview } from '../types';
import { type PreviewJob, runPreviewJob } from './job';
import type { WorkerInput, WorkerMessage } from './messages';

export interface RunOptions {
  /** Told how far the preview is (about a hundred updates per stage). */
  onProgress?: ProgressListener;
  /** Aborting it cancels the preview: the promise rejects with ImportError `cancelled`. */
  signal?: AbortSignal;
}

export interface PreviewRunner {
  /** The preview of `job` against `db`; rejects only with ImportError. */
  preview(job: PreviewJob, db: Readonly<Database>, options?: RunOptions): Promise<ImportPreview>;
}

const cancelled = (job: PreviewJob) => new ImportError('cancelled', { file: job.fileName });

/** Runs the job in the calling thread; it cannot be interrupted once started (only before). */
export function inlinePreviewRunner(newId?: () => string): PreviewRunner {
  return {
    async preview(job, db, options = {}) {
      if (options.signal?.aborted) throw cancelled(job);
      try {
        return runPreviewJob(job, db, options.onProgress, newId);
      } catch (error) {
        throw asImportError(job.fileName, error);
      }
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
    preview(job, db, run = {}) {
      if (run.signal?.aborted) return Promise.reject(cancelled(job));
      return new Promise<ImportPreview>((resolve, reject) => {
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
            transferList: own.buffer instanceof ArrayBuffer ? [own.buffer] : [],
            resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
            stdout: false,
            stderr: false,
          });
        } catch (error) {
          reject(workerFailed(job, error));
          return;
        }
        let outcome: { preview: ImportPreview } | { error: ImportError } | undefined;
        const settle = () => {
          run.signal?.removeEventListener('abort', abort);
          if (outcome && 'preview' in outcome) resolve(outcome.preview);
          else reject(outcome?.error ?? workerFailed(job, new Error('the worker ended without an answer')));
        };
        const abort = () => {
          outcome ??= { error: cancelled(job) };
          void worker.terminate();
        };
        run.signal?.addEventListener('abort', abort, { once: true });
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'progress') run.onProgress?.(message.progress);
          else if (message.type === 'done') outcome ??= { preview: message.preview };
          else
            outcome ??= { error: new ImportError(message.reason, { file: job.fileName, ...message.params }) };
        });
        worker.on('error', (error: Error & { code?: string }) => {
          outcome ??= {
            error:
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new ImportError('out-of-memory', { file: job.fileName, limit: maxMemoryMb })
                : workerFailed(job, error),
          };
        });
        // Settled only once the worker is gone, so a cancelled job has stopped when the caller hears of it.
        worker.on('exit', settle);
      });
    },
  };
}

function workerFailed(job: PreviewJob, error: unknown): ImportError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError('worker-failed', { file: job.fileName, detail: detail.slice(0, 300) });
}
