/**
 * A preview as a job that can cross to a worker thread: plain data only (structured-cloneable), so the
 * options that are functions in the pipeline (new ids, the offset of floating calendar times, progress)
 * are chosen where the job runs.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../shared/domain/schema';
import { runContactLogJob } from '../contact-log/job';
import { type PreviewRequest, previewImport } from '../index';
import { type ProgressListener, stageReporter } from '../progress';
import { readImportFile } from '../read-file';
import type { ImportFormat, ImportPreview, JsonMode, ParseOptions } from '../types';

export interface PreviewJob {
  fileName: string;
  /** The file's bytes (empty when `path` is given). */
  bytes: Uint8Array;
  /**
   * Or the file on disk, read where the job runs: a chat, call or mail export is streamed from it (any
   * size); any other file is read whole, up to `maxBytes`. The app's files chosen in the system's dialog.
   */
  path?: string;
  /** `auto` (default) detects the format from the content. */
  format?: ImportFormat | 'auto';
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
  parse: Omit<ParseOptions, 'floatingOffsetMinutes' | 'onProgress'> & {
    /** Calendar times without a zone: in this computer's zone at that date (`local`) or a fixed offset. */
    floatingOffset?: 'local' | number;
  };
  plan: { now: string; jsonMode?: JsonMode; ownerEmails?: string[] };
  /** For chat, call and mail exports: who the user says they are, and their choices for ambiguous names. */
  log?: { me?: string[]; choices?: Record<string, string>; countryCode?: string };
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

/**
 * Any preview: a chat, call or mail export (streamed from the bytes through the contact-log readers,
 * their progress reported as the reading stage), else the general pipeline above.
 */
export async function runAnyPreviewJob(
  job: PreviewJob,
  db: Readonly<Database>,
  onProgress?: ProgressListener,
  newId: () => string = randomUUID,
): Promise<ImportPreview> {
  const { floatingOffset = 'local', ...parse } = job.parse;
  if (job.format === undefined || job.format === 'auto') {
    const reading = onProgress ? stageReporter(onProgress, 'parse', 'bytes') : undefined;
    const log = await runContactLogJob(
      {
        fileName: job.fileName,
        ...(job.path === undefined ? { bytes: job.bytes } : { path: job.path }),
        ...(job.log?.me ? { me: job.log.me } : {}),
        ...(job.log?.choices ? { choices: job.log.choices } : {}),
        ...(job.log?.countryCode ? { countryCode: job.log.countryCode } : {}),
        parse: {
          ...parse,
          floatingOffsetMinutes: floatingOffset === 'local' ? localOffsetMinutes : () => floatingOffset,
        },
        now: job.plan.now,
      },
      db,
      { ...(reading ? { onProgress: reading } : {}), newId },
    );
    if (log) {
      if (onProgress) stageReporter(onProgress, 'plan', 'items')(1, 1);
      return log;
    }
  }
  if (job.path === undefined) return runPreviewJob(job, db, onProgress, newId);
  const bytes = await readImportFile(job.path, job.fileName, job.maxBytes);
  return runPreviewJob({ ...job, bytes }, db, onProgress, newId);
}
