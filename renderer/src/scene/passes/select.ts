/** Pass 1 — who is in the network: everyone not archived, in id order (the layouts and the canvas rely on it). */
import type { MapPerson } from '../types';

export function selectPeople(all: readonly MapPerson[]): MapPerson[] {
  return all.filter((p) => !p.archived).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
