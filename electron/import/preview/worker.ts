/**
 * The import worker: makes one preview (detect → parse → plan) off the main thread, sends its summary,
 * keeps the whole preview until it is asked for it (the user commits) and ends then. Bundled as its own
 * entry (scripts/build.mjs: out/main/import-worker.cjs for the app, out/cli/import-worker.mjs for the
 * command line); started by `workerPreviewRunner` (runner.ts), which terminates it to cancel or release.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asImportError } from '../errors';
import type { ImportPreview } from '../types';
import { runAnyPreviewJob } from './job';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './messages';
import { summarisePreview } from './summary';

const port = parentPort;
if (!port) throw new Error('the import worker runs only as a worker thread');
const send = (message: WorkerMessage) => port.postMessage(message);
const { job, db } = workerData as WorkerInput;

void (async () => {
  let preview: ImportPreview | undefined;
  try {
    // Chat, call and mail exports are read as streams (asynchronously); everything else as before.
    preview = await runAnyPreviewJob(job, db, (progress) => send({ type: 'progress', progress }));
  } catch (error) {
    const failure = asImportError(job.fileName, error);
    send({ type: 'failed', reason: failure.reason, params: failure.params });
  }
  if (preview) {
    const made = preview;
    // Waiting for `send` keeps the worker alive; once answered, nothing does and it ends.
    port.once('message', (request: WorkerRequest) => {
      if (request.type === 'send') send({ type: 'preview', preview: made });
      port.close();
    });
    send({ type: 'ready', summary: summarisePreview(made) });
  }
})();
