/**
 * Depth against a ground truth: real contact data from `../shared/datasets` (read at test time, never
 * copied into the project), turned into one Tiefgang record per person ("ego") and scored by the engine,
 * side by side with the naive scores a person could compute from the same record — the number of
 * encounters, the minutes together, the days with contact.
 *
 * Truths:
 * - `friend` (Copenhagen Networks Study): the two are Facebook friends. AUC per ego.
 * - `same-department` (SocioPatterns offices InVS13, InVS15): the two work in the same department.
 * - `met-again`: contact in the second half of the data, predicted from the first half (every set); and
 *   graded, `future-contact`: how much contact in the second half (minutes for face-to-face data, calls and
 *   messages for phone data) — Spearman ρ per ego.
 *
 * Per ego only the people they had contact with are compared (everyone else scores 0 on every score, which
 * would make every score look alike); an ego counts for an AUC when they have people on both sides of the
 * truth, for ρ when they have at least three people.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { defaultModelParams, type ModelParams } from '../../shared/domain/model-params';
import type { Channel } from '../../shared/domain/schema';
import { dayOf, type EngineEncounter, type EnginePerson, isoDate, prepareEngine } from '../../shared/engine';
import { REPO_ROOT, sharedRoot } from './shared-material';

/** Where the shared data sets live: beside the project checkout (or the checkout a worktree belongs to). */
export const DATASETS = join(sharedRoot() ?? join(REPO_ROOT, '..', 'shared'), 'datasets');

/** The data give seconds from their start, no calendar dates: day 0 is placed on a Monday. */
const DAY0 = dayOf('2024-01-08');

/** One contact seen from one side: `ego` had it with `alter`. */
export interface Contact {
  ego: number;
  alter: number;
  /** Seconds from the start of the data. */
  t: number;
  channel: Channel;
  minutes?: number;
  initiator?: 'me' | 'them';
  attempt?: boolean;
}

export interface Dataset {
  name: string;
  contacts: Contact[];
  /** The binary truth about a pair, where the data set has one. */
  label?: { name: 'friend' | 'same-department'; holds: (ego: number, alter: number) => boolean };
  /** How the second half is measured for the graded truth. */
  futureMeasure: 'minutes' | 'contacts';
}

/**
 * The scores compared: depth, the three naive scores, and for reference the first version of strength
 * (decayed Σ channel weight × (1 + ln(1 + minutes/60)) in person and on video), which depth replaced.
 */
export const SCORES = ['depth', 'encounters', 'minutes', 'days', 'firstVersion'] as const;
export type ScoreName = (typeof SCORES)[number];

export interface Evaluation {
  dataset: string;
  truth: 'friend' | 'same-department' | 'met-again' | 'future-contact';
  measure: 'auc' | 'spearman';
  egos: number;
  /** Mean over the egos of the per-ego AUC or ρ, per score. */
  mean: Record<ScoreName, number>;
}

// -- Loading ---------------------------------------------------------------------------------------------

function gz(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

function csvRows(text: string): number[][] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').map(Number));
}

/** Copenhagen Networks Study: calls (duration −1 = missed) and SMS, both directed; Facebook friendships. */
export function loadCopenhagen(dir = join(DATASETS, 'copenhagen')): Dataset | undefined {
  const files = ['calls.csv.gz', 'sms.csv.gz', 'fb_friends.csv.gz'].map((f) => join(dir, f));
  if (!files.every(existsSync)) return undefined;
  const [calls, sms, friends] = files.map((f) => csvRows(gz(f))) as [number[][], number[][], number[][]];
  const contacts: Contact[] = [];
  for (const [t, caller, callee, duration] of calls as [number, number, number, number][]) {
    if (caller === callee) continue;
    const attempt = duration < 0;
    const minutes = attempt ? 0 : duration / 60;
    contacts.push({ ego: caller, alter: callee, t, channel: 'call', minutes, initiator: 'me', attempt });
    contacts.push({ ego: callee, alter: caller, t, channel: 'call', minutes, initiator: 'them', attempt });
  }
  for (const [t, sender, recipient] of sms as [number, number, number][]) {
    if (sender === recipient) continue;
    contacts.push({ ego: sender, alter: recipient, t, channel: 'message', initiator: 'me' });
    contacts.push({ ego: recipient, alter: sender, t, channel: 'message', initiator: 'them' });
  }
  const pairs = new Set(friends.map(([a, b]) => pairKey(a as number, b as number)));
  return {
    name: 'Copenhagen (calls, SMS)',
    contacts,
    label: { name: 'friend', holds: (a, b) => pairs.has(pairKey(a, b)) },
    futureMeasure: 'contacts',
  };
}

