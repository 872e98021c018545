/** Undo and redo: what a change is called, and what undo and redo would do now. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';

/** A sentence to show, as an i18n key with its values, so it follows the UI language. */
export const Label = z.object({
  key: z.string().min(1).max(200),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export type Label = z.infer<typeof Label>;

export const HistoryState = z.object({
  /** The change undo would take back, newest first; absent when there is nothing to undo. */
  undo: Label.optional(),
  redo: Label.optional(),
  /** How many steps can be undone (at most the history's limit). */
  undoSteps: z.number().int().min(0),
  redoSteps: z.number().int().min(0),
});

export type HistoryState = z.infer<typeof HistoryState>;

export const HistoryResult = z.object({ label: Label, state: HistoryState });

export type HistoryResult = z.infer<typeof HistoryResult>;
