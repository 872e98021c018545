/**
 * Committing a contact-log preview in one store write (run inside one `store.update`), and taking it
 * back in one: the general apply adds people and encounters; here the raised message counts and the
 * coverage records follow. Undo gives an encounter its earlier counts only if nobody changed it since.
 */
import type { Database } from '../../../shared/domain/schema';
import { applyImport, changesNothing, undoImport } from '../apply';
import type { ImportPreview } from '../types';
import type { ContactLogPreview } from './plan';

const asImportPreview = (preview: ContactLogPreview) => preview as unknown as ImportPreview;

export function applyContactLog(preview: ContactLogPreview, draft: Database): void {
  applyImport(asImportPreview(preview), draft);
  if (preview.updatedEncounters.length > 0) {
    const raised = new Map(preview.updatedEncounters.map((u) => [u.updated.id, u.updated]));
    draft.encounters = draft.encounters.map((e) => raised.get(e.id) ?? e);
  }
  if (preview.coverage.length > 0) draft.coverage = [...draft.coverage, ...preview.coverage];
}

export function undoContactLog(preview: ContactLogPreview, draft: Database): void {
  undoImport(asImportPreview(preview), draft);
  if (preview.updatedEncounters.length > 0) {
    const back = new Map(preview.updatedEncounters.map((u) => [u.updated.id, u]));
    draft.encounters = draft.encounters.map((e) => {
      const u = back.get(e.id);
      return u && JSON.stringify(e) === JSON.stringify(u.updated) ? u.original : e;
    });
  }
  if (preview.coverage.length > 0) {
    const added = new Set(preview.coverage.map((c) => c.id));
    draft.coverage = draft.coverage.filter((c) => !added.has(c.id));
  }
}

export function contactLogChangesNothing(preview: ContactLogPreview): boolean {
  return (
    changesNothing(asImportPreview(preview)) &&
    preview.updatedEncounters.length === 0 &&
    preview.coverage.length === 0
  );
}
