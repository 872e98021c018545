/** Importing a file (import.*): preview first, then one undoable write (the pipeline: import-service.ts). */
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import { commitImport, createImportSession } from '../import-service';

export function importHandlers({ store, history, deps }: ServiceContext): HandlerSlice<'import'> {
  const imports = createImportSession(deps);
  return {
    'import.preview': async (request) => imports.preview(request, store.read()),
    'import.commit': async ({ token, mergeDuplicates }) => {
      const result = await history.record<{ counts: Record<string, number> }>(
        (_counts, before) => label('import', { file: imports.planFor(token, false, before).fileName }),
        (db) => ({ counts: commitImport(db, imports.planFor(token, mergeDuplicates, store.read())) }),
      );
      imports.done(token);
      return result;
    },
  };
}
