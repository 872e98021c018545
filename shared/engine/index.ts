/**
 * The contact-depth engine: pure functions of (people, encounters, ties, settings, asOf).
 * No I/O, no clock: the caller says which day it is. The model is documented in docs/depth-model.md.
 */
export { type Cadence, type CadenceSource, cadence } from './cadence';
export {
  addMonths,
  type CivilDate,
  civilFromDay,
  dayFromCivil,
  dayOf,
  daysInMonth,
  isoDate,
  monthEnd,
  monthIndexOf,
  monthKey,
  monthStart,
} from './dates';
export {
  describeInterval,
  type Interval,
  type IntervalUnit,
  type NeglectReason,
  neglectReasonText,
  type Translate,
} from './interval';
export { tieList } from './pairs';
export {
  computeNetwork,
  DEFAULT_TIMELINE_MONTHS,
  type PreparedEngine,
  parseAsOf,
  prepareEngine,
} from './prepare';
export { checkRhythm, type RhythmCheck, rhythmBand } from './rhythm';
export { assignRings, RINGS, type Ring, rankByStrength, ringOfCode, ringOrder } from './rings';
export {
  burstiness,
  finiteBurstiness,
  gini,
  giniSorted,
  median,
  orderFreeSum,
  quantileSorted,
  sortNonNegative,
  topShare,
  topShareSorted,
  upperBound,
} from './stats';
export { type ContactStatus, overdueRatio, RHYTHM_STATUSES, statusFor } from './status';
export {
  type Contribution,
  combineStrength,
  decay,
  halfLifeFor,
  LONG_HALF_LIFE_KINDS,
  mixExponents,
  reciprocalVolume,
  steadyStrength,
  strength,
} from './strength';
export type * from './types';
export { encounterHours, encounterWeight, groupFactor } from './weight';
