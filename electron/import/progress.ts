/**
 * Progress of an import preview, stage by stage: reading the bytes, reading the records (cards, rows,
 * events), planning them against the data. Parsers and the planner report items as they go; the reporter
 * passes on about a hundred updates per stage, so a caller across a thread or IPC is not flooded.
 */
import { IMPORT_STAGES } from '../../shared/ipc/contract';

export { IMPORT_STAGES };
export type ImportStage = (typeof IMPORT_STAGES)[number];
export type ProgressUnit = 'bytes' | 'items';

export interface ImportProgress {
  stage: ImportStage;
  done: number;
  total: number;
  unit: ProgressUnit;
  /** The whole preview's share done, 0 to 1 (stages weighted by their usual cost), for one progress bar. */
  fraction: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** What a parser or the planner calls: `done` of `total` records. Cheap to call for every record. */
export type ItemProgress = (done: number, total: number) => void;

/** Where each stage starts and ends on the way from 0 to 1: decoding is quick, the two others are not. */
const SPAN: Record<ImportStage, [number, number]> = { read: [0, 0.05], parse: [0.05, 0.6], plan: [0.6, 1] };
const UPDATES_PER_STAGE = 100;

/** An ItemProgress for one stage that tells `listener` at most about every hundredth step, and the last. */
export function stageReporter(
  listener: ProgressListener,
  stage: ImportStage,
  unit: ProgressUnit,
): ItemProgress {
  let next = 0;
  return (done, total) => {
    if (done < next && done < total) return;
    next = done + Math.max(1, Math.ceil(total / UPDATES_PER_STAGE));
    const [from, to] = SPAN[stage];
    const share = total > 0 ? Math.min(1, done / total) : 1;
    listener({ stage, done, total, unit, fraction: from + (to - from) * share });
  };
}
