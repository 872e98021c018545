/**
 * Real data: a week and a half of face-to-face contacts in an office (SocioPatterns InVS15, CC0; read
 * from ../shared/datasets/sociopatterns, see its README; skipped with a notice where it is absent). One
 * person is the owner; the people they spent the most time with must come out as their closest ties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultModelParams } from '../../shared/domain/model-params';
import {
  computeNetwork,
  dayOf,
  type EngineEncounter,
  type EnginePerson,
  type EngineTie,
  isoDate,
  type NetworkResult,
  tieList,
} from '../../shared/engine';
import { sharedMaterial } from '../harness/shared-material';

const DATA = sharedMaterial('the SocioPatterns engine test', 'datasets', 'sociopatterns');
const DIR = DATA.path;
const OWNER = 366;
const WINDOW = 20; // seconds
/** The data's day 0, placed on a Monday (the data give no calendar date; its days fall Monday to Friday). */
const DAY0 = dayOf('2015-06-01');

interface Contact {
  t: number;
  i: number;
  j: number;
}

function readContacts(): Contact[] {
  const text = gunzipSync(readFileSync(join(DIR, 'workplace_InVS15_tij.dat.gz'))).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, n) => {
      const [t, i, j] = line.trim().split(/\s+/).map(Number);
      if (!Number.isInteger(t) || !Number.isInteger(i) || !Number.isInteger(j)) {
        throw new Error(`workplace_InVS15_tij.dat.gz line ${n + 1}: expected "t i j", got "${line}"`);
      }
      return { t: t!, i: i!, j: j! };
    });
}

/** Seconds since day 0 → a date-time on that wall-clock day, in French summer time. */
function dateTime(seconds: number): string {
  const day = Math.floor(seconds / 86400);
  const rest = seconds - day * 86400;
  const hh = String(Math.floor(rest / 3600)).padStart(2, '0');
  const mm = String(Math.floor((rest % 3600) / 60)).padStart(2, '0');
  return `${isoDate(DAY0 + day)}T${hh}:${mm}+02:00`;
}

/** A pair's share of contact rated 1–5, for the explicit ties between the other people. */
function rating(windows: number): 1 | 2 | 3 | 4 | 5 {
  return windows >= 1000 ? 5 : windows >= 200 ? 4 : windows >= 50 ? 3 : windows >= 10 ? 2 : 1;
}

let contacts: Contact[];
let secondsWith: Map<number, number>;
let encounters: EngineEncounter[];
let result: NetworkResult;

