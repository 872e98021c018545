/** What the import worker and the thread that started it say to each other (structured-cloneable). */
import type { Database } from '../../../shared/domain/schema';
import type { ImportErrorReason } from '../errors';
import type { ImportProgress } from '../progress';
import type { ImportPreview } from '../types';
import type { PreviewJob } from './job';
import type { PreviewSummary } from './summary';

/** `workerData` of a new worker: one job. */
export interface WorkerInput {
  job: PreviewJob;
  db: Readonly<Database>;
}

/** To the worker, once its preview is ready: send the whole preview, then end. */
export type WorkerRequest = { type: 'send' };

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /** The preview is made and held by the worker; here is its summary. */
  | { type: 'ready'; summary: PreviewSummary }
  /** The whole preview, answering `send`. */
  | { type: 'preview'; preview: ImportPreview }
  /** An ImportError, by its reason and parameters (its class does not survive the crossing). */
  | { type: 'failed'; reason: ImportErrorReason; params: Record<string, string | number | undefined> };
