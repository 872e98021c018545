/**
 * Figures derived from the state, each computed once for its inputs: the depth engine is prepared once
 * per snapshot and asked once per date, whichever views read it, and the people summaries once per
 * snapshot and locale. Selectors of store/hooks.ts return these unchanged until their inputs change.
 */

import { prepareEngine } from '../../../shared/engine/index';
import { engineData } from '../../../shared/engine/input';
import type { NetworkSnapshot, PersonResult, TimelinePoint } from '../../../shared/engine/types';
import type { Snapshot } from '../../../shared/ipc/contract';
import { summarisePeople } from '../model/people-view';
import type { AppState } from './app-store';
import { memoLast } from './store';

/** Months of the dashboard's timeline. */
export const TIMELINE_MONTHS = 24;

export interface Network {
  asOf: string;
  result: NetworkSnapshot;
  byId: ReadonlyMap<string, PersonResult>;
  /** The monthly timeline up to `asOf` (computed on first use). */
  timeline(): TimelinePoint[];
}

const engineOf = memoLast((snapshot: Snapshot) => prepareEngine(engineData(snapshot, TIMELINE_MONTHS)));

const networkAt = memoLast((snapshot: Snapshot, asOf: string): Network => {
  const engine = engineOf(snapshot);
  const result = engine.snapshot(asOf);
  let timeline: TimelinePoint[] | undefined;
  return {
    asOf,
    result,
    byId: new Map(result.people.map((p) => [p.id, p])),
    timeline: () => {
      timeline ??= engine.timeline(asOf);
      return timeline;
    },
  };
});

/** The snapshot, when it is loaded. */
export function selectSnapshot(state: AppState): Snapshot | undefined {
  return state.data.status === 'ready' ? state.data.snapshot : undefined;
}

/** The depth engine prepared for the data (for figures at other dates, e.g. who moved between rings). */
export function selectEngine(state: AppState) {
  const snapshot = selectSnapshot(state);
  return snapshot ? engineOf(snapshot) : undefined;
}

/** The engine's figures for today. */
export function selectNetwork(state: AppState): Network | undefined {
  const snapshot = selectSnapshot(state);
  return snapshot ? networkAt(snapshot, state.today) : undefined;
}

export const summariesOf = memoLast((snapshot: Snapshot, locale: string, today: string) =>
  summarisePeople(snapshot.people, snapshot.encounters, locale, today),
);
