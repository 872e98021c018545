/**
 * Import pipeline (pure functions; see docs/import-export.md):
 *
 *   detectFormat(fileName, bytes) → { format, text }
 *   parseImport(format, fileName, text, options) → ParsedImport
 *   planImport(parsed, database, options) → ImportPreview      (nothing written)
 *   acceptMerges(preview, ids | 'all', database, now) → ImportPreview
 *   applyImport(preview, draft)                                 (inside one store.update)
 *
 * `previewImport` runs the first three. Every function lets out only ImportError.
 */
import type { Database } from '../../shared/domain/schema';
import { detectFormat } from './detect';
import { atBoundary } from './errors';
import { parseImport } from './parse';
import { planImport } from './plan/index';
import { type ProgressListener, stageReporter } from './progress';
import { decodeImportBytes } from './text';
import type { ImportFormat, ImportPreview, ParseOptions, PlanOptions } from './types';

export { acceptMerges, applyImport, changesNothing } from './apply';
export { detectFormat, sniffFormat } from './detect';
export { ImportError, type ImportErrorReason } from './errors';
export { parseImport } from './parse';
export { fingerprint, planImport } from './plan/index';
export * from './progress';
export { MAX_IMPORT_BYTES } from './text';
export * from './types';

export interface PreviewRequest {
  fileName: string;
  bytes: Uint8Array;
  /** `auto` (default) detects the format from the content. */
  format?: ImportFormat | 'auto';
  parse?: ParseOptions;
  plan: PlanOptions;
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
  /** Told how far the preview is, stage by stage (see progress.ts). */
  onProgress?: ProgressListener;
}

export function previewImport(request: PreviewRequest, db: Readonly<Database>): ImportPreview {
  return atBoundary(request.fileName, () => {
    const listener = request.onProgress;
    const size = request.bytes.length;
    const read = listener ? stageReporter(listener, 'read', 'bytes') : undefined;
    read?.(0, size);
    // A format chosen explicitly is not detected again: its parser says what is wrong with the file.
    const chosen = request.format && request.format !== 'auto' ? request.format : undefined;
    const { format, text } = chosen
      ? { format: chosen, text: decodeImportBytes(request.fileName, request.bytes, request.maxBytes).text }
      : detectFormat(request.fileName, request.bytes, request.maxBytes);
    read?.(size, size);
    const parsed = parseImport(format, request.fileName, text, {
      ...request.parse,
      ownerEmails: request.parse?.ownerEmails ?? request.plan.ownerEmails,
      ...(listener ? { onProgress: stageReporter(listener, 'parse', 'items') } : {}),
    });
    return planImport(parsed, db, {
      ...request.plan,
      ...(listener ? { onProgress: stageReporter(listener, 'plan', 'items') } : {}),
    });
  });
}
