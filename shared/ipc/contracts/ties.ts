/** Ties between two people. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { Closeness, Id, MultiLine, TieKind } from '../../domain/schema';

export const TieDraft = z
  .object({
    a: Id,
    b: Id,
    kind: TieKind.optional(),
    strength: Closeness.optional(),
    note: MultiLine().max(2000).optional(),
  })
  .refine((t) => t.a !== t.b, 'a person cannot be tied to themselves');

export type TieDraft = z.infer<typeof TieDraft>;
