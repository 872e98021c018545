/**
 * The weight of one encounter for each person in it: what kind of contact it was, how long, and how many
 * people shared it.
 */
import type { ModelParams } from '../domain/model-params';
import type { Channel, Encounter } from '../domain/schema';

/**
 * `min(maxFactor, 1 + ln(1 + minutes / 60))` for in-person and video contact (where a longer meeting counts
 * for more: Vlahovic, Roberts & Dunbar 2012 found it so only face to face) with a known duration, else 1.
 * An hour counts 1.69×, two hours 2.10×, a whole afternoon (5 h) 2.79×, the cap (default 3) is at ~6.4 h.
 */
export function durationFactor(channel: Channel, minutes: number | undefined, maxFactor: number): number {
  if (minutes === undefined || (channel !== 'in_person' && channel !== 'video')) return 1;
  return Math.min(maxFactor, 1 + Math.log1p(Math.max(0, minutes) / 60));
}

/**
 * Attention shared among those present: each of `participants` people gets `1 / sqrt(max(1, participants − 1))`
 * of the encounter. A one-to-one or a meeting with two others counts in full, a table of five halves.
 * The reference model states this for events; the engine applies it to every channel, since a group call
 * or a group e-mail also shares the attention.
 */
export function groupFactor(participants: number): number {
  return 1 / Math.sqrt(Math.max(1, participants - 1));
}

/** The weight each participant of an encounter receives: `base(channel) × durationFactor × groupFactor`. */
export function encounterWeight(
  encounter: Pick<Encounter, 'channel' | 'durationMinutes' | 'participants'>,
  params: Pick<ModelParams, 'channelWeights' | 'maxDurationFactor'>,
): number {
  const participants = distinctCount(encounter.participants);
  return (
    params.channelWeights[encounter.channel] *
    durationFactor(encounter.channel, encounter.durationMinutes, params.maxDurationFactor) *
    groupFactor(participants)
  );
}

/** Number of distinct ids (participant lists are short: a quadratic scan beats building a Set). */
export function distinctCount(ids: readonly string[]): number {
  if (ids.length > 32) return new Set(ids).size;
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i] as string) === i) n++;
  return n;
}
