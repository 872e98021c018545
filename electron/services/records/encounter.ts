/** Pure builders for Encounter records. */
import type { Encounter } from '../../../shared/domain/schema';
import type { EncounterDraft, EncounterPatch } from '../../../shared/ipc/contract';
import { cleanList, defined, patched } from './clean';

export function buildEncounter(draft: EncounterDraft, id: string, now: string): Encounter {
  return defined<Encounter>({
    id,
    date: draft.date,
    participants: cleanList(draft.participants),
    channel: draft.channel,
    contextId: draft.contextId,
    durationMinutes: draft.durationMinutes,
    initiator: draft.initiator,
    notes: draft.notes ?? '',
    createdAt: now,
    updatedAt: now,
  });
}

export function patchEncounter(encounter: Encounter, patch: EncounterPatch, now: string): Encounter {
  return defined<Encounter>({
    id: encounter.id,
    date: patch.date ?? encounter.date,
    participants: patch.participants ? cleanList(patch.participants) : encounter.participants,
    channel: patch.channel ?? encounter.channel,
    contextId: patched(encounter.contextId, patch.contextId),
    durationMinutes: patched(encounter.durationMinutes, patch.durationMinutes),
    initiator: patched(encounter.initiator, patch.initiator),
    notes: patch.notes ?? encounter.notes,
    createdAt: encounter.createdAt,
    updatedAt: now,
  });
}

/** The encounter without `personId`; undefined if nobody would be left (then it is deleted). */
export function withoutParticipant(
  encounter: Encounter,
  personId: string,
  now: string,
): Encounter | undefined {
  if (!encounter.participants.includes(personId)) return encounter;
  const participants = encounter.participants.filter((id) => id !== personId);
  return participants.length > 0 ? { ...encounter, participants, updatedAt: now } : undefined;
}
