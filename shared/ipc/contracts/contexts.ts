/** Contexts: clubs, associations, fairs, companies. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { ContextKind, MultiLine, OneLine } from '../../domain/schema';

const Name = OneLine().trim().min(1, 'name must not be empty').max(200);

export const ContextDraft = z.object({
  name: Name,
  kind: ContextKind.optional(),
  notes: MultiLine().max(20000).optional(),
});

export type ContextDraft = z.infer<typeof ContextDraft>;

export const ContextPatch = z.object({
  name: Name.optional(),
  kind: ContextKind.optional(),
  notes: MultiLine().max(20000).optional(),
});

export type ContextPatch = z.infer<typeof ContextPatch>;
