/**
 * The layout worker's guess of the time slider's next date (renderer/src/scene/time-step-ahead.ts), with a
 * fake scene builder and task queue.
 */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../renderer/src/scene/filters';
import { nextStepDate, TimeStepAhead } from '../../../renderer/src/scene/time-step-ahead';
import type { SceneOptions } from '../../../renderer/src/scene/types';

const options: SceneOptions = {
  layout: 'ego',
  colourBy: 'kind',
  showTies: true,
  drift: 0,
  seed: 1,
  filters: NO_FILTERS,
  pins: {},
  ringCadenceDays: [7, 30, 90, 365],
};

function setUp() {
  const built: string[] = [];
  const tasks: (() => void)[] = [];
  const next = new TimeStepAhead(
    (asOf) => {
      built.push(asOf);
      return `scene of ${asOf}`;
    },
    (task) => tasks.push(task),
  );
  const runAll = () => {
    while (tasks.length > 0) tasks.shift()!();
  };
  return { next, built, tasks, runAll };
}

describe('the next step of the time slider', () => {
  it('is one more step the same way: days as days, a month as a month', () => {
    expect(nextStepDate('2026-11-07', '2026-10-08')).toBe('2026-09-08'); // 30 days back
    expect(nextStepDate('2026-01-01', '2026-01-08')).toBe('2026-01-15'); // a week on (play)
    expect(nextStepDate('2026-03-31', '2026-02-28')).toBe('2026-01-28'); // the step-back button
    expect(nextStepDate('2026-01-31', '2026-02-28')).toBe('2026-03-28'); // the step-forward button
    expect(nextStepDate('2026-05-01', '2026-05-02')).toBe('2026-05-03'); // an arrow key
  });

  it('keeps 30-day steps as days and month steps as months where a step is both', () => {
    // 7 December back 30 days is 7 November, also a month: the step before decides.
    expect(nextStepDate('2026-11-07', '2026-10-08', '2026-12-07')).toBe('2026-09-08');
    expect(nextStepDate('2026-10-08', '2026-09-08', '2026-11-07')).toBe('2026-08-09');
    expect(nextStepDate('2026-11-07', '2026-10-07', '2026-12-07')).toBe('2026-09-07');
    const walk = (dates: string[]) =>
      dates
        .slice(2)
        .every((d, i) => nextStepDate(dates[i]!, dates[i + 1]!, i > 0 ? dates[i - 1] : undefined) === d);
    const base = Date.parse('2026-12-07T12:00:00Z');
    const thirtyDays = Array.from({ length: 14 }, (_, i) =>
      new Date(base - i * 30 * 86_400_000).toISOString().slice(0, 10),
    );
    expect(walk(thirtyDays.slice(1))).toBe(true); // from the second step on, every guess right
    const months = ['2026-12-31', '2026-11-30', '2026-10-30', '2026-09-30', '2026-08-30', '2026-07-30'];
    expect(walk(months)).toBe(true);
  });

  it('is not guessed after a jump or no move', () => {
    expect(nextStepDate('2020-01-01', '2026-01-01')).toBeUndefined();
    expect(nextStepDate('2026-01-01', '2026-01-01')).toBeUndefined();
  });

  it('builds the guessed scene after two answers in a row, in a task of its own, and answers from it', () => {
    const { next, built, tasks, runAll } = setUp();
    expect(next.take(1, '2026-11-07', options)).toBeUndefined();
    next.answered(1, '2026-11-07', options);
    expect(tasks).toHaveLength(0); // one answer says nothing about the next
    expect(next.take(1, '2026-10-08', options)).toBeUndefined();
    next.answered(1, '2026-10-08', options);
    expect(built).toEqual([]); // nothing in the answering task itself
    runAll();
    expect(built).toEqual(['2026-09-08']);
    expect(next.take(1, '2026-09-08', options)).toBe('scene of 2026-09-08');
    expect(next.take(1, '2026-09-08', options)).toBeUndefined(); // taken once
  });

  it('guesses every 30-day step after the first two, as the benchmark steps', () => {
    const { next, runAll } = setUp();
    const base = Date.parse('2026-12-07T12:00:00Z');
    const hits: boolean[] = [];
    for (let i = 0; i <= 10; i++) {
      const d = new Date(base - i * 30 * 86_400_000).toISOString().slice(0, 10);
      hits.push(next.take(1, d, options) !== undefined);
      next.answered(1, d, options);
      runAll();
    }
    expect(hits).toEqual([false, false, false, ...Array(8).fill(true)]);
  });

  it('answers only the same data version, date and options', () => {
    for (const [version, asOf, opts] of [
      [2, '2026-09-08', options],
      [1, '2026-09-09', options],
      [1, '2026-09-08', { ...options, showTies: false }],
    ] as const) {
      const { next, runAll } = setUp();
      next.answered(1, '2026-11-07', options);
      next.answered(1, '2026-10-08', options);
      runAll();
      expect(next.take(version, asOf, opts)).toBeUndefined();
    }
  });

  it('does not start a guess once another request has come', () => {
    const { next, built, runAll } = setUp();
    next.answered(1, '2026-11-07', options);
    next.answered(1, '2026-10-08', options);
    next.take(1, '2026-03-01', options); // the user jumped elsewhere before the guess ran
    runAll();
    expect(built).toEqual([]);
  });

  it('guesses nothing across new data or new options, and forgets on new data', () => {
    const { next, built, runAll } = setUp();
    next.answered(1, '2026-11-07', options);
    next.answered(1, '2026-10-08', { ...options, colourBy: 'context' });
    next.answered(2, '2026-09-08', { ...options, colourBy: 'context' });
    runAll();
    expect(built).toEqual([]);
    next.answered(2, '2026-08-09', { ...options, colourBy: 'context' });
    next.reset();
    runAll();
    expect(built).toEqual([]);
  });

  it('gives up quietly when a scene cannot be built', () => {
    const tasks: (() => void)[] = [];
    const next = new TimeStepAhead(
      () => {
        throw new Error('no data');
      },
      (task) => tasks.push(task),
    );
    next.answered(1, '2026-11-07', options);
    next.answered(1, '2026-10-08', options);
    expect(() => tasks.shift()!()).not.toThrow();
    expect(next.take(1, '2026-09-08', options)).toBeUndefined();
  });
});
