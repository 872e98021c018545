/** What goes into the engine and what comes out. */
import type { ModelParams } from '../domain/model-params';
import type { Channel, Coverage, Encounter, Person, PersonKind, RingNumber, Tie } from '../domain/schema';
import type { CadenceSource } from './cadence';
import type { NeglectReason } from './interval';
import type { Ring } from './rings';
import type { ContactStatus } from './status';

/** The person fields the engine reads (a stored Person has them all). */
export type EnginePerson = Pick<Person, 'id' | 'displayName' | 'kind'> &
  Partial<Pick<Person, 'closeness' | 'pinnedRing' | 'cadenceDays' | 'archived'>>;

/** The encounter fields the engine reads. */
export type EngineEncounter = Pick<Encounter, 'id' | 'date' | 'participants' | 'channel'> &
  Partial<Pick<Encounter, 'durationMinutes' | 'initiator' | 'attempt' | 'source'>>;

/** The coverage fields the engine reads (see `Coverage` in the schema). */
export type EngineCoverage = Pick<Coverage, 'channel' | 'from' | 'to'> &
  Partial<Pick<Coverage, 'personIds' | 'source'>>;

/** The tie fields the engine reads. */
export type EngineTie = Pick<Tie, 'a' | 'b'> & Partial<Pick<Tie, 'strength'>>;

export interface EngineData {
  people: readonly EnginePerson[];
  encounters: readonly EngineEncounter[];
  ties: readonly EngineTie[];
  /** What imported exports cover (channel, people, period); none means everything logged by hand. */
  coverage?: readonly EngineCoverage[];
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
  /**
   * Why the person is in that ring: their contact keeps its rhythm (`rhythm`), it keeps an inner ring's
   * rhythm but that ring is full (`capped`), it keeps no ring's rhythm (`no-rhythm`: known), or there has
   * been no contact yet (`not-met`).
   */
  ringReason: RingReason;
  /** The rhythm the contact keeps, as judged for the ring (see rhythm.ts). */
  rhythm: RhythmSummary;
  pinnedRing: RingNumber | null;
  /**
   * The innermost ring whose rhythm the contact kept right after the last contact (uncapped); its usual
   * rhythm is the cadence prior.
   */
  ringWhenLastSeen: Ring | null;
  /** Last day with contact other than a social-media reaction, `YYYY-MM-DD`. */
  lastContact: string | null;
  daysSinceContact: number | null;
  /** Distinct days with contact other than social-media reactions. */
  contactDays: number;
  /** Contact days in the 12 months up to the date. */
  contactDaysLast12Months: number;
  /** Hours together in the 12 months up to the date (noted lengths, else the channel's usual length). */
  hoursLast12Months: number;
  /** Encounters of any channel up to the date (reactions and missed calls too). */
  encounters: number;
  /** Encounters dated after the date: planned meetings, which count once their day has passed. */
  planned: number;
  /**
   * When all of this person's contact came from imports whose coverage ends before the date: the last
   * day the data covers (`YYYY-MM-DD`). Silence after it is "no data", not neglect. Null otherwise.
   */
  dataUntil: string | null;
  /**
   * The dimensions of strength as of the date (decayed): days with contact (shared in a crowd), hours
   * together, channel-weighted encounters, and of those the ones the owner and the person initiated.
   */
  strengthParts: { days: number; time: number; volume: number; byMe: number; byThem: number };
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
  /** The ring `driftMonths` (default 3) months before the date, and the rhythm kept then. */
  ringRecently: Ring;
  rhythmRecently: RingNumber | null;
  halfLifeDays: number;
}

export type RingReason = 'rhythm' | 'capped' | 'no-rhythm' | 'not-met';

/** The rhythm check behind a ring, in numbers a sentence can use. */
export interface RhythmSummary {
  /** The innermost ring whose rhythm the contact keeps, or null. */
  band: RingNumber | null;
  /** The ring the numbers below are about: the band, or ring 4 when no rhythm is kept. */
  checkedRing: RingNumber;
  periodDays: number;
  /** Periods looked at, periods with contact, periods needed. */
  periods: number;
  covered: number;
  needed: number;
}

export type ReviewSection = 'overdue' | 'due-soon' | 'stalled-prospect' | 'drifted';

export type ReviewReason =
  | ({ kind: 'overdue' | 'due-soon' } & NeglectReason & { overdueRatio: number })
  | { kind: 'stalled-prospect'; touches: number; goal: number; daysSinceTouch: number | null }
  /** The rhythm kept `months` ago and now (as the ring whose rhythm it is; null for none). */
  | { kind: 'drifted'; from: RingNumber; to: RingNumber | null; months: number };

/** One person on the weekly review, with the reason in numbers (`reviewReasonText` puts it into words). */
export interface ReviewItem {
  id: string;
  name: string;
  kind: PersonKind;
  section: ReviewSection;
  ring: Ring;
  pinnedRing: RingNumber | null;
  closeness: number | null;
  depth: number;
  lastContact: string | null;
  /** The ordering key within the section (higher first). */
  score: number;
  reason: ReviewReason;
}

/** The weekly review: each person in at most one section, the most pressing first. */
export interface ReviewSections {
  overdue: ReviewItem[];
  dueSoon: ReviewItem[];
  stalledProspects: ReviewItem[];
  drifted: ReviewItem[];
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
  /** The overdue section of the review in its older shape: highest score first (ties by name). */
  neglected: NeglectedTie[];
  review: ReviewSections;
}

export interface NetworkResult extends NetworkSnapshot {
  /** Tie weights of the pairs with weight > 0 (columns; see TieWeights). */
  ties: TieWeights;
  /** One point per month, oldest first, ending with the date's month. */
  timeline: TimelinePoint[];
}
