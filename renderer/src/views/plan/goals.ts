/**
 * The network master plan's arithmetic: this week's progress toward each weekly goal, and the
 * prospects' touches toward the touch goal. Pure functions of the records and the engine's figures.
 */
import {
  CHANNELS,
  type Channel,
  type Encounter,
  type GoalChannels,
  type Person,
  type WeeklyGoal,
} from '../../../../shared/domain/schema';
import { dayOf, isoDate, type Ring } from '../../../../shared/engine/index';
import type { PersonResult } from '../../../../shared/engine/types';

/** Which channels count for a goal: in person (with events), calls and video, written and social, or any. */
export const GOAL_CHANNEL_SET: Record<GoalChannels, readonly Channel[]> = {
  in_person: ['in_person', 'event'],
  calls: ['call', 'video'],
  online: ['message', 'email', 'social'],
  any: CHANNELS,
};

/** The calendar week (Monday to Sunday) that holds `today`, as `YYYY-MM-DD`. */
export function weekOf(today: string): { start: string; end: string } {
  const day = dayOf(today);
  // Day 0 of the engine's count is 1970-01-01, a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const monday = day - ((((day + 3) % 7) + 7) % 7);
  return { start: isoDate(monday), end: isoDate(monday + 6) };
}

export interface GoalProgress {
  goal: WeeklyGoal;
  /** The distinct people met this week who count toward the goal, in order of the first meeting. */
  met: string[];
  done: boolean;
}

/**
 * Distinct people of rings 1…goal.maxRing (their ring now, or the ring the user pinned them to) met on
 * a counting channel between Monday and `today` of this week.
 */
export function goalProgress(
  goal: WeeklyGoal,
  encounters: readonly Encounter[],
  people: ReadonlyMap<string, Pick<Person, 'pinnedRing' | 'archived'>>,
  ringOf: (id: string) => Ring,
  week: { start: string; end: string },
): GoalProgress {
  const channels = new Set(GOAL_CHANNEL_SET[goal.channels]);
  const inner = (id: string) => {
    const person = people.get(id);
    if (!person || person.archived) return false;
    const ring = ringOf(id);
    return (
      (typeof ring === 'number' && ring <= goal.maxRing) ||
      (person.pinnedRing !== undefined && person.pinnedRing <= goal.maxRing)
    );
  };
  const dated = encounters
    .filter((e) => {
      const day = e.date.slice(0, 10);
      return day >= week.start && day <= week.end && channels.has(e.channel);
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const met: string[] = [];
  for (const e of dated) for (const id of e.participants) if (!met.includes(id) && inner(id)) met.push(id);
  return { goal, met, done: met.length >= goal.count };
}

export interface TouchRow {
  person: Person;
  touches: number;
  /** touches / goal, at most 1. */
  progress: number;
  lastContact: string | null;
}

/** Prospects (not archived) with their touches in the touch window, closest to the goal first. */
export function touchBoard(
  people: readonly Person[],
  results: ReadonlyMap<string, PersonResult>,
  locale: string,
): TouchRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return people
    .filter((p) => p.kind === 'prospect' && !p.archived)
    .map((person) => {
      const r = results.get(person.id);
      return {
        person,
        touches: r?.touches ?? 0,
        progress: r?.touchProgress ?? 0,
        lastContact: r?.lastContact ?? null,
      };
    })
    .sort(
      (a, b) =>
        b.progress - a.progress ||
        b.touches - a.touches ||
        collator.compare(a.person.displayName, b.person.displayName),
    );
}

/** A goal id that is not taken yet. */
export function newGoalId(goals: readonly WeeklyGoal[]): string {
  let n = goals.length + 1;
  while (goals.some((g) => g.id === `goal-${n}`)) n++;
  return `goal-${n}`;
}
