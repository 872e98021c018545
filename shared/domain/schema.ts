/**
 * The domain model: zod schemas are the single source of every type that is stored or crosses IPC.
 * Types are inferred from the schemas (`z.infer`), never written twice.
 *
 * "Me" (the owner) is implicit: every encounter is between the owner and its participants.
 */
import { z } from 'zod';
import { cleanMultiLine, cleanSingleLine } from '../text/clean-input';
import { defaultModelParams, ModelParams } from './model-params';

/** The version of the data file format written by this code. Bump it together with a migration. */
export const SCHEMA_VERSION = 1;

export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD`, checked for real days (no 2024-02-30). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealCalendarDate, 'not a real calendar day');

/** A date-time with an explicit offset, `YYYY-MM-DDTHH:MM[:SS[.sss]](Z|±HH:MM)`. */
export const OffsetDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/,
    'expected a date-time with offset, e.g. 2026-11-27T14:30+01:00',
  )
  .refine((s) => isRealCalendarDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), 'not a real date-time');

/**
 * When an encounter happened: a calendar date or a date-time with offset — the same rules as
 * `CalendarDate` or `OffsetDateTime`, checked by one regex and one refinement instead of a union of
 * two refined schemas: it runs for every encounter on every load, and this is ~2× faster at 100,000.
 */
export const EncounterDate = z
  .string()
  .refine(
    isEncounterDate,
    'expected a date as YYYY-MM-DD or a date-time with offset, e.g. 2026-11-27 or 2026-11-27T14:30+01:00',
  );
export type EncounterDate = z.infer<typeof EncounterDate>;

/** A moment of bookkeeping (created/updated), always UTC ISO-8601. */
export const Timestamp = z.iso.datetime({ offset: true });

export const PERSON_KINDS = [
  'client',
  'prospect',
  'partner',
  'colleague',
  'friend',
  'family',
  'other',
] as const;
export const PersonKind = z.enum(PERSON_KINDS);
export type PersonKind = z.infer<typeof PersonKind>;

export const CHANNELS = ['in_person', 'event', 'call', 'video', 'message', 'email', 'social'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const CONTEXT_KINDS = ['club', 'association', 'fair', 'company', 'community', 'other'] as const;
export const ContextKind = z.enum(CONTEXT_KINDS);
export type ContextKind = z.infer<typeof ContextKind>;

export const TIE_KINDS = ['knows', 'introduced', 'works_with', 'family'] as const;
export const TieKind = z.enum(TIE_KINDS);
export type TieKind = z.infer<typeof TieKind>;

export const RING_NUMBERS = [1, 2, 3, 4] as const;
export const RingNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type RingNumber = z.infer<typeof RingNumber>;

export const Closeness = z.number().int().min(1).max(5);

/** Text of one line: control characters dropped, line breaks (Word's U+000B too) made spaces. */
export const OneLine = () => z.string().overwrite(cleanSingleLine);
/** Text of several lines (notes): newlines and tabs kept, other control characters dropped. */
export const MultiLine = () => z.string().overwrite(cleanMultiLine);

const NonEmptyName = OneLine().trim().min(1, 'must not be empty').max(200);

export const Person = z.object({
  id: Id,
  displayName: NonEmptyName,
  givenName: OneLine().max(200).optional(),
  familyName: OneLine().max(200).optional(),
  organisation: OneLine().max(200).optional(),
  role: OneLine().max(200).optional(),
  emails: z.array(OneLine().max(320)).default([]),
  phones: z.array(OneLine().max(64)).default([]),
  urls: z.array(OneLine().max(2000)).default([]),
  tags: z.array(OneLine().trim().min(1).max(80)).default([]),
  /** Ids of the contexts (clubs, associations, companies…) this person belongs to. */
  contexts: z.array(Id).default([]),
  kind: PersonKind.default('other'),
  /** The user's felt closeness, 1 (distant) to 5 (very close). */
  closeness: Closeness.optional(),
  /** The ring the user wants this person in (their intention, shown beside the computed ring). */
  pinnedRing: RingNumber.optional(),
  /** The user's own contact rhythm for this person; overrides the learned cadence. */
  cadenceDays: z.number().int().min(1).max(3650).optional(),
  notes: MultiLine().max(20000).default(''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archived: z.boolean().default(false),
  /** Left out of the review queue ("who should I meet?") until this day (exclusive), `YYYY-MM-DD`. */
  snoozedUntil: CalendarDate.optional(),
});
export type Person = z.infer<typeof Person>;

export const Initiator = z.enum(['me', 'them']);
export type Initiator = z.infer<typeof Initiator>;

export const EncounterSource = z.object({
  /** The export format, e.g. `whatsapp`, `telegram`, `sms-backup`, `mbox`, `ics`. */
  format: z.string().trim().min(1).max(40),
  /** A stable fingerprint of the source item(s) within that format. */
  key: z.string().min(1).max(200),
});
export type EncounterSource = z.infer<typeof EncounterSource>;

export const Encounter = z.object({
  id: Id,
  date: EncounterDate,
  /** One or more person ids; a group meeting has several. */
  participants: z.array(Id).min(1, 'an encounter needs at least one participant'),
  channel: Channel,
  contextId: Id.optional(),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 14)
    .optional(),
  initiator: Initiator.optional(),
  /**
   * An attempt that did not reach the person (a missed or rejected call): recorded, shown in their
   * history, but no contact — it adds no strength, no contact day and no touch.
   */
  attempt: z.boolean().optional(),
  /** For a day of messages (channel message or email) gathered into one encounter: how many each way. */
  messages: z
    .object({
      fromMe: z.number().int().min(0).max(1_000_000),
      fromThem: z.number().int().min(0).max(1_000_000),
    })
    .optional(),
  /** Where an imported encounter came from: the export format and a stable key of the source item, so
   * importing the same export again (or an overlapping later one) adds nothing twice. */
  source: EncounterSource.optional(),
  notes: MultiLine().max(20000).default(''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Encounter = z.infer<typeof Encounter>;

export const Context = z.object({
  id: Id,
  name: NonEmptyName,
  kind: ContextKind.default('other'),
  notes: MultiLine().max(20000).default(''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Context = z.infer<typeof Context>;

/** Two people (not the owner) who know each other. Unordered: (a, b) equals (b, a). */
export const Tie = z.object({
  id: Id,
  a: Id,
  b: Id,
  kind: TieKind.default('knows'),
  strength: Closeness.optional(),
  note: MultiLine().max(2000).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Tie = z.infer<typeof Tie>;

export const Language = z.enum(['system', 'de', 'en']);
export type Language = z.infer<typeof Language>;

export const BackupPolicy = z.object({
  /** How many daily backups to keep beside the data file. */
  keep: z.number().int().min(0).max(365).default(14),
});
export type BackupPolicy = z.infer<typeof BackupPolicy>;

/** Which encounters count toward a weekly goal: in person (incl. events), calls and video, or any. */
export const GOAL_CHANNELS = ['in_person', 'calls', 'online', 'any'] as const;
export const GoalChannels = z.enum(GOAL_CHANNELS);
export type GoalChannels = z.infer<typeof GoalChannels>;

/** "See 3 people of my inner rings in person this week": distinct people of rings 1…maxRing. */
export const WeeklyGoal = z.object({
  id: Id,
  count: z.number().int().min(1).max(100),
  maxRing: RingNumber,
  channels: GoalChannels,
});
export type WeeklyGoal = z.infer<typeof WeeklyGoal>;

/** The network master plan (cadences per ring live in `model.ringCadenceDays`, per person on the person). */
export const Plan = z.object({ weeklyGoals: z.array(WeeklyGoal).max(20) });
export type Plan = z.infer<typeof Plan>;

export const Settings = z.object({
  ownerName: OneLine().max(200).default(''),
  language: Language.default('system'),
  model: ModelParams.default(defaultModelParams),
  backups: BackupPolicy.default({ keep: 14 }),
  // Added with the everyday views; optional, so files written before load unchanged.
  /** Weekly goals; missing means none set yet. */
  plan: Plan.optional(),
  /** The welcome screen was answered (start empty, import or sample); it is not shown again. */
  onboarded: z.boolean().optional(),
  // Added with imports of chat, call and mail exports; optional, so older files load unchanged.
  /** The owner's own e-mail addresses: "me" in mailboxes and calendars. */
  ownerEmails: z.array(z.string().trim().max(320)).max(50).optional(),
  /** The owner's own phone numbers: "me" in chat and call logs. */
  ownerPhones: z.array(z.string().trim().max(64)).max(50).optional(),
  /** Country calling code for numbers written without one, e.g. `+43` (the default when absent). */
  phoneCountryCode: z
    .string()
    .regex(/^\+[1-9]\d{0,3}$/, 'a country code like +43')
    .optional(),
});
export type Settings = z.infer<typeof Settings>;

/** A place on the network map, in map units (pixels at zoom 1, the owner at 0, 0). */
export const MapPoint = z.object({ x: z.number().min(-1e6).max(1e6), y: z.number().min(-1e6).max(1e6) });
export type MapPoint = z.infer<typeof MapPoint>;

export const MAP_LAYOUTS = ['ego', 'force', 'context'] as const;
export const MapLayout = z.enum(MAP_LAYOUTS);
export type MapLayout = z.infer<typeof MapLayout>;

/** Where the user dragged people on the map, per layout (person id → point); the others are laid out. */
export const MapPins = z.object({
  ego: z.record(Id, MapPoint).default({}),
  force: z.record(Id, MapPoint).default({}),
  context: z.record(Id, MapPoint).default({}),
});
export type MapPins = z.infer<typeof MapPins>;

/**
 * What the record covers: encounters of `channel` with `personIds` (or with everyone, when absent) from
 * `from` to `to` are all in the data, because an export of that period was imported (a chat, a call log,
 * a mailbox). Channels logged by hand are covered from their first hand-logged encounter on. The engine
 * reads silence on a channel outside its coverage as "no data", not as "no contact".
 */
export const Coverage = z.object({
  id: Id,
  channel: Channel,
  personIds: z.array(Id).max(100_000).optional(),
  from: CalendarDate,
  to: CalendarDate,
  /** The export format that covered it, as in `EncounterSource.format`. */
  source: z.string().trim().min(1).max(40),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Coverage = z.infer<typeof Coverage>;

/** The whole data file. */
export const Database = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    people: z.array(Person),
    encounters: z.array(Encounter),
    contexts: z.array(Context),
    ties: z.array(Tie),
    settings: Settings,
    // Added after format 1 was first written; the default fills it in older files, so no migration.
    mapPins: MapPins.default({ ego: {}, force: {}, context: {} }),
    // Added with imports of chat, call and mail exports; the default fills it in older files.
    coverage: z.array(Coverage).default([]),
  })
  .superRefine((db, ctx) => {
    for (const issue of duplicateIdIssues(db)) ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of referenceIssues(db)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type Database = z.infer<typeof Database>;

/**
 * Every record's id is unique within its list: with two records of one id the list shows the person
 * twice and an edit reaches only the first. Such a file is damaged (which one is right is a guess).
 */
export function duplicateIdIssues(
  db: Record<'people' | 'encounters' | 'contexts' | 'ties' | 'coverage', readonly { id: string }[]>,
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const key of ['people', 'encounters', 'contexts', 'ties', 'coverage'] as const) {
    const first = new Map<string, number>();
    db[key].forEach((record, i) => {
      const earlier = first.get(record.id);
      if (earlier === undefined) first.set(record.id, i);
      else
        issues.push({
          path: [key, i, 'id'],
          message: `the id ${record.id} is used twice (also by ${key}[${earlier}])`,
        });
    });
  }
  return issues;
}

/**
 * Referential integrity: a file whose records point at nothing is damaged, not merely odd. Exported so
 * the store can check a change without re-validating every record.
 */
export function referenceIssues(db: {
  people: readonly { id: string }[];
  encounters: readonly { participants: readonly string[]; contextId?: string | undefined }[];
  contexts: readonly { id: string }[];
  ties: readonly { a: string; b: string }[];
}): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const people = new Set(db.people.map((p) => p.id));
  const contexts = new Set(db.contexts.map((c) => c.id));
  db.encounters.forEach((e, i) => {
    for (const pid of e.participants) {
      if (!people.has(pid))
        issues.push({ path: ['encounters', i, 'participants'], message: `unknown person ${pid}` });
    }
    if (e.contextId !== undefined && !contexts.has(e.contextId)) {
      issues.push({ path: ['encounters', i, 'contextId'], message: `unknown context ${e.contextId}` });
    }
  });
  db.ties.forEach((t, i) => {
    if (!people.has(t.a) || !people.has(t.b))
      issues.push({ path: ['ties', i], message: 'tie refers to an unknown person' });
  });
  return issues;
}

export function emptyDatabase(): Database {
  return {
    schemaVersion: SCHEMA_VERSION,
    people: [],
    encounters: [],
    contexts: [],
    ties: [],
    settings: Settings.parse({}),
    mapPins: { ego: {}, force: {}, context: {} },
    coverage: [],
  };
}

function isRealCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return isRealDay(y, m, d);
}

/** Arithmetic instead of a Date object (hot on load). Years before 100 are refused, as before. */
function isRealDay(y: number, m: number, d: number): boolean {
  if (!(y >= 100) || !(m >= 1 && m <= 12) || !(d >= 1)) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

const ENCOUNTER_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function isEncounterDate(s: string): boolean {
  const m = ENCOUNTER_DATE.exec(s);
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  return m[4] === undefined || !Number.isNaN(Date.parse(s));
}
