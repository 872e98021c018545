/**
 * The agenda of a data file as of a day: the engine's review for that day, then `agendaOf`. For the
 * places that hold the whole data (the CLI, the main process); the window reuses the review it already has.
 */
import type { Person } from '../domain/schema';
import { type EngineSource, engineData } from '../engine/input';
import { prepareEngine } from '../engine/prepare';
import { type Agenda, agendaOf } from './agenda';

export function agendaFromData(
  source: EngineSource & { people: readonly Person[] },
  asOf: string,
  days: number,
): Agenda {
  // No timeline: only the day's review is read.
  const review = prepareEngine(engineData(source, 1)).snapshot(asOf).review;
  return agendaOf({ people: source.people, review, asOf, days, dueRatio: source.settings.model.dueRatio });
}
