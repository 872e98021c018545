/** What the import worker and the thread that started it say to each other (structured-cloneable). */
import type { Database } from '../../../shared/domain/schema';
import type { ImportErrorReason } from '../errors';
import type { ImportProgress } from '../progress';
import type { ImportPreview } from '../types';
import type { PreviewJob } from './job';

/** `workerData` of a new worker: one job; the worker ends when it is done. */
export interface WorkerInput {
  job: PreviewJob;
  db: Readonly<Database>;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; preview: ImportPreview }
  /** An ImportError, by its reason and parameters (its class does not survive the crossing). */
  | { type: 'failed'; reason: ImportErrorReason; params: Record<string, string | number | undefined> };
