/**
 * Import from the app: the renderer sends the chosen file's bytes, main previews it with the import
 * pipeline (electron/import) and keeps the plan; the user confirms and the plan is committed in one
 * store write (undoable). Only the latest preview can be committed, and only against the data it was
 * made from (the pipeline refuses a stale plan).
 */
import type { Database } from '../../shared/domain/schema';
import type { ImportPreviewSummary } from '../../shared/ipc/contract';
import { AppError } from '../errors';
import {
  acceptMerges,
  applyImport,
  changesNothing,
  ImportError,
  type ImportPreview,
  previewImport,
} from '../import/index';
import type { ServiceDeps } from './deps';

/** How many entries of each list the preview shows (the counts have the totals). */
const LIST_LIMIT = 200;

export interface ImportSession {
  preview(
    request: { fileName: string; base64: string; today: string },
    db: Readonly<Database>,
  ): ImportPreviewSummary;
  /** The plan for `token` (with duplicates merged if asked), or a `conflict` error. */
  planFor(token: string, mergeDuplicates: boolean, db: Readonly<Database>): ImportPreview;
  /** Forgets the plan once committed. */
  done(token: string): void;
}

export function createImportSession(deps: ServiceDeps): ImportSession {
  let pending: { token: string; preview: ImportPreview } | undefined;
  return {
    preview(request, db) {
      pending = undefined;
      const bytes = Buffer.from(request.base64, 'base64');
      const to = request.today;
      const from = `${String(Number(to.slice(0, 4)) - 2).padStart(4, '0')}${to.slice(4)}`.replace(
        /-02-29$/,
        '-02-28',
      );
      let preview: ImportPreview;
      try {
        preview = previewImport(
          {
            fileName: request.fileName,
            bytes,
            parse: {
              window: { from, to },
              floatingOffsetMinutes: (w) =>
                -new Date(w.year, w.month - 1, w.day, w.hour, w.minute).getTimezoneOffset(),
            },
            plan: { now: deps.now().toISOString(), newId: deps.newId, jsonMode: 'merge' },
          },
          db,
        );
      } catch (error) {
        if (error instanceof ImportError) {
          const params = Object.fromEntries(
            Object.entries(error.params).filter(
              (entry): entry is [string, string | number] => entry[1] !== undefined,
            ),
          );
          return { status: 'error', reason: error.reason, params };
        }
        throw error;
      }
      const token = deps.newId();
      pending = { token, preview };
      return {
        status: 'ready',
        token,
        fileName: preview.fileName,
        format: preview.format,
        mode: preview.mode,
        counts: { ...preview.counts },
        newPeople: preview.newPeople
          .slice(0, LIST_LIMIT)
          .map((p) => ({ name: p.person.displayName, lines: p.lines })),
        matchedPeople: preview.matchedPeople
          .slice(0, LIST_LIMIT)
          .map((m) => ({ name: m.existingName, lines: m.lines, by: m.by })),
        likelyDuplicates: preview.likelyDuplicates
          .slice(0, LIST_LIMIT)
          .map((d) => ({ name: d.newPersonName, other: d.otherName, reason: d.reason })),
        skipped: preview.skipped
          .slice(0, LIST_LIMIT)
          .map((s) =>
            s.detail === undefined
              ? { line: s.line, reason: s.reason }
              : { line: s.line, reason: s.reason, detail: s.detail },
          ),
      };
    },
    planFor(token, mergeDuplicates, db) {
      if (!pending || pending.token !== token) {
        throw new AppError('conflict', 'this import preview is no longer current; choose the file again');
      }
      return mergeDuplicates
        ? acceptMerges(pending.preview, 'all', db, deps.now().toISOString())
        : pending.preview;
    },
    done(token) {
      if (pending?.token === token) pending = undefined;
    },
  };
}

/** Commits a plan on a store draft; marks the welcome as answered. */
export function commitImport(draft: Database, preview: ImportPreview): Record<string, number> {
  let counts: Record<string, number> = { ...preview.counts };
  try {
    if (!changesNothing(preview)) counts = { ...applyImport(preview, draft) };
  } catch (error) {
    if (error instanceof ImportError && error.reason === 'stale-preview') {
      throw new AppError('conflict', 'the data changed since the preview; choose the file again');
    }
    throw error;
  }
  if (!draft.settings.onboarded) draft.settings = { ...draft.settings, onboarded: true };
  return counts;
}
