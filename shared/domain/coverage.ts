/**
 * Keeping coverage records true when people change: a merged person's coverage moves to the person kept,
 * a deleted person's is dropped (a record covering no one any more goes with it).
 */
import type { Coverage } from './schema';

/** Coverage with `removeId` replaced by `keepId` (merge) or taken out (delete, `keepId` undefined). */
export function coverageWithout(
  coverage: readonly Coverage[],
  removeId: string,
  keepId?: string,
  now?: string,
): readonly Coverage[] {
  if (!coverage.some((c) => c.personIds?.includes(removeId))) return coverage;
  const out: Coverage[] = [];
  for (const c of coverage) {
    if (!c.personIds?.includes(removeId)) {
      out.push(c);
      continue;
    }
    const ids = c.personIds.filter((id) => id !== removeId);
    if (keepId !== undefined && !ids.includes(keepId)) ids.push(keepId);
    if (ids.length === 0) continue;
    out.push({ ...c, personIds: ids, updatedAt: now ?? c.updatedAt });
  }
  return out;
}
