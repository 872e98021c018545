/** What the services need from the outside world, passed in so tests can fix ids and time. */
import { randomUUID } from 'node:crypto';

export interface ServiceDeps {
  now: () => Date;
  newId: () => string;
}

export const defaultDeps: ServiceDeps = { now: () => new Date(), newId: () => randomUUID() };

/** The bookkeeping timestamp (`createdAt`/`updatedAt`): UTC ISO-8601. */
export function stamp(deps: ServiceDeps): string {
  return deps.now().toISOString();
}