/**
 * SocioPatterns: `t i j` rows, one per 20-second window of face-to-face proximity; consecutive windows of a
 * pair (at most 60 s apart) are one encounter lasting from the first window's start to the last's end.
 */
export function loadSocioPatterns(file: string, metadata?: string): Dataset | undefined {
  const path = join(DATASETS, 'sociopatterns', file);
  if (!existsSync(path)) return undefined;
  const text = file.endsWith('.zip')
    ? execFileSync('unzip', ['-p', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : gz(path);
  const byPair = new Map<number, number[]>();
  for (const line of text.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/).map(Number);
    if (parts.length !== 3 || parts.some((x) => !Number.isInteger(x))) continue;
    const [t, i, j] = parts as [number, number, number];
    const key = pairKey(i, j);
    const list = byPair.get(key);
    if (list) list.push(t);
    else byPair.set(key, [t]);
  }
  const contacts: Contact[] = [];
  for (const [key, times] of byPair) {
    const a = Math.floor(key / PAIR_BASE);
    const b = key % PAIR_BASE;
    times.sort((x, y) => x - y);
    for (let k = 0; k < times.length; ) {
      const start = times[k] as number;
      while (k + 1 < times.length && (times[k + 1] as number) - (times[k] as number) <= 60) k++;
      const minutes = ((times[k] as number) - start + 20) / 60;
      contacts.push({ ego: a, alter: b, t: start - 20, channel: 'in_person', minutes });
      contacts.push({ ego: b, alter: a, t: start - 20, channel: 'in_person', minutes });
      k++;
    }
  }
  let label: Dataset['label'];
  const metaPath = metadata ? join(DATASETS, 'sociopatterns', metadata) : undefined;
  if (metaPath && existsSync(metaPath)) {
    const department = new Map(
      readFileSync(metaPath, 'utf8')
        .trim()
        .split(/\r?\n/)
        .map((line) => line.trim().split(/\s+/))
        .map(([id, dept]) => [Number(id), dept] as const),
    );
    label = {
      name: 'same-department',
      holds: (x, y) => department.has(x) && department.get(x) === department.get(y),
    };
  }
  return {
    name: `SocioPatterns ${file.replace(/_tij\.dat\.(gz|zip)$/, '')}`,
    contacts,
    ...(label ? { label } : {}),
    futureMeasure: 'minutes',
  };
}

/** Every data set found, and the files looked for in vain. */
export function loadAll(): { datasets: Dataset[]; missing: string[] } {
  const tries: [string, () => Dataset | undefined][] = [
    ['copenhagen/', () => loadCopenhagen()],
    [
      'sociopatterns/workplace_InVS15_tij.dat.gz',
      () => loadSocioPatterns('workplace_InVS15_tij.dat.gz', 'workplace_InVS15_metadata.txt'),
    ],
    [
      'sociopatterns/workplace_InVS_tij.dat.zip',
      () => loadSocioPatterns('workplace_InVS_tij.dat.zip', 'workplace_InVS_metadata.txt'),
    ],
    ['sociopatterns/SFHH_tij.dat.gz', () => loadSocioPatterns('SFHH_tij.dat.gz')],
  ];
  const datasets: Dataset[] = [];
  const missing: string[] = [];
  for (const [what, load] of tries) {
    const ds = load();
    if (ds) datasets.push(ds);
    else missing.push(join(DATASETS, what));
  }
  return { datasets, missing };
}

const PAIR_BASE = 100_000;
function pairKey(a: number, b: number): number {
  return a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
}

// -- Scoring ---------------------------------------------------------------------------------------------

const dayOfContact = (c: Contact) => Math.floor(c.t / 86_400);

/** Every score for each alter of one ego, from the ego's contacts up to and including `lastDay`. */
function scoresOf(ego: number, contacts: Contact[], lastDay: number, params: ModelParams) {
  const alters = [...new Set(contacts.map((c) => c.alter))].sort((a, b) => a - b);
  const people: EnginePerson[] = alters.map((a) => ({ id: String(a), displayName: `P${a}`, kind: 'other' }));
  const encounters: EngineEncounter[] = contacts.map((c, k) => ({
    id: `${ego}-${k}`,
    date: isoDate(DAY0 + dayOfContact(c)),
    participants: [String(c.alter)],
    channel: c.channel,
    ...(c.minutes !== undefined ? { durationMinutes: c.minutes } : {}),
    ...(c.initiator ? { initiator: c.initiator } : {}),
    ...(c.attempt ? { attempt: true } : {}),
  }));
  const result = prepareEngine({ people, encounters, ties: [], settings: params }).snapshot(
    isoDate(DAY0 + lastDay),
  );
  const depth = new Map(result.people.map((p) => [Number(p.id), p.depth]));
  const naive = new Map<number, { encounters: number; minutes: number; days: Set<number>; first: number }>();
  for (const c of contacts) {
    if (c.attempt) continue;
    let n = naive.get(c.alter);
    if (!n) {
      n = { encounters: 0, minutes: 0, days: new Set(), first: 0 };
      naive.set(c.alter, n);
    }
    n.encounters++;
    n.minutes += c.minutes ?? 0;
    n.days.add(dayOfContact(c));
    const timed = c.minutes !== undefined && (c.channel === 'in_person' || c.channel === 'video');
    n.first +=
      params.channelWeights[c.channel] *
      (timed ? Math.min(3, 1 + Math.log1p((c.minutes as number) / 60)) : 1) *
      2 ** (-(lastDay - dayOfContact(c)) / params.halfLifeDays);
  }
  return alters.map((alter) => {
    const n = naive.get(alter);
    return {
      alter,
      depth: depth.get(alter) ?? 0,
      encounters: n?.encounters ?? 0,
      minutes: n?.minutes ?? 0,
      days: n?.days.size ?? 0,
      firstVersion: n?.first ?? 0,
    } satisfies Record<ScoreName, number> & { alter: number };
  });
}

/** The AUC of `scores` for telling `truth` apart (Mann–Whitney, ties count half); undefined without both sides. */
export function auc(scores: readonly number[], truth: readonly boolean[]): number | undefined {
  const ranks = averageRanks(scores);
  let positives = 0;
  let rankSum = 0;
  truth.forEach((t, i) => {
    if (t) {
      positives++;
      rankSum += ranks[i] as number;
    }
  });
  const negatives = truth.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Spearman's ρ with average ranks for ties; undefined when either side is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number | undefined {
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const n = x.length;
  const mx = rx.reduce((a, b) => a + b, 0) / n;
  const my = ry.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((rx[i] as number) - mx) * ((ry[i] as number) - my);
    sxx += ((rx[i] as number) - mx) ** 2;
    syy += ((ry[i] as number) - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : undefined;
}

/** 1-based ranks, ties sharing the average rank. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[k] as number]) end++;
    for (let q = k; q <= end; q++) ranks[order[q] as number] = (k + end) / 2 + 1;
    k = end + 1;
  }
  return ranks;
}

class Means {
  readonly sums = Object.fromEntries(SCORES.map((s) => [s, 0])) as Record<ScoreName, number>;
  egos = 0;

  /** Adds one ego's figures, when every score has one (a constant score counts as no skill: 0.5 / 0). */
  add(figure: (score: ScoreName) => number | undefined, none: number): void {
    const values = SCORES.map((s) => figure(s));
    if (values[0] === undefined && values.every((v) => v === undefined)) return;
    this.egos++;
    SCORES.forEach((s, i) => {
      this.sums[s] += values[i] ?? none;
    });
  }

  mean(): Record<ScoreName, number> {
    return Object.fromEntries(
      SCORES.map((s) => [s, this.egos ? this.sums[s] / this.egos : Number.NaN]),
    ) as Record<ScoreName, number>;
  }
}

/** Every evaluation a data set supports. */
export function evaluate(ds: Dataset, params: ModelParams = defaultModelParams): Evaluation[] {
  const byEgo = new Map<number, Contact[]>();
  for (const c of ds.contacts) {
    const list = byEgo.get(c.ego);
    if (list) list.push(c);
    else byEgo.set(c.ego, [c]);
  }
  const days = ds.contacts.map(dayOfContact);
  const lastDay = Math.max(...days);
  const split = Math.floor((Math.min(...days) + lastDay) / 2);
  const label = new Means();
  const again = new Means();
  const graded = new Means();
  for (const [ego, contacts] of [...byEgo].sort((a, b) => a[0] - b[0])) {
    if (ds.label) {
      const rows = scoresOf(ego, contacts, lastDay, params);
      const truth = rows.map((r) => ds.label!.holds(ego, r.alter));
      const known = auc(
        rows.map(() => 0),
        truth,
      );
      if (known !== undefined)
        label.add(
          (s) =>
            auc(
              rows.map((r) => r[s]),
              truth,
            ),
          0.5,
        );
    }
    const before = contacts.filter((c) => dayOfContact(c) <= split);
    const rows = scoresOf(ego, before, split, params);
    if (rows.length < 3) continue;
    const later = new Map<number, number>();
    for (const c of contacts) {
      if (dayOfContact(c) <= split || c.attempt) continue;
      const amount = ds.futureMeasure === 'minutes' ? (c.minutes ?? 0) : 1;
      later.set(c.alter, (later.get(c.alter) ?? 0) + amount);
    }
    const future = rows.map((r) => later.get(r.alter) ?? 0);
    const met = future.map((f) => f > 0);
    if (auc(future, met) !== undefined)
      again.add(
        (s) =>
          auc(
            rows.map((r) => r[s]),
            met,
          ),
        0.5,
      );
    if (spearman(future, future) !== undefined)
      graded.add(
        (s) =>
          spearman(
            rows.map((r) => r[s]),
            future,
          ),
        0,
      );
  }
  const out: Evaluation[] = [];
  if (ds.label)
    out.push({
      dataset: ds.name,
      truth: ds.label.name,
      measure: 'auc',
      egos: label.egos,
      mean: label.mean(),
    });
  out.push({ dataset: ds.name, truth: 'met-again', measure: 'auc', egos: again.egos, mean: again.mean() });
  out.push({
    dataset: ds.name,
    truth: 'future-contact',
    measure: 'spearman',
    egos: graded.egos,
    mean: graded.mean(),
  });
  return out;
}

/** The mean over evaluations of one measure, per score. */
export function average(evaluations: readonly Evaluation[], measure: Evaluation['measure']) {
  const chosen = evaluations.filter((e) => e.measure === measure && e.egos > 0);
  return Object.fromEntries(
    SCORES.map((s) => [s, chosen.reduce((sum, e) => sum + e.mean[s], 0) / chosen.length]),
  ) as Record<ScoreName, number>;
}
