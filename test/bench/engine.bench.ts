/**
 * Depth engine speed (`npm run bench -- engine`). For seeded synthetic networks (shared/engine/synthetic.ts:
 * Dunbar-like layers, bursty contact, groups, several channels, four years) of 500 / 5,000 people and
 * 10,000 / 100,000 encounters it measures
 * - `engine.full`: computeNetwork for one date from scratch (index + every figure, ties and timeline),
 * - `engine.full.after-gc`: the same right after a forced full garbage collection,
 * - `engine.prepare`: building the index alone,
 * - `engine.at`: each further date on a prepared engine (time slider), everything, dates two weeks apart,
 * - `engine.snapshot`: the same without tie weights and timeline (people, rings, summary, neglected),
 * - `engine.at.uncached-months`: further dates months apart, each needing timeline months not yet computed,
 * and prints one JSON line per figure: `value` is the median wall-clock time in milliseconds, `cpu` the
 * median CPU time of the process over the same runs (less disturbed by other processes on a busy
 * machine), `min` the fastest run. Targets for 5,000 people and 100,000 encounters: full ≤ 60 ms, each
 * further date ≤ 30 ms.
 */
import { defaultModelParams } from '../../shared/domain/model-params';
import { addMonths, computeNetwork, dayOf, isoDate, prepareEngine } from '../../shared/engine';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';

const END = '2026-06-30';
const SIZES = [
  { people: 500, encounters: 10_000 },
  { people: 500, encounters: 100_000 },
  { people: 5_000, encounters: 10_000 },
  { people: 5_000, encounters: 100_000 },
];
const FULL_RUNS = 21;
const SLIDER_DATES = 40;

interface Runs {
  wall: number[];
  cpu: number[];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timed<T>(runs: Runs, work: () => T): T {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = work();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  runs.wall.push(wall);
  runs.cpu.push((c.user + c.system) / 1000);
  return out;
}

function emit(name: string, runs: Runs, size: { people: number; encounters: number }, extra = {}): void {
  console.log(
    JSON.stringify({
      name,
      value: r2(median(runs.wall)),
      unit: 'ms',
      size: `${size.people} people, ${size.encounters} encounters`,
      people: size.people,
      encounters: size.encounters,
      cpu: r2(median(runs.cpu)),
      min: r2(Math.min(...runs.wall)),
      max: r2(Math.max(...runs.wall)),
      runs: runs.wall.length,
      ...extra,
    }),
  );
}

for (const size of SIZES) {
  const net = generateSyntheticNetwork({
    seed: 42,
    people: size.people,
    encounters: size.encounters,
    end: END,
  });
  const data = {
    people: net.people,
    encounters: net.encounters,
    ties: net.ties,
    settings: defaultModelParams,
  };

  // Warm-up so the JIT has seen every path.
  for (let k = 0; k < 3; k++) computeNetwork({ ...data, asOf: END });

  // Steady state (the heap as a running app has it), and right after a full garbage collection, when the
  // first large allocations are slower (fresh pages from the system).
  const full: Runs = { wall: [], cpu: [] };
  const afterGc: Runs = { wall: [], cpu: [] };
  let result = computeNetwork({ ...data, asOf: END });
  for (let k = 0; k < FULL_RUNS; k++) {
    result = timed(full, () => computeNetwork({ ...data, asOf: END }));
  }
  for (let k = 0; k < 7; k++) {
    gc();
    timed(afterGc, () => computeNetwork({ ...data, asOf: END }));
  }
  const prep: Runs = { wall: [], cpu: [] };
  for (let k = 0; k < FULL_RUNS; k++) timed(prep, () => prepareEngine(data));

  // Time slider: a fresh prepared engine, then dates two weeks apart going back a year and a half.
  const engine = prepareEngine(data);
  engine.at(END);
  const slider: Runs = { wall: [], cpu: [] };
  const snapshots: Runs = { wall: [], cpu: [] };
  for (let k = 1; k <= SLIDER_DATES; k++) {
    const asOf = isoDate(dayOf(END) - 14 * k);
    timed(slider, () => engine.at(asOf));
    timed(snapshots, () => engine.snapshot(isoDate(dayOf(asOf) - 7)));
  }
  // Far jumps: each needs months of the timeline not computed yet.
  const jumps: Runs = { wall: [], cpu: [] };
  const fresh = prepareEngine(data);
  for (let k = 1; k <= 10; k++) {
    const asOf = isoDate(addMonths(dayOf(END), -4 * k));
    timed(jumps, () => fresh.at(asOf));
  }

  emit('engine.full', full, size, {
    ties: result.ties.length,
    timelinePoints: result.timeline.length,
    neglected: result.neglected.length,
    archived: result.summary.archived,
  });
  emit('engine.full.after-gc', afterGc, size);
  emit('engine.prepare', prep, size);
  emit('engine.at', slider, size);
  emit('engine.snapshot', snapshots, size);
  emit('engine.at.uncached-months', jumps, size);
}
