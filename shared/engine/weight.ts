/**
 * What one encounter contributes for each person in it: a weight for how personal the contact was (its
 * channel), the time spent together, both divided among the people who shared it.
 */
import type { ModelParams } from '../domain/model-params';
import type { Encounter } from '../domain/schema';

/**
 * Attention shared among those present: each of `participants` people gets `1 / sqrt(max(1, participants − 1))`
 * of the encounter. A one-to-one or a meeting with two others counts in full, a table of five halves.
 * The reference model states this for events; the engine applies it to every channel, since a group call
 * or a group e-mail also shares the attention.
 */
export function groupFactor(participants: number): number {
  return 1 / Math.sqrt(Math.max(1, participants - 1));
}

type WeightParams = Pick<ModelParams, 'channelWeights'>;
type TimeParams = Pick<ModelParams, 'defaultMinutes'>;

/** The weight each participant receives: `base(channel) × group share`. Attempts weigh nothing. */
export function encounterWeight(
  encounter: Pick<Encounter, 'channel' | 'participants'> & { attempt?: boolean | undefined },
  params: WeightParams,
): number {
  if (encounter.attempt) return 0;
  return params.channelWeights[encounter.channel] * groupFactor(distinctCount(encounter.participants));
}

/**
 * Hours together for each participant: the noted length, or the channel's usual length when none was
 * noted (an hour in person, half an hour on video, ten minutes on the phone, two hours at an event, none
 * for messages), times the group share. Attempts are no time together.
 */
export function encounterHours(
  encounter: Pick<Encounter, 'channel' | 'participants' | 'durationMinutes'> & {
    attempt?: boolean | undefined;
  },
  params: TimeParams,
): number {
  if (encounter.attempt) return 0;
  const minutes = encounter.durationMinutes ?? params.defaultMinutes[encounter.channel];
  return (Math.max(0, minutes) / 60) * groupFactor(distinctCount(encounter.participants));
}

/** Number of distinct ids (participant lists are short: a quadratic scan beats building a Set). */
export function distinctCount(ids: readonly string[]): number {
  if (ids.length > 32) return new Set(ids).size;
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i] as string) === i) n++;
  return n;
}
