/**
 * The handlers of the everyday-workflow channels (issue 5), and the undo labels of every change.
 * `createHandlers` (handlers.ts) spreads these in; every change runs through the history.
 */
import type { Database } from '../../shared/domain/schema';
import type { Label } from '../../shared/ipc/contract-workflow';
import type { Handlers } from '../ipc/handlers';
import type { Store } from '../store/types';
import {
  backupsOf,
  type DesktopActions,
  dataLocation,
  moveDataFile,
  openDataFolder,
  readBackup,
  replaceWithBackup,
} from './backups-service';
import { changeContext, removeContext, removeTie } from './catalog';
import { type ServiceDeps, stamp } from './deps';
import { findDuplicatePairs } from './duplicates';
import type { History } from './history';
import { commitImport, createImportSession } from './import-service';
import { mergeIntoDraft, previewMerge } from './merge';
import { quickLog } from './quick-log';
import { finishWelcome, markOnboarded, setPlan, snoozePerson } from './review';
import { loadSample } from './sample';

type WorkflowChannel =
  | 'history.state'
  | 'history.undo'
  | 'history.redo'
  | 'people.snooze'
  | 'people.duplicates'
  | 'people.mergePreview'
  | 'people.merge'
  | 'encounters.log'
  | 'contexts.update'
  | 'contexts.delete'
  | 'ties.delete'
  | 'plan.update'
  | 'welcome.finish'
  | 'sample.load'
  | 'import.preview'
  | 'import.commit'
  | 'backups.list'
  | 'backups.restore'
  | 'data.location'
  | 'data.openFolder'
  | 'data.move';

/** An undo label: `history:<key>` with its values. */
export function label(key: string, values?: Label['values']): Label {
  return values ? { key: `history:${key}`, values } : { key: `history:${key}` };
}

export const nameOf = (db: Readonly<Database>, id: string): string =>
  db.people.find((p) => p.id === id)?.displayName ?? id;

export function createWorkflowHandlers(
  store: Store,
  history: History,
  deps: ServiceDeps,
  desktop: DesktopActions,
): Pick<Handlers, WorkflowChannel> {
  const imports = createImportSession(deps);
  return {
    'history.state': async () => history.state(),
    'history.undo': () => history.undo(),
    'history.redo': () => history.redo(),
    'people.snooze': ({ id, until }) =>
      history.record(
        (person) => label(until ? 'snooze' : 'unsnooze', { name: person.displayName }),
        (db) => snoozePerson(db, id, until, deps),
      ),
    'people.duplicates': async () => findDuplicatePairs(store.read().people),
    'people.mergePreview': async ({ keepId, removeId }) =>
      previewMerge(store.read(), keepId, removeId, stamp(deps)),
    'people.merge': ({ keepId, removeId }) =>
      history.record(
        (_person, before) =>
          label('merge', { keep: nameOf(before, keepId), remove: nameOf(before, removeId) }),
        (db) => mergeIntoDraft(db, keepId, removeId, stamp(deps)).person,
      ),
    'encounters.log': (request) =>
      history.record(
        ({ encounter }) => label('logEncounter', { count: encounter.participants.length }),
        (db) => {
          markOnboarded(db);
          return quickLog(db, request, deps);
        },
      ),
    'contexts.update': ({ id, patch }) =>
      history.record(
        (context) => label('updateContext', { name: context.name }),
        (db) => changeContext(db, id, patch, deps),
      ),
    'contexts.delete': ({ id }) =>
      history.record(
        (_result, before) =>
          label('deleteContext', { name: before.contexts.find((c) => c.id === id)?.name ?? id }),
        (db) => {
          removeContext(db, id, deps);
          return { id, deleted: true as const };
        },
      ),
    'ties.delete': ({ id }) =>
      history.record(
        (_result, before) => {
          const tie = before.ties.find((t) => t.id === id);
          return label('deleteTie', {
            a: tie ? nameOf(before, tie.a) : id,
            b: tie ? nameOf(before, tie.b) : '',
          });
        },
        (db) => {
          removeTie(db, id);
          return { id, deleted: true as const };
        },
      ),
    'plan.update': (plan) => history.record(label('plan'), (db) => setPlan(db, plan)),
    'welcome.finish': () => history.record(label('welcome'), (db) => finishWelcome(db)),
    'sample.load': ({ locale, today }) =>
      history.record(label('sample'), (db) => loadSample(db, { locale, today })),
    'import.preview': async (request) => imports.preview(request, store.read()),
    'import.commit': async ({ token, mergeDuplicates }) => {
      const result = await history.record<{ counts: Record<string, number> }>(
        (_counts, before) => label('import', { file: imports.planFor(token, false, before).fileName }),
        (db) => ({ counts: commitImport(db, imports.planFor(token, mergeDuplicates, store.read())) }),
      );
      imports.done(token);
      return result;
    },
    'backups.list': () => backupsOf(store),
    'backups.restore': async ({ day }) => {
      const backup = await readBackup(store, day);
      return history.record(label('restore', { day }), (db) => replaceWithBackup(db, backup));
    },
    'data.location': async () => dataLocation(store, desktop),
    'data.openFolder': () => openDataFolder(store, desktop),
    'data.move': () => moveDataFile(store, desktop),
  };
}
