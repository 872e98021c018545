/**
 * Depth against a ground truth (`npm run bench -- truth`): for each data set in ../shared/datasets and each
 * truth it supports (Facebook friends, same department, met again, contact that followed), the per-ego mean
 * AUC or Spearman ρ of depth and, side by side in the same run, of the naive scores (encounters, minutes,
 * days with contact) and of the first version of strength; then the means over all truths. Also the
 * review on networks with planted neglect (test/harness/planted-network.ts): ties found, false alarms.
 * One JSON line per figure. See test/harness/ground-truth.ts for the method.
 */
import { computeNetwork } from '../../shared/engine';
import { average, evaluate, loadAll, SCORES } from '../harness/ground-truth';
import { plantedNetwork } from '../harness/planted-network';

const { datasets, missing } = loadAll();
if (missing.length > 0) console.error(`depth-truth: not found, left out: ${missing.join(', ')}`);
const all = [];
for (const ds of datasets) {
  const started = performance.now();
  const evaluations = evaluate(ds);
  all.push(...evaluations);
  for (const e of evaluations) {
    for (const score of SCORES) {
      console.log(
        JSON.stringify({
          name: `truth.${e.truth}.${score}`,
          value: Number(e.mean[score].toFixed(4)),
          unit: e.measure === 'auc' ? 'AUC' : 'rho',
          size: `${e.egos} egos, ${ds.name}`,
          dataset: ds.name,
          egos: e.egos,
        }),
      );
    }
  }
  console.error(`depth-truth: ${ds.name} in ${(performance.now() - started).toFixed(0)} ms`);
}
for (const measure of ['auc', 'spearman'] as const) {
  const mean = average(all, measure);
  const count = all.filter((e) => e.measure === measure).length;
  for (const score of SCORES) {
    console.log(
      JSON.stringify({
        name: `truth.mean.${score}`,
        value: Number(mean[score].toFixed(4)),
        unit: measure === 'auc' ? 'AUC' : 'rho',
        size: `${count} evaluations, ${datasets.length} data sets`,
      }),
    );
  }
}
let found = 0;
let planted = 0;
let falseAlarms = 0;
const seeds = [12, 13, 14, 15, 16];
for (const seed of seeds) {
  const net = plantedNetwork(seed);
  const overdue = computeNetwork(net).review.overdue.map((i) => i.id);
  planted += net.planted.size;
  found += overdue.filter((id) => net.planted.has(id)).length;
  falseAlarms += overdue.filter((id) => !net.planted.has(id)).length;
}
const size = `${seeds.length} networks of ${plantedNetwork(seeds[0]).people.length} people, ${planted} planted`;
console.log(JSON.stringify({ name: 'review.planted.found', value: found, unit: 'ties', size, of: planted }));
console.log(JSON.stringify({ name: 'review.planted.false-alarms', value: falseAlarms, unit: 'ties', size }));
