/** Pure builder for Tie records (two people who know each other). */
import type { Tie } from '../../../shared/domain/schema';
import type { TieDraft } from '../../../shared/ipc/contract';
import { defined, optionalText } from './clean';

export function buildTie(draft: TieDraft, id: string, now: string): Tie {
  return defined<Tie>({
    id,
    a: draft.a,
    b: draft.b,
    kind: draft.kind ?? 'knows',
    strength: draft.strength,
    note: optionalText(draft.note),
    createdAt: now,
    updatedAt: now,
  });
}

/** Ties are unordered: (a, b) and (b, a) are the same pair. */
export function samePair(tie: Pick<Tie, 'a' | 'b'>, a: string, b: string): boolean {
  return (tie.a === a && tie.b === b) || (tie.a === b && tie.b === a);
}
