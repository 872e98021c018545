/** Undo labels: what a change is called in "Undo: delete Anna Berger" (`history:<key>` with its values). */
import type { Database } from '../../../shared/domain/schema';
import type { Label } from '../../../shared/ipc/contract';

export function label(key: string, values?: Label['values']): Label {
  return values ? { key: `history:${key}`, values } : { key: `history:${key}` };
}

/** A person's name as the label says it (their id if they are not in `db`). */
export const nameOf = (db: Readonly<Database>, id: string): string =>
  db.people.find((p) => p.id === id)?.displayName ?? id;
