/**
 * Depth engine speed (`npm run bench -- engine`). For seeded synthetic networks of 500 / 5,000 people and
 * 10,000 / 100,000 encounters it measures
 * - `engine.full`: computeNetwork for one date from scratch (index + every figure, timeline included),
 * - `engine.prepare`: building the index alone,
 * - `engine.at`: each further date on the prepared engine (time slider), everything, dates two weeks apart,
 * - `engine.snapshot`: the same without tie weights and timeline (people, rings, summary, neglected),
 * - `engine.at.uncached-months`: further dates months apart, each needing timeline months not yet computed,
 * and prints one JSON line per figure (median of the runs, milliseconds). Targets for 5,000 people and
 * 100,000 encounters: full ≤ 60 ms, each further date ≤ 30 ms.
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
const FULL_RUNS = 15;
const SLIDER_DATES = 40;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function emit(name: string, value: number, size: { people: number; encounters: number }, extra = {}): void {
  console.log(
    JSON.stringify({
      name,
      value: Math.round(value * 100) / 100,
      unit: 'ms',
      size: `${size.people} people, ${size.encounters} encounters`,
      people: size.people,
      encounters: size.encounters,
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

  const full: number[] = [];
  let result = computeNetwork({ ...data, asOf: END });
  for (let k = 0; k < FULL_RUNS; k++) {
    gc();
    const t0 = performance.now();
    result = computeNetwork({ ...data, asOf: END });
    full.push(performance.now() - t0);
  }
  const prep: number[] = [];
  for (let k = 0; k < FULL_RUNS; k++) {
    gc();
    const t0 = performance.now();
    prepareEngine(data);
    prep.push(performance.now() - t0);
  }

  // Time slider: a fresh prepared engine, then dates two weeks apart going back a year and a half.
  const engine = prepareEngine(data);
  engine.at(END);
  const slider: number[] = [];
  const snapshots: number[] = [];
  for (let k = 1; k <= SLIDER_DATES; k++) {
    const asOf = isoDate(dayOf(END) - 14 * k);
    let t0 = performance.now();
    engine.at(asOf);
    slider.push(performance.now() - t0);
    t0 = performance.now();
    engine.snapshot(isoDate(dayOf(asOf) - 7));
    snapshots.push(performance.now() - t0);
  }
  // Far jumps (each needs months not yet cached).
  const jumps: number[] = [];
  const fresh = prepareEngine(data);
  for (let k = 1; k <= 10; k++) {
    const asOf = isoDate(addMonths(dayOf(END), -4 * k));
    const t0 = performance.now();
    fresh.at(asOf);
    jumps.push(performance.now() - t0);
  }

  const details = {
    ties: result.ties.length,
    timelinePoints: result.timeline.length,
    neglected: result.neglected.length,
    archived: result.summary.archived,
  };
  emit('engine.full', median(full), size, {
    ...details,
    min: Math.round(Math.min(...full) * 100) / 100,
    max: Math.round(Math.max(...full) * 100) / 100,
  });
  emit('engine.prepare', median(prep), size, { min: Math.round(Math.min(...prep) * 100) / 100 });
  emit('engine.at', median(slider), size, {
    dates: SLIDER_DATES,
    max: Math.round(Math.max(...slider) * 100) / 100,
  });
  emit('engine.snapshot', median(snapshots), size, {
    dates: SLIDER_DATES,
    max: Math.round(Math.max(...snapshots) * 100) / 100,
  });
  emit('engine.at.uncached-months', median(jumps), size, { dates: 10 });
}