beforeAll(() => {
  if (DATA.missing) return;
  contacts = readContacts();
  const departments = new Map(
    readFileSync(join(DIR, 'workplace_InVS15_metadata.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('\t') as [string, string])
      .map(([id, dept]) => [Number(id), dept.trim()] as const),
  );

  // The owner's contacts, per partner in time order, merged into runs of consecutive windows.
  const windowsWith = new Map<number, number[]>();
  const pairWindows = new Map<string, number>();
  for (const { t, i, j } of contacts) {
    if (i === OWNER || j === OWNER) {
      const other = i === OWNER ? j : i;
      const list = windowsWith.get(other) ?? [];
      windowsWith.set(other, list);
      list.push(t);
    } else {
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      pairWindows.set(key, (pairWindows.get(key) ?? 0) + 1);
    }
  }
  encounters = [];
  secondsWith = new Map();
  for (const [other, times] of windowsWith) {
    times.sort((a, b) => a - b);
    secondsWith.set(other, times.length * WINDOW);
    for (let k = 0; k < times.length; ) {
      const start = k;
      while (k + 1 < times.length && times[k + 1]! - times[k]! <= WINDOW) k++;
      const seconds = (k - start + 1) * WINDOW;
      encounters.push({
        id: `e${encounters.length + 1}`,
        date: dateTime(times[start]! - WINDOW),
        participants: [String(other)],
        channel: 'in_person',
        durationMinutes: Math.round(seconds / 60),
      });
      k++;
    }
  }
  const ties: EngineTie[] = [...pairWindows].map(([key, windows]) => {
    const [a, b] = key.split('-');
    return { a: a!, b: b!, strength: rating(windows) };
  });
  const ids = [...new Set(contacts.flatMap((c) => [c.i, c.j]))].filter((id) => id !== OWNER);
  const people: EnginePerson[] = ids.map((id) => ({
    id: String(id),
    displayName: `Person ${id} (${departments.get(id) ?? '?'})`,
    kind: 'colleague',
  }));
  const lastDay = isoDate(DAY0 + Math.floor(Math.max(...contacts.map((c) => c.t)) / 86400));
  result = computeNetwork({ people, encounters, ties, settings: defaultModelParams, asOf: lastDay });
});

/** Spearman's rank correlation (average ranks for ties). */
function spearman(x: number[], y: number[]): number {
  const ranks = (v: number[]) => {
    const order = v.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
    const r = new Array<number>(v.length);
    for (let k = 0; k < order.length; ) {
      let end = k;
      while (end + 1 < order.length && order[end + 1]!.value === order[k]!.value) end++;
      for (let q = k; q <= end; q++) r[order[q]!.i] = (k + end) / 2 + 1;
      k = end + 1;
    }
    return r;
  };
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let k = 0; k < x.length; k++) {
    num += (rx[k]! - mx) * (ry[k]! - my);
    dx += (rx[k]! - mx) ** 2;
    dy += (ry[k]! - my) ** 2;
  }
  return num / Math.sqrt(dx * dy);
}

describe.skipIf(DATA.missing)('SocioPatterns office (InVS15): one person’s week and a half', () => {
  it('reads the whole file and merges 20-second windows into encounters', () => {
    expect(contacts).toHaveLength(78_249);
    expect(secondsWith.size).toBe(58);
    // Far fewer encounters than windows (3,301 windows with the owner), and more than partners.
    expect(encounters.length).toBeGreaterThan(58);
    expect(encounters.length).toBeLessThan(3301);
    expect(result.summary).toMatchObject({ people: 216, encounters: encounters.length });
    // A week and a half shows no rhythm yet (a weekly one needs contact in three weeks): everyone met is
    // known, in no ring — the rings wait for the weeks that show who is kept up with.
    expect(result.summary.rings).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, known: 58, 'not-met': 158 });
  });

  it('ranks the people the owner spent the most time with deepest', () => {
    const byTime = [...secondsWith].sort((a, b) => b[1] - a[1]).map(([id]) => String(id));
    const rank = new Map(result.people.map((p) => [p.id, p.rank]));
    // The one person they spent by far the most time with (1,302 windows, 7.2 hours) is the strongest.
    expect(rank.get(byTime[0]!)).toBe(1);
    // The eight with more than 100 windows (over half an hour each) are all among the 15 strongest.
    for (const id of byTime.slice(0, 8)) expect(rank.get(id)).toBeLessThanOrEqual(15);
  });

  it('orders everyone the owner met much as the time spent together does', () => {
    const met = result.people.filter((p) => p.rank !== null);
    const rho = spearman(
      met.map((p) => secondsWith.get(Number(p.id))!),
      met.map((p) => p.strength),
    );
    // Measured: ρ = 0.947 over the 58 people met (0.939 with the first version of strength).
    expect(rho).toBeGreaterThan(0.9);
  });

  it('ties the others together by their own contacts', () => {
    const ties = tieList(result.ties);
    expect(ties.length).toBeGreaterThan(3000);
    expect(ties.every((t) => t.explicit > 0 && t.coParticipation === 0)).toBe(true);
    // Rated by how much contact the pair had: several ratings occur, the heavy pairs are few.
    const ratings = new Set(ties.map((t) => t.explicit * 5));
    expect(ratings.size).toBeGreaterThanOrEqual(4);
    expect(ties.filter((t) => t.explicit >= 0.8).length).toBeLessThan(ties.length / 10);
  });
});
