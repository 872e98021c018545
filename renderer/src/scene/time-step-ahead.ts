/**
 * The layout worker's guess of the time slider's next date. The slider moves in steps — the play
 * button by a fixed number of days, the step buttons by a month, the arrow keys by a day — so after two
 * answers in a row for the same data and options, the next request is most likely one more step the
 * same way. While the page draws the answer, the worker builds the scene of that date in a task of its
 * own and keeps it; a request for exactly that date is answered from it. A request that comes before
 * the guess has started cancels it; one that comes while it is being built waits for it (the time of one
 * scene, as when the worker is busy with any other request), and a wrong guess is dropped.
 *
 * Pure logic: the worker passes how to build a scene and how to schedule a task (tested with fakes).
 */
import { addMonths, dayOf, isoDate } from '../../../shared/engine/dates';
import type { SceneOptions } from './types';

/** Further than this between two answers is a jump, not a step: nothing is guessed. */
const MAX_STEP_DAYS = 400;

/**
 * The date one more step from `previous` to `current` goes to: a month step stays a month step, any
 * other step keeps its days. A step that is both a month and a number of days (30 days back from
 * 7 December is 7 November) is taken as the step before it was (`before`, the date before `previous`):
 * 30-day steps stay 30-day steps, month steps month steps.
 */
export function nextStepDate(previous: string, current: string, before?: string): string | undefined {
  const from = dayOf(previous);
  const to = dayOf(current);
  if (from === to || Math.abs(to - from) > MAX_STEP_DAYS) return undefined;
  const months = to > from ? 1 : -1;
  const isMonthStep = (a: number, b: number) => addMonths(a, months) === b;
  const earlier = before === undefined ? undefined : dayOf(before);
  const monthBefore = earlier === undefined || earlier === from || isMonthStep(earlier, from);
  if (isMonthStep(from, to) && monthBefore) return isoDate(addMonths(to, months));
  return isoDate(to + (to - from));
}

export class TimeStepAhead<S> {
  private last: { version: number; asOf: string; key: string; before: string | undefined } | undefined;
  private kept: { version: number; asOf: string; key: string; scene: S } | undefined;
  /** Bumped by every request: a guess scheduled before it is not started. */
  private generation = 0;

  constructor(
    private readonly build: (asOf: string, options: SceneOptions) => S,
    private readonly schedule: (task: () => void) => void,
  ) {}

  /** The guessed scene if it answers exactly this request; a request also cancels a guess not started. */
  take(version: number, asOf: string, options: SceneOptions): S | undefined {
    this.generation++;
    const kept = this.kept;
    this.kept = undefined;
    return kept && kept.version === version && kept.asOf === asOf && kept.key === key(options)
      ? kept.scene
      : undefined;
  }

  /** A request was answered: guess the next one from this answer and the one before. */
  answered(version: number, asOf: string, options: SceneOptions): void {
    const k = key(options);
    const last = this.last;
    const same = last !== undefined && last.version === version && last.key === k;
    this.last = { version, asOf, key: k, before: same ? last.asOf : undefined };
    if (!same) return;
    const next = nextStepDate(last.asOf, asOf, last.before);
    if (next === undefined) return;
    const generation = this.generation;
    this.schedule(() => {
      if (generation !== this.generation) return;
      try {
        this.kept = { version, asOf: next, key: k, scene: this.build(next, options) };
      } catch {
        // A failed guess changes nothing: the request builds its scene as usual.
      }
    });
  }

  /** New data: nothing kept or guessed is valid any more. */
  reset(): void {
    this.generation++;
    this.kept = undefined;
    this.last = undefined;
  }
}

function key(options: SceneOptions): string {
  return JSON.stringify(options);
}
