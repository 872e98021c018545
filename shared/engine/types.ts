/** What goes into the engine and what comes out. */
import type { ModelParams } from '../domain/model-params';
import type { Channel, Encounter, Person, PersonKind, RingNumber, Tie } from '../domain/schema';
import type { CadenceSource } from './cadence';
import type { NeglectReason } from './interval';
import type { Ring } from './rings';
import type { ContactStatus } from './status';

/** The person fields the engine reads (a stored Person has them all). */
export type EnginePerson = Pick<Person, 'id' | 'displayName' | 'kind'> &
  Partial<Pick<Person, 'closeness' | 'pinnedRing' | 'cadenceDays' | 'archived'>>;

/** The encounter fields the engine reads. */
export type EngineEncounter = Pick<Encounter, 'id' | 'date' | 'participants' | 'channel'> &
  Partial<Pick<Encounter, 'durationMinutes'>>;

/** The tie fields the engine reads. */
export type EngineTie = Pick<Tie, 'a' | 'b'> & Partial<Pick<Tie, 'strength'>>;

export interface EngineData {
  people: readonly EnginePerson[];
  encounters: readonly EngineEncounter[];
  ties: readonly EngineTie[];
  settings: ModelParams;
  /** How many months the timeline reaches back (default 120); older months are left out. */
  timelineMonths?: number;
}

export interface EngineInput extends EngineData {
  /** The date the numbers are computed for, `YYYY-MM-DD`. Encounters after it never count. */
  asOf: string;
}

export interface PersonResult {
  id: string;
  name: string;
  kind: PersonKind;
  /** Decayed sum of encounter weights as of the date. */
  strength: number;
  /** 0–1: rank-normalised strength, blended with the user's closeness rating when there is one. */
  depth: number;
  /** 1-based position by strength among the people with strength > 0; null for the others. */
  rank: number | null;
  ring: Ring;
  pinnedRing: RingNumber | null;
  /** The ring the person was in right after the last contact; its default rhythm is the cadence prior. */
  ringWhenLastSeen: Ring | null;
  /** Last day with contact other than a social-media reaction, `YYYY-MM-DD`. */
  lastContact: string | null;
  daysSinceContact: number | null;
  /** Distinct days with contact other than social-media reactions. */
  contactDays: number;
  /** Encounters of any channel up to the date. */
  encounters: number;
  /** Expected days between contacts; null when never in contact. */
  cadenceDays: number | null;
  cadenceSource: CadenceSource | null;
  /** Whether the recent gaps are bursty (then the 75th percentile gap is used instead of the median). */
  bursty: boolean;
  overdueRatio: number | null;
  status: ContactStatus;
  /** Encounters in the touch window (default 18 months) that are not social-media reactions. */
  touches: number;
  /** touches / touch goal, at most 1. */
  touchProgress: number;
  ringSixMonthsAgo: Ring;
  ringTwelveMonthsAgo: Ring;
  halfLifeDays: number;
}

export interface NeglectedTie {
  id: string;
  name: string;
  ring: Ring;
  ringWhenLastSeen: Ring | null;
  pinnedRing: RingNumber | null;
  closeness: number | null;
  depth: number;
  overdueRatio: number;
  /** depth × log2(1 + overdue ratio): the ranking key. */
  score: number;
  lastContact: string;
  /** Why: usual rhythm and days since; turn it into words with `neglectReasonText`. */
  reason: NeglectReason;
}

export interface TieWeight {
  /** The smaller id of the two. */
  a: string;
  b: string;
  weight: number;
  /** From an explicit tie the user recorded: explicitTieWeight × strength / 5 (unrated: 3 / 5). */
  explicit: number;
  /** From encounters both took part in, decayed like strength. */
  coParticipation: number;
}

/**
 * Person–person tie weights in columns: entry r is the pair `ids[a[r]]`, `ids[b[r]]` (a before b in id
 * order) with its weight, explicit part and co-participation part. In id order of a, then b; only pairs
 * with weight > 0, both people in the network. `tieList` turns it into one object per pair.
 */
export interface TieWeights {
  /** Person ids in id order; the columns a and b index into it. */
  ids: readonly string[];
  length: number;
  a: Int32Array;
  b: Int32Array;
  weight: Float64Array;
  explicit: Float64Array;
  coParticipation: Float64Array;
}

export type ChannelCounts = Record<Channel, number>;

export type RingCounts = Record<'1' | '2' | '3' | '4' | 'known' | 'not-met', number>;

export interface NetworkSummary {
  /** People in the network (archived people are outside it). */
  people: number;
  archived: number;
  /** Encounters on or before the date (all channels, everyone). */
  encounters: number;
  /** People with contact other than a social-media reaction in the 12 months up to the date. */
  metLast12Months: number;
  /** Share of the total strength held by the strongest ringCaps[1] (15) people. */
  top15Share: number;
  /** Gini coefficient of the strengths of everyone met at least once. */
  gini: number;
  totalStrength: number;
  rings: RingCounts;
  /** Average encounters per month by channel over the last 12 months. */
  encountersPerMonth: ChannelCounts;
}

/** The network figures at the end of one month (or at the date, for the date's own month). */
export interface TimelinePoint {
  /** `YYYY-MM` */
  month: string;
  /** The day the figures are for: the month's last day, or the date asked about in its own month. */
  date: string;
  /** People met at least once by then. */
  known: number;
  metLast12Months: number;
  top15Share: number;
  gini: number;
  totalStrength: number;
  /** Encounters in this calendar month (up to `date`) by channel. */
  encounters: ChannelCounts;
}

/** The figures of one date without ties and timeline: what the time slider redraws. */
export interface NetworkSnapshot {
  /** `YYYY-MM-DD` */
  asOf: string;
  summary: NetworkSummary;
  /** Ranked people first (strongest first), then the unranked by id. */
  people: PersonResult[];
  /** Highest score first (ties by id). */
  neglected: NeglectedTie[];
}

export interface NetworkResult extends NetworkSnapshot {
  /** Tie weights of the pairs with weight > 0 (columns; see TieWeights). */
  ties: TieWeights;
  /** One point per month, oldest first, ending with the date's month. */
  timeline: TimelinePoint[];
}
