/**
 * The engine's input from a data file or a snapshot: one place that picks the fields the engine reads, so
 * the CLI, the views and the map compute from exactly the same record.
 */
import type { ModelParams } from '../domain/model-params';
import type { Coverage, Encounter, Person, Tie } from '../domain/schema';
import type { EngineData } from './types';

export interface EngineSource {
  people: readonly Person[];
  encounters: readonly Encounter[];
  ties: readonly Tie[];
  coverage?: readonly Coverage[];
  settings: { model: ModelParams };
}

/** Records as they are stored carry every field the engine reads; this only wires them up. */
export function engineData(source: EngineSource, timelineMonths?: number): EngineData {
  return {
    people: source.people,
    encounters: source.encounters,
    ties: source.ties,
    coverage: source.coverage ?? [],
    settings: source.settings.model,
    ...(timelineMonths !== undefined ? { timelineMonths } : {}),
  };
}
