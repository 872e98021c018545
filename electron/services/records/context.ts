/** Pure builder for Context records (clubs, associations, fairs… where encounters happen). */
import type { Context } from '../../../shared/domain/schema';
import type { ContextDraft } from '../../../shared/ipc/contract';

export function buildContext(draft: ContextDraft, id: string, now: string): Context {
  return {
    id,
    name: draft.name.trim(),
    kind: draft.kind ?? 'other',
    notes: draft.notes ?? '',
    createdAt: now,
    updatedAt: now,
  };
}
