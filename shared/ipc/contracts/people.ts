/** People: the drafts and patches of a person, snoozing, duplicates and merging. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import {
  CalendarDate,
  Closeness,
  Id,
  MultiLine,
  NamedDate,
  NextStep,
  OneLine,
  Person,
  PersonDate,
  PersonKind,
  RingNumber,
} from '../../domain/schema';

const Name = OneLine().trim().min(1, 'name must not be empty').max(200);

/** What the user types to create a person; ids and timestamps are the store's job. */
export const PersonDraft = z.object({
  displayName: Name,
  givenName: OneLine().max(200).optional(),
  familyName: OneLine().max(200).optional(),
  organisation: OneLine().max(200).optional(),
  role: OneLine().max(200).optional(),
  emails: z.array(OneLine().trim().email('not a valid e-mail address')).optional(),
  phones: z.array(OneLine().max(64)).optional(),
  urls: z.array(OneLine().max(2000)).optional(),
  tags: z.array(OneLine().trim().min(1).max(80)).optional(),
  contexts: z.array(Id).optional(),
  kind: PersonKind.optional(),
  closeness: Closeness.optional(),
  pinnedRing: RingNumber.optional(),
  cadenceDays: z.number().int().min(1).max(3650).optional(),
  notes: MultiLine().max(20000).optional(),
  birthday: PersonDate.optional(),
  dates: z.array(NamedDate).max(50).optional(),
  nextStep: NextStep.optional(),
});

export type PersonDraft = z.infer<typeof PersonDraft>;

/** A patch: `null` clears an optional field, a missing key leaves it as it is. */
export const PersonPatch = PersonDraft.partial().extend({
  givenName: OneLine().max(200).nullable().optional(),
  familyName: OneLine().max(200).nullable().optional(),
  organisation: OneLine().max(200).nullable().optional(),
  role: OneLine().max(200).nullable().optional(),
  closeness: Closeness.nullable().optional(),
  pinnedRing: RingNumber.nullable().optional(),
  cadenceDays: z.number().int().min(1).max(3650).nullable().optional(),
  archived: z.boolean().optional(),
  birthday: PersonDate.nullable().optional(),
  /** The whole list of named dates (an empty list removes them all). */
  dates: z.array(NamedDate).max(50).optional(),
  nextStep: NextStep.nullable().optional(),
});

export type PersonPatch = z.infer<typeof PersonPatch>;

/** The person's next step is done: it is cleared, and the answer says what it was (to log the encounter). */
export const NextStepDone = z.object({ person: Person, step: NextStep });
export type NextStepDone = z.infer<typeof NextStepDone>;

export const SnoozeRequest = z.object({ id: Id, until: CalendarDate.nullable() });

export const MergeRequest = z
  .object({ keepId: Id, removeId: Id })
  .refine((r) => r.keepId !== r.removeId, { message: 'choose two different people', path: ['removeId'] });

export type MergeRequest = z.infer<typeof MergeRequest>;

export const MergePreview = z.object({
  keep: Person,
  remove: Person,
  /** The person as they will be after the merge. */
  merged: Person,
  /** Encounters of the removed person that move to the kept one. */
  encountersMoved: z.number().int().min(0),
  /** Encounters both took part in (they stay, with the person once). */
  encountersShared: z.number().int().min(0),
  tiesMoved: z.number().int().min(0),
  /** Ties between the two, or to someone both are tied to, that would be doubled. */
  tiesDropped: z.number().int().min(0),
  /** Fields where both had a different value and the kept person's value wins. */
  conflicts: z.array(z.string()),
});

export type MergePreview = z.infer<typeof MergePreview>;

export const DUPLICATE_REASONS = ['same-email', 'shared-phone', 'same-name', 'similar-name'] as const;

export const DuplicatePair = z.object({ a: Id, b: Id, reason: z.enum(DUPLICATE_REASONS) });

export type DuplicatePair = z.infer<typeof DuplicatePair>;
