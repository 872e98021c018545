/**
 * Undo and redo for every change made through the app.
 *
 * Each recorded change runs in one `store.update`; inside it, after the change, the before/after image
 * of the records it touched is taken (history-diff.ts) together with a label the renderer translates
 * ("Delete Anna Berger"). Undo applies the image backwards in one durable write of its own, redo
 * forwards again: an undo is a change like any other, written with the same guarantees, so no data is
 * ever lost — a step that can no longer be applied fails and writes nothing.
 *
 * The history lives in the main process's memory, bounded to `limit` steps (100). It outlives reloads
 * of the window (the renderer asks `history.state` again) but not a restart of the app. Kept in memory
 * on purpose: the images are references to the immutable records the store holds anyway, so they cost
 * almost nothing; a persisted history would be a second file that must stay in step with the data
 * file, and a crash between the two writes would leave an undo that applies to the wrong data. The
 * daily backups cover what lies before the start of the app.
 *
 * All recorded operations run one after the other through a queue of their own, so a step is on the
 * stack before the next operation looks at it.
 */
import type { Database } from '../../../shared/domain/schema';
import type { HistoryState, Label } from '../../../shared/ipc/contract';
import { AppError } from '../../errors';
import type { Store } from '../../store/types';
import { applyDiff, type DatabaseDiff, diffDatabase } from './history-diff';

export interface HistoryStep {
  label: Label;
  diff: DatabaseDiff;
}

/** A label, fixed or made from the change's result and the data as it was before it. */
export type LabelFor<T> = Label | ((result: T, before: Readonly<Database>) => Label);

export interface History {
  /** Runs `mutate` in one store write and remembers how to take it back. */
  record<T>(label: LabelFor<T>, mutate: (draft: Database) => T): Promise<T>;
  undo(): Promise<{ label: Label; state: HistoryState }>;
  redo(): Promise<{ label: Label; state: HistoryState }>;
  state(): HistoryState;
}

export const DEFAULT_HISTORY_LIMIT = 100;

export function createHistory(store: Store, limit = DEFAULT_HISTORY_LIMIT): History {
  const undoStack: HistoryStep[] = [];
  const redoStack: HistoryStep[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `work` after every earlier operation has finished (successfully or not). */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => {});
    return result;
  };

  const state = (): HistoryState => ({
    ...(undoStack.length > 0 ? { undo: undoStack[undoStack.length - 1]!.label } : {}),
    ...(redoStack.length > 0 ? { redo: redoStack[redoStack.length - 1]!.label } : {}),
    undoSteps: undoStack.length,
    redoSteps: redoStack.length,
  });

  const step = (direction: 'undo' | 'redo') =>
    serial(async () => {
      const from = direction === 'undo' ? undoStack : redoStack;
      const to = direction === 'undo' ? redoStack : undoStack;
      const next = from[from.length - 1];
      if (!next) {
        throw new AppError(
          'conflict',
          direction === 'undo' ? 'there is nothing to undo' : 'there is nothing to redo',
        );
      }
      await store.update((draft) => applyDiff(draft, next.diff, direction));
      from.pop();
      to.push(next);
      return { label: next.label, state: state() };
    });

  return {
    record(label, mutate) {
      return serial(async () => {
        let taken: HistoryStep | undefined;
        const result = await store.update((draft) => {
          const before = store.read();
          const value = mutate(draft);
          const diff = diffDatabase(before, draft);
          if (diff) taken = { label: typeof label === 'function' ? label(value, before) : label, diff };
          return value;
        });
        if (taken) {
          undoStack.push(taken);
          if (undoStack.length > limit) undoStack.splice(0, undoStack.length - limit);
          redoStack.length = 0;
        }
        return result;
      });
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    state,
  };
}
