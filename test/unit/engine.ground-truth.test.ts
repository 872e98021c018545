/**
 * Depth against a ground truth (test/harness/ground-truth.ts): on the Copenhagen calls and SMS with the
 * students' Facebook friendships and on the SocioPatterns face-to-face data, per ego, depth must tell
 * friends, colleagues of the same department and the ties that go on from the others better than the
 * naive scores computed from the same record — on average over every evaluation, not tied.
 *
 * The data sets are read from ../shared/datasets at test time (never copied into the project); without
 * them (a fresh clone) the test is skipped with a notice saying what is missing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { average, type Evaluation, evaluate, loadAll, SCORES } from '../harness/ground-truth';

const { datasets, missing } = loadAll();
if (missing.length > 0) {
  console.warn(
    `engine.ground-truth: skipped — the shared data sets are not here (${missing.join(', ')}). They sit beside the checkout on CI and developer machines.`,
  );
}

describe.skipIf(missing.length > 0)('depth against a ground truth', () => {
  let evaluations: Evaluation[];
  beforeAll(() => {
    evaluations = datasets.flatMap((ds) => evaluate(ds));
    const table = evaluations.map(
      (e) =>
        `${e.dataset.padEnd(32)} ${e.truth.padEnd(16)} ${e.measure.padEnd(8)} ${String(e.egos).padStart(4)} egos  ${SCORES.map((s) => `${s} ${e.mean[s].toFixed(3)}`).join('  ')}`,
    );
    console.log(`depth against a ground truth (per-ego means):\n${table.join('\n')}`);
  });

  it('reads every data set and evaluates enough people', () => {
    expect(datasets.map((d) => d.name)).toEqual([
      'Copenhagen (calls, SMS)',
      'SocioPatterns workplace_InVS15',
      'SocioPatterns workplace_InVS',
      'SocioPatterns SFHH',
    ]);
    // Four "met again" AUCs, three labels (friend, two departments), four graded ρ.
    expect(evaluations.filter((e) => e.measure === 'auc')).toHaveLength(7);
    expect(evaluations.filter((e) => e.measure === 'spearman')).toHaveLength(4);
    for (const e of evaluations) expect(e.egos, `${e.dataset} ${e.truth}`).toBeGreaterThanOrEqual(70);
  });

  it('beats every naive score on average: AUC over all truths', () => {
    const mean = average(evaluations, 'auc');
    for (const naive of ['encounters', 'minutes', 'days'] as const) {
      expect(mean.depth - mean[naive], `depth ${mean.depth} vs ${naive} ${mean[naive]}`).toBeGreaterThan(
        0.01,
      );
    }
  });

  it('beats every naive score on average: Spearman ρ with the contact that followed', () => {
    const mean = average(evaluations, 'spearman');
    for (const naive of ['encounters', 'minutes', 'days'] as const) {
      expect(mean.depth, `depth ${mean.depth} vs ${naive} ${mean[naive]}`).toBeGreaterThan(mean[naive]);
    }
  });

  it('beats time together and days with contact at telling friends and colleagues', () => {
    const labels = evaluations.filter((e) => e.truth === 'friend' || e.truth === 'same-department');
    const mean = (s: (typeof SCORES)[number]) =>
      labels.reduce((sum, e) => sum + e.mean[s], 0) / labels.length;
    expect(mean('depth')).toBeGreaterThan(mean('minutes'));
    expect(mean('depth')).toBeGreaterThan(mean('days'));
    expect(mean('depth')).toBeGreaterThan(mean('encounters'));
  });
});
