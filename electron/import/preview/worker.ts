/**
 * The import worker: runs one preview (detect → parse → plan) off the main thread and ends. Bundled as
 * its own entry (scripts/build.mjs: out/main/import-worker.cjs for the app, out/cli/import-worker.mjs
 * for the command line); started by `workerPreviewRunner` (runner.ts), which can terminate it to cancel.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asImportError } from '../errors';
import { runPreviewJob } from './job';
import type { WorkerInput, WorkerMessage } from './messages';

const port = parentPort;
if (!port) throw new Error('the import worker runs only as a worker thread');
const send = (message: WorkerMessage) => port.postMessage(message);
const { job, db } = workerData as WorkerInput;

try {
  const preview = runPreviewJob(job, db, (progress) => send({ type: 'progress', progress }));
  send({ type: 'done', preview });
} catch (error) {
  const failure = asImportError(job.fileName, error);
  send({ type: 'failed', reason: failure.reason, params: failure.params });
}
