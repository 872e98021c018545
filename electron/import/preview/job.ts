/**
 * A preview as a job that can cross to a worker thread: plain data only (structured-cloneable), so the
 * options that are functions in the pipeline (new ids, the offset of floating calendar times, progress)
 * are chosen where the job runs.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../shared/domain/schema';
import { type PreviewRequest, previewImport } from '../index';
import type { ProgressListener } from '../progress';
import type { ImportFormat, ImportPreview, JsonMode, ParseOptions } from '../types';

export interface PreviewJob {
  fileName: string;
  bytes: Uint8Array;
  /** `auto` (default) detects the format from the content. */
  format?: ImportFormat | 'auto';
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
  parse: Omit<ParseOptions, 'floatingOffsetMinutes' | 'onProgress'> & {
    /** Calendar times without a zone: in this computer's zone at that date (`local`) or a fixed offset. */
    floatingOffset?: 'local' | number;
  };
  plan: { now: string; jsonMode?: JsonMode; ownerEmails?: string[] };
}

/** Calendar times without a zone, read in the zone of this process at that date (summer/winter). */
export function localOffsetMinutes(wall: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}): number {
  return -new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute).getTimezoneOffset();
}

/** Runs a job in this thread: detect → parse → plan. Lets out only ImportError, like previewImport. */
export function runPreviewJob(
  job: PreviewJob,
  db: Readonly<Database>,
  onProgress?: ProgressListener,
  newId: () => string = randomUUID,
): ImportPreview {
  const { floatingOffset = 'local', ...parse } = job.parse;
  const request: PreviewRequest = {
    fileName: job.fileName,
    bytes: job.bytes,
    parse: {
      ...parse,
      floatingOffsetMinutes: floatingOffset === 'local' ? localOffsetMinutes : () => floatingOffset,
    },
    plan: { ...job.plan, newId },
  };
  if (job.format) request.format = job.format;
  if (job.maxBytes !== undefined) request.maxBytes = job.maxBytes;
  if (onProgress) request.onProgress = onProgress;
  return previewImport(request, db);
}
