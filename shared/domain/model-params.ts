/**
 * Parameters of the contact-depth model, all user-configurable (Settings → model).
 * Defaults and their sources: docs/depth-model.md. Written down once, here.
 */
import { z } from 'zod';

const Weight = z.number().min(0).max(10);

export const ChannelWeights = z.object({
  in_person: Weight,
  video: Weight,
  call: Weight,
  /** Base weight of an event / group meeting before dividing by sqrt(others present). */
  event: Weight,
  message: Weight,
  email: Weight,
  social: Weight,
});
export type ChannelWeights = z.infer<typeof ChannelWeights>;

const Minutes = z
  .number()
  .min(0)
  .max(24 * 60);

/** Minutes assumed for an encounter of each channel whose length was not noted (time together). */
export const DefaultMinutes = z.object({
  in_person: Minutes,
  video: Minutes,
  call: Minutes,
  event: Minutes,
  message: Minutes,
  email: Minutes,
  social: Minutes,
});
export type DefaultMinutes = z.infer<typeof DefaultMinutes>;

/**
 * How much each dimension of contact counts in strength: the days with contact (frequency), the time
 * spent together and the number of encounters (volume). Relative weights, used as the exponents of a
 * weighted geometric mean (they are divided by their sum).
 */
export const StrengthMix = z.object({
  days: z.number().min(0).max(1),
  time: z.number().min(0).max(1),
  volume: z.number().min(0).max(1),
});
export type StrengthMix = z.infer<typeof StrengthMix>;

const PerRing = z.tuple([
  z.number().int().min(1).max(100),
  z.number().int().min(1).max(100),
  z.number().int().min(1).max(100),
  z.number().int().min(1).max(100),
]);

