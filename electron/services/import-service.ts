/**
 * Import from the app: the renderer sends the chosen file's bytes; the preview (detect → parse → plan)
 * runs through a PreviewRunner — in the desktop app a worker thread, so the window stays responsive
 * however long a file takes — and reports progress as `import.progress` events; `import.cancel` or a
 * newer preview stops it. Main keeps the finished plan; the user confirms and the plan is committed in
 * one store write (undoable). Only the latest preview can be committed, and only against the data it
 * was made from (the pipeline refuses a stale plan).
 */
import type { Database } from '../../shared/domain/schema';
import type { ImportPreviewSummary, ImportProgressEvent } from '../../shared/ipc/contract';
import { AppError } from '../errors';
import { applyContactLog, contactLogChangesNothing } from '../import/contact-log/apply';
import { isContactLogPreview } from '../import/contact-log/plan';
import { acceptMerges, applyImport, changesNothing, ImportError, type ImportPreview } from '../import/index';
import type { PreviewJob } from '../import/preview/job';
import { inlinePreviewRunner, type PreviewHandle, type PreviewRunner } from '../import/preview/runner';
import type { ServiceDeps } from './deps';

export interface ImportServiceOptions {
  /** Where previews run (default: in this thread, with the services' ids). */
  runner?: PreviewRunner;
  /** Sends a progress event to the windows. */
  emitProgress?: (event: ImportProgressEvent) => void;
}

export interface ImportSession {
  preview(
    request: {
      fileName: string;
      base64: string;
      today: string;
      jobId?: string | undefined;
      me?: string[] | undefined;
      choices?: Record<string, string> | undefined;
      linkedinConnectedAsTouch?: boolean | undefined;
    },
    db: Readonly<Database>,
  ): Promise<ImportPreviewSummary>;
  /** Stops the running preview with this id; false when none is running. */
  cancel(jobId: string): { cancelled: boolean };
  /**
   * The plan for `token` (with duplicates merged if asked), or a `conflict` error. From a worker, the
   * whole preview crosses now, once.
   */
  planFor(token: string, mergeDuplicates: boolean, db: Readonly<Database>): Promise<ImportPreview>;
  /** Forgets the plan once committed. */
  done(token: string): void;
}

/** Recurring calendar events are read for the two years before today. */
function twoYearsBefore(today: string): string {
  return `${String(Number(today.slice(0, 4)) - 2).padStart(4, '0')}${today.slice(4)}`.replace(
    /-02-29$/,
    '-02-28',
  );
}

export function createImportSession(deps: ServiceDeps, options: ImportServiceOptions = {}): ImportSession {
  const runner = options.runner ?? inlinePreviewRunner(deps.newId);
  let pending: { token: string; handle: PreviewHandle } | undefined;
  const forget = () => {
    pending?.handle.release();
    pending = undefined;
  };
  let running: { jobId: string; controller: AbortController } | undefined;
  return {
    async preview(request, db) {
      forget();
      // One preview at a time: a newer file replaces the one still being read.
      running?.controller.abort();
      const jobId = request.jobId ?? deps.newId();
      const controller = new AbortController();
      const current = { jobId, controller };
      running = current;
      const job: PreviewJob = {
        fileName: request.fileName,
        bytes: Buffer.from(request.base64, 'base64'),
        parse: {
          window: { from: twoYearsBefore(request.today), to: request.today },
          floatingOffset: 'local',
          ...(request.linkedinConnectedAsTouch ? { linkedinConnectedAsEncounter: true } : {}),
        },
        plan: { now: deps.now().toISOString(), jsonMode: 'merge' },
      };
      if (request.me || request.choices) {
        job.log = {
          ...(request.me ? { me: request.me } : {}),
          ...(request.choices ? { choices: request.choices } : {}),
        };
      }
      let handle: PreviewHandle;
      try {
        handle = await runner.start(job, db, {
          signal: controller.signal,
          onProgress: (progress) =>
            options.emitProgress?.({ jobId, fileName: request.fileName, ...progress }),
        });
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        if (error.reason === 'cancelled') return { status: 'cancelled', fileName: request.fileName };
        const params = Object.fromEntries(
          Object.entries(error.params).filter(
            (entry): entry is [string, string | number] => entry[1] !== undefined,
          ),
        );
        return { status: 'error', reason: error.reason, params };
      } finally {
        if (running === current) running = undefined;
      }
      if (running !== undefined && running !== current) {
        // A newer preview began while this one was finishing: it is no longer wanted.
        handle.release();
        return { status: 'cancelled', fileName: request.fileName };
      }
      const token = deps.newId();
      pending = { token, handle };
      return { status: 'ready', token, ...handle.summary };
    },
    cancel(jobId) {
      if (running?.jobId !== jobId) return { cancelled: false };
      running.controller.abort();
      return { cancelled: true };
    },
    async planFor(token, mergeDuplicates, db) {
      if (!pending || pending.token !== token) {
        throw new AppError('conflict', 'this import preview is no longer current; choose the file again');
      }
      const preview = await pending.handle.preview();
      return mergeDuplicates ? acceptMerges(preview, 'all', db, deps.now().toISOString()) : preview;
    },
    done(token) {
      if (pending?.token === token) forget();
    },
  };
}

/** Commits a plan on a store draft; marks the welcome as answered. */
export function commitImport(draft: Database, preview: ImportPreview): Record<string, number> {
  let counts: Record<string, number> = { ...preview.counts };
  try {
    if (isContactLogPreview(preview)) {
      // A chat, call or mail export: also its coverage records and the raised counts of known days.
      if (!contactLogChangesNothing(preview)) applyContactLog(preview, draft);
    } else if (!changesNothing(preview)) counts = { ...applyImport(preview, draft) };
  } catch (error) {
    if (error instanceof ImportError && error.reason === 'stale-preview') {
      throw new AppError('conflict', 'the data changed since the preview; choose the file again');
    }
    throw error;
  }
  if (!draft.settings.onboarded) draft.settings = { ...draft.settings, onboarded: true };
  return counts;
}
