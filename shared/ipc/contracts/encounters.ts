/** Encounters: the draft and patch of an encounter, and the quick log (new people in the same write). Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { Channel, EncounterDate, Id, Initiator, MultiLine, OneLine } from '../../domain/schema';

const Name = OneLine().trim().min(1, 'name must not be empty').max(200);

export const EncounterDraft = z.object({
  date: EncounterDate,
  participants: z.array(Id).min(1, 'choose at least one person'),
  channel: Channel,
  contextId: Id.optional(),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 14)
    .optional(),
  initiator: Initiator.optional(),
  notes: MultiLine().max(20000).optional(),
});

export type EncounterDraft = z.infer<typeof EncounterDraft>;

export const EncounterPatch = EncounterDraft.partial().extend({
  contextId: Id.nullable().optional(),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 14)
    .nullable()
    .optional(),
  initiator: Initiator.nullable().optional(),
});

export type EncounterPatch = z.infer<typeof EncounterPatch>;

/**
 * The quick log: an encounter whose participants are existing people and/or new people created in the
 * same write (one undo step). `participants` may be empty when `newPeople` names someone. Its context is
 * an existing one (`contextId`) or one created in the same write (`newContext`, a name; a context of
 * that name, ignoring case and accents, is used if there is one).
 */
export const QuickLogRequest = z
  .object({
    date: EncounterDate,
    participants: z.array(Id).max(500),
    newPeople: z.array(Name).max(20).default([]),
    channel: Channel,
    contextId: Id.optional(),
    newContext: Name.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 14)
      .optional(),
    initiator: Initiator.optional(),
    notes: MultiLine().max(20000).optional(),
  })
  .refine((r) => r.participants.length + r.newPeople.length > 0, {
    message: 'choose at least one person',
    path: ['participants'],
  })
  .refine((r) => r.contextId === undefined || r.newContext === undefined, {
    message: 'either an existing context or a new one, not both',
    path: ['newContext'],
  });

export type QuickLogRequest = z.input<typeof QuickLogRequest>;
