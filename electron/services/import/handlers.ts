/**
 * Importing a file (import.*): a preview in a worker (with progress and cancel), then one undoable write
 * (the pipeline: import-service.ts).
 */
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import { commitImport, createImportSession } from '../import-service';

export function importHandlers({
  store,
  history,
  deps,
  imports: options,
  desktop,
}: ServiceContext): HandlerSlice<'import'> {
  const imports = createImportSession(deps, {
    ...options,
    ...(desktop.chooseImportFile ? { chooseFile: desktop.chooseImportFile } : {}),
  });
  return {
    'import.preview': (request) => imports.preview(request, store.read()),
    'import.choose': () => imports.choose(),
    'import.cancel': async ({ jobId }) => imports.cancel(jobId),
    'import.commit': async ({ token, mergeDuplicates }) => {
      const plan = await imports.planFor(token, mergeDuplicates, store.read());
      const result = await history.record<{ counts: Record<string, number> }>(
        label('import', { file: plan.fileName }),
        (db) => ({ counts: commitImport(db, plan) }),
      );
      imports.done(token);
      return result;
    },
  };
}
