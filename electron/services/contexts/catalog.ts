/** Editing contexts: rename, change kind, delete (members leave it, encounters lose it). */
import type { Context, Database } from '../../../shared/domain/schema';
import type { ContextPatch } from '../../../shared/ipc/contract';
import { AppError } from '../../errors';
import { defaultDeps, type ServiceDeps, stamp } from '../deps';
import { matchKey } from '../lookup';
import { defined } from '../records/clean';

export function indexOfContext(db: Readonly<Database>, id: string): number {
  const index = db.contexts.findIndex((c) => c.id === id);
  if (index === -1)
    throw new AppError('not-found', `there is no context with id ${id}`, { id: 'unknown context' });
  return index;
}

export function changeContext(
  db: Database,
  id: string,
  patch: ContextPatch,
  deps: ServiceDeps = defaultDeps,
): Context {
  const index = indexOfContext(db, id);
  const current = db.contexts[index]!;
  const name = patch.name?.trim() ?? current.name;
  const key = matchKey(name);
  const clash = db.contexts.find((c) => c.id !== id && matchKey(c.name) === key);
  if (clash)
    throw new AppError('conflict', `a context named "${clash.name}" exists already`, {
      name: 'already exists',
    });
  const context: Context = {
    ...current,
    name,
    kind: patch.kind ?? current.kind,
    notes: patch.notes ?? current.notes,
    updatedAt: stamp(deps),
  };
  db.contexts[index] = context;
  return context;
}

/** Deletes a context: its members leave it and its encounters stay, without a context. */
export function removeContext(db: Database, id: string, deps: ServiceDeps = defaultDeps): Context {
  const index = indexOfContext(db, id);
  const [context] = db.contexts.splice(index, 1);
  const now = stamp(deps);
  if (db.people.some((p) => p.contexts.includes(id))) {
    db.people = db.people.map((p) =>
      p.contexts.includes(id) ? { ...p, contexts: p.contexts.filter((c) => c !== id), updatedAt: now } : p,
    );
  }
  if (db.encounters.some((e) => e.contextId === id)) {
    db.encounters = db.encounters.map((e) =>
      e.contextId === id ? defined({ ...e, contextId: undefined, updatedAt: now }) : e,
    );
  }
  return context!;
}
