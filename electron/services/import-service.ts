/**
 * Import from the app: the renderer sends the chosen file's bytes, or names a file the user chose in the
 * system's open dialog (`import.choose`: main keeps its path and the preview streams it from disk, so a
 * mailbox of gigabytes never crosses the bridge, and the window can only name files the user chose); the preview (detect → parse → plan)
 * runs through a PreviewRunner — in the desktop app a worker thread, so the window stays responsive
 * however long a file takes — and reports progress as `import.progress` events; `import.cancel` or a
 * newer preview stops it. Main keeps the finished plan; the user confirms and the plan is committed in
 * one store write (undoable). Only the latest preview can be committed, and only against the data it
 * was made from (the pipeline refuses a stale plan).
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Database } from '../../shared/domain/schema';
import type {
  ImportChooseResult,
  ImportPreviewSummary,
  ImportProgressEvent,
} from '../../shared/ipc/contract';
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
  /** The system's open dialog (the desktop shell): the chosen file's path, undefined when cancelled. */
  chooseFile?: () => Promise<string | undefined>;
}

/** How many chosen files are remembered (the latest; an older reference must be chosen again). */
const CHOSEN_KEPT = 4;

export interface ImportSession {
  /** Opens the system's dialog; the file chosen gets a reference for `preview`. */
  choose(): Promise<ImportChooseResult>;
  preview(
    request: {
      fileName: string;
      base64?: string | undefined;
      fileRef?: string | undefined;
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
  /** Files chosen in the dialog: reference → path (only these can be read by reference). */
  const chosen = new Map<string, string>();
  return {
    async choose() {
      if (!options.chooseFile) return { status: 'unavailable' };
      const path = await options.chooseFile();
      if (path === undefined) return { status: 'cancelled' };
      const fileName = basename(path);
      let bytes: number;
      try {
        const info = await stat(path);
        if (!info.isFile()) throw new Error('it is not a file');
        bytes = info.size;
      } catch (error) {
        const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new AppError('invalid-request', `${fileName} cannot be read: ${detail}`);
      }
      const ref = deps.newId().replace(/[^A-Za-z0-9_-]/g, '');
      chosen.set(ref, path);
      for (const old of chosen.keys()) if (chosen.size > CHOSEN_KEPT) chosen.delete(old);
      return { status: 'chosen', file: { ref, fileName, bytes } };
    },
    async preview(request, db) {
      const path = request.fileRef === undefined ? undefined : chosen.get(request.fileRef);
      if (request.fileRef !== undefined && path === undefined) {
        throw new AppError('not-found', `${request.fileName} is no longer chosen; choose the file again`);
      }
      forget();
      // One preview at a time: a newer file replaces the one still being read.
      running?.controller.abort();
      const jobId = request.jobId ?? deps.newId();
      const controller = new AbortController();
      const current = { jobId, controller };
      running = current;
      const job: PreviewJob = {
        fileName: request.fileName,
        bytes: path === undefined ? Buffer.from(request.base64 ?? '', 'base64') : new Uint8Array(),
        ...(path === undefined ? {} : { path }),
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
