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

export const ModelParams = z.object({
  channelWeights: ChannelWeights,
  /** Half-life of a contact's contribution to strength, in days. */
  halfLifeDays: z.number().min(1).max(3650),
  /** Longer half-life for kin (and partners): those ties fade more slowly (Burt 2000; Roberts & Dunbar 2015). */
  familyHalfLifeDays: z.number().min(1).max(3650),
  /** Upper bound of the duration factor for in-person and video contact. */
  maxDurationFactor: z.number().min(1).max(10),
  /** Cumulative ring capacities (Dunbar layers), innermost first. */
  ringCaps: z.tuple([
    z.number().int().min(1),
    z.number().int().min(1),
    z.number().int().min(1),
    z.number().int().min(1),
  ]),
  /** Default contact cadence of each ring, in days. */
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
  maxDurationFactor: 3,
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
};
