/** The layout worker's warm-up (renderer/src/scene/warm-up.ts), with a fake scene builder and task queue. */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../renderer/src/scene/filters';
import type { SceneOptions } from '../../renderer/src/scene/types';
import { WarmUp } from '../../renderer/src/scene/warm-up';

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

function setUp(scenes = 3) {
  const built: string[] = [];
  const tasks: (() => void)[] = [];
  const warm = new WarmUp(
    (asOf) => {
      built.push(asOf);
      return `scene of ${asOf}`;
    },
    (task) => tasks.push(task),
    scenes,
  );
  const runAll = () => {
    while (tasks.length > 0) tasks.shift()!();
  };
  return { warm, built, tasks, runAll };
}

describe('the layout worker warm-up', () => {
  it('builds the months before the first scene, one per task, and keeps the month before', () => {
    const { warm, built, tasks, runAll } = setUp();
    expect(warm.take(1, '2026-11-27', options)).toBeUndefined(); // the first request: nothing kept yet
    warm.answered(1, '2026-11-27', options);
    expect(built).toEqual([]); // nothing in the answering task itself
    expect(tasks).toHaveLength(1);
    runAll();
    expect(built).toEqual(['2026-10-27', '2026-09-27', '2026-08-27']);
    // The step-back button asks for exactly the month before: answered from the warm-up.
    expect(warm.take(1, '2026-10-27', options)).toBe('scene of 2026-10-27');
    // Taken once.
    expect(warm.take(1, '2026-10-27', options)).toBeUndefined();
  });

  it('answers only the same data version, date and options', () => {
    for (const [version, asOf, opts] of [
      [2, '2026-10-27', options],
      [1, '2026-10-28', options],
      [1, '2026-10-27', { ...options, showTies: false }],
    ] as const) {
      const { warm, runAll } = setUp();
      warm.answered(1, '2026-11-27', options);
      runAll();
      expect(warm.take(version, asOf, opts)).toBeUndefined();
    }
  });

  it('stops as soon as another request comes, and runs once per worker', () => {
    const { warm, built, tasks, runAll } = setUp(6);
    warm.answered(1, '2026-11-27', options);
    tasks.shift()!(); // one warm-up scene
    expect(warm.take(1, '2026-05-01', options)).toBeUndefined(); // a real request in between
    runAll();
    expect(built).toEqual(['2026-10-27']);
    warm.answered(1, '2026-05-01', options); // later answers start nothing
    expect(tasks).toHaveLength(0);
  });

  it('forgets the kept scene and stops when new data comes', () => {
    const { warm, built, tasks } = setUp(6);
    warm.answered(1, '2026-11-27', options);
    tasks.shift()!();
    warm.reset();
    while (tasks.length > 0) tasks.shift()!();
    expect(built).toEqual(['2026-10-27']);
    expect(warm.take(1, '2026-10-27', options)).toBeUndefined();
  });

  it('gives up quietly when a scene cannot be built', () => {
    const tasks: (() => void)[] = [];
    const warm = new WarmUp(
      () => {
        throw new Error('no data');
      },
      (task) => tasks.push(task),
    );
    warm.answered(1, '2026-11-27', options);
    expect(() => tasks.shift()!()).not.toThrow();
    expect(tasks).toHaveLength(0);
  });
});
