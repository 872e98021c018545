/**
 * Committing a contact-log preview in one store write (run inside one `store.update`): the general apply
 * adds people and encounters; here the raised message counts and the coverage records follow. Undo is
 * the history's, as for every change (the whole write's before image).
 */
import type { Database } from '../../../shared/domain/schema';
import { applyImport, changesNothing } from '../apply';
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

export function contactLogChangesNothing(preview: ContactLogPreview): boolean {
  return (
    changesNothing(asImportPreview(preview)) &&
    preview.updatedEncounters.length === 0 &&
    preview.coverage.length === 0
  );
}
