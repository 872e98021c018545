/**
 * A two-year network with known rhythms and ties planted as neglected: the ground truth for the review.
 * Regular contacts meet every week, fortnight, month or quarter (each interval ±25 %, one meeting in ten
 * missed, mixed channels); some met once or twice in 21 months; some never. The planted ones kept their
 * weekly, fortnightly or monthly rhythm and then fell silent for 7 to 12 times it before the date.
 */
import { defaultModelParams } from '../../shared/domain/model-params';
import type { Channel } from '../../shared/domain/schema';
import {
  dayOf,
  type EngineData,
  type EngineEncounter,
  type EnginePerson,
  isoDate,
} from '../../shared/engine';
import { seededRandom } from '../../shared/engine/synthetic';

export interface PlantedNetwork extends EngineData {
  asOf: string;
  /** Ids of the ties planted as neglected, with the rhythm they kept (days). */
  planted: Map<string, number>;
  /** Ids of the people met on one or two days in the last 21 months. */
  sporadic: Set<string>;
  /** Rhythm (days) of every regular contact. */
  rhythmOf: Map<string, number>;
}

const GROUPS = [
  { rhythm: 7, count: 6, planted: 3 },
  { rhythm: 14, count: 12, planted: 3 },
  { rhythm: 30, count: 30, planted: 4 },
  { rhythm: 91, count: 30, planted: 0 },
] as const;

export function plantedNetwork(seed = 12, asOf = '2026-11-30'): PlantedNetwork {
  const random = seededRandom(seed);
  const end = dayOf(asOf);
  const start = end - 730;
  const people: EnginePerson[] = [];
  const encounters: EngineEncounter[] = [];
  const planted = new Map<string, number>();
  const sporadic = new Set<string>();
  const rhythmOf = new Map<string, number>();
  const channel = (): Channel => {
    const x = random();
    return x < 0.5 ? 'in_person' : x < 0.75 ? 'call' : 'message';
  };
  const meet = (day: number, id: string) =>
    encounters.push({
      id: `e${encounters.length}`,
      date: isoDate(day),
      participants: [id],
      channel: channel(),
    });

  for (const group of GROUPS) {
    for (let n = 0; n < group.count; n++) {
      const id = `r${group.rhythm}-${n}`;
      people.push({ id, displayName: `Regular ${group.rhythm} ${n}`, kind: 'friend' });
      rhythmOf.set(id, group.rhythm);
      // The planted ones stop 7–12 rhythms before the date.
      const stop = n < group.planted ? end - Math.round(group.rhythm * (7 + 5 * random())) : end;
      if (n < group.planted) planted.set(id, group.rhythm);
      for (let d = start + Math.floor(random() * group.rhythm); d <= stop; ) {
        if (random() >= 0.1) meet(d, id);
        d += Math.max(1, Math.round(group.rhythm * (0.75 + 0.5 * random())));
      }
    }
  }
  for (let n = 0; n < 20; n++) {
    const id = `s${n}`;
    people.push({ id, displayName: `Sporadic ${n}`, kind: n % 2 === 0 ? 'client' : 'other' });
    sporadic.add(id);
    const days = 1 + Math.floor(random() * 2);
    for (let k = 0; k < days; k++) meet(end - Math.floor(random() * 640), id);
  }
  for (let n = 0; n < 10; n++) people.push({ id: `n${n}`, displayName: `Not met ${n}`, kind: 'prospect' });
  return {
    people,
    encounters,
    ties: [],
    settings: defaultModelParams,
    asOf,
    planted,
    sporadic,
    rhythmOf,
  };
}