export const ModelParams = z.object({
  channelWeights: ChannelWeights,
  /** Half-life of a contact's contribution to strength, in days. */
  halfLifeDays: z.number().min(1).max(3650),
  /** Longer half-life for kin (and partners): those ties fade more slowly (Burt 2000; Roberts & Dunbar 2015). */
  familyHalfLifeDays: z.number().min(1).max(3650),
  /**
   * Cumulative ring capacities (Dunbar layers), innermost first: upper bounds, not quotas. Who belongs in
   * a ring is decided by the rhythm their contact keeps; a full ring only pushes its weakest overflow out.
   */
  ringCaps: z.tuple([
    z.number().int().min(1),
    z.number().int().min(1),
    z.number().int().min(1),
    z.number().int().min(1),
  ]),
  /** Default contact cadence of each ring, in days: also the period a ring's rhythm is judged in. */
  ringCadenceDays: z.tuple([z.number().min(1), z.number().min(1), z.number().min(1), z.number().min(1)]),
  /** Cadence assumed for people outside the rings ("known"). */
  knownCadenceDays: z.number().min(1),
  /** Weight of the user's closeness rating in the blended depth (0–1). */
  closenessBlend: z.number().min(0).max(1),
  /** Overdue-ratio thresholds for the status. */
  dueRatio: z.number().min(0),
  overdueRatio: z.number().min(0),
  lapsingRatio: z.number().min(0),
  /** A tie counts as neglected from this overdue ratio on. */
  neglectRatio: z.number().min(0),
  /** Touch goal for prospects (the marketing "rule of seven", a rule of thumb). */
  touchGoal: z.number().int().min(1).max(100),
  touchWindowMonths: z.number().int().min(1).max(120),
  // Added with the engine. Each has a zod default so data files written before them still load.
  /** How many of the most recent gaps between contact days the learned cadence looks at. */
  cadenceGapCount: z.number().int().min(1).max(100).default(8),
  /** Weight of the ring's default cadence in the learned cadence, counted in gaps (shrinkage). */
  cadencePriorGaps: z.number().min(0).max(100).default(2),
  /**
   * Gaps whose burstiness exceeds this use the 75th percentile instead of the median. Burstiness is
   * (σ − μ)/(σ + μ) with the finite-size correction of Kim & Jo 2016 (docs/depth-model.md).
   */
  burstinessThreshold: z.number().min(-1).max(1).default(0.5),
  /** A closeness rating at or above this marks a person as important (a candidate for neglect). */
  importantCloseness: z.number().int().min(1).max(5).default(4),
  /** Weight of an explicit tie rated 5; a tie rated s weighs s/5 of it, an unrated one 3/5. */
  explicitTieWeight: Weight.default(1),
  /** Encounters with more participants than this add no co-participation ties (a crowd is not a tie). */
  coParticipationMaxGroup: z.number().int().min(2).max(10000).default(30),
  // Added with rings by rhythm and the strength mix; defaults keep older data files loading.
  strengthMix: StrengthMix.default({ days: 1 / 3, time: 1 / 3, volume: 1 / 3 }),
  defaultMinutes: DefaultMinutes.default({
    in_person: 60,
    video: 30,
    call: 10,
    event: 120,
    message: 0,
    email: 0,
    social: 0,
  }),
  /** Every day with contact counts at least this much time together (a message is not nothing). */
  timeFloorMinutes: z.number().min(0).max(600).default(3),
  /**
   * Give and take (who initiated, where recorded): the encounters answered from the other side — twice
   * the smaller of the two sides' weighted encounters — add this share to the volume of contact. A
   * balanced tie gains it in full, a one-sided one nothing; more contact never lowers strength.
   */
  reciprocityWeight: z.number().min(0).max(2).default(0.5),
  /** Periods of the ring's rhythm looked back to judge whether someone keeps it (6 weeks, 6 months, …). */
  rhythmPeriods: PerRing.default([6, 6, 4, 2]),
  /** Least number of those periods with contact; and at least this share of them. */
  rhythmMinPeriods: PerRing.default([3, 3, 3, 2]),
  rhythmKeptShare: z
    .number()
    .min(0.1)
    .max(1)
    .default(2 / 3),
  /** A prospect below the touch goal is stalled after this many days without a touch. */
  stalledProspectDays: z.number().int().min(1).max(3650).default(30),
  /** "Due this week": days looked ahead. */
  dueSoonDays: z.number().int().min(1).max(90).default(7),
  /** "Recently drifted outward": compared with the ring this many months ago. */
  driftMonths: z.number().int().min(1).max(24).default(3),
});
export type ModelParams = z.infer<typeof ModelParams>;

export const defaultModelParams: ModelParams = {
  channelWeights: {
    in_person: 1,
    video: 0.7,
    call: 0.5,
    event: 0.5,
    message: 0.15,
    email: 0.15,
    social: 0.03,
  },
  halfLifeDays: 90,
  familyHalfLifeDays: 365,
  ringCaps: [5, 15, 50, 150],
  ringCadenceDays: [7, 30, 90, 365],
  knownCadenceDays: 365,
  closenessBlend: 0.4,
  dueRatio: 1.5,
  overdueRatio: 3,
  lapsingRatio: 8,
  neglectRatio: 3,
  touchGoal: 7,
  touchWindowMonths: 18,
  cadenceGapCount: 8,
  cadencePriorGaps: 2,
  burstinessThreshold: 0.5,
  importantCloseness: 4,
  explicitTieWeight: 1,
  coParticipationMaxGroup: 30,
  strengthMix: { days: 1 / 3, time: 1 / 3, volume: 1 / 3 },
  defaultMinutes: { in_person: 60, video: 30, call: 10, event: 120, message: 0, email: 0, social: 0 },
  timeFloorMinutes: 3,
  reciprocityWeight: 0.5,
  rhythmPeriods: [6, 6, 4, 2],
  rhythmMinPeriods: [3, 3, 3, 2],
  rhythmKeptShare: 2 / 3,
  stalledProspectDays: 30,
  dueSoonDays: 7,
  driftMonths: 3,
};
