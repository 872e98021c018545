/**
 * Which of two records of the same person holds more, so that a merge keeps it by default: the one with
 * more encounters; with as many, the one with more fields filled in; then the one with more ties; then
 * the older record. Counted fields are every field of the person that holds something (a list with an
 * entry, a text that is not empty, a number), not the bookkeeping (id, timestamps, archived), so fields
 * added later count without a change here.
 */
import type { Encounter, Person, Tie } from './schema';

export interface RecordRichness {
  encounters: number;
  fields: number;
  ties: number;
}

const BOOKKEEPING = new Set(['id', 'displayName', 'createdAt', 'updatedAt', 'archived']);

function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

export function recordRichness(
  person: Person,
  encounters: readonly Pick<Encounter, 'participants'>[],
  ties: readonly Pick<Tie, 'a' | 'b'>[],
): RecordRichness {
  let fields = 0;
  for (const [key, value] of Object.entries(person)) if (!BOOKKEEPING.has(key) && filled(value)) fields++;
  let met = 0;
  for (const e of encounters) if (e.participants.includes(person.id)) met++;
  let tied = 0;
  for (const t of ties) if (t.a === person.id || t.b === person.id) tied++;
  return { encounters: met, fields, ties: tied };
}

/** Positive when `a` is the richer record, negative when `b` is (never 0 for two different records). */
export function compareRichness(
  a: { person: Person; richness: RecordRichness },
  b: { person: Person; richness: RecordRichness },
): number {
  const x = a.richness;
  const y = b.richness;
  return (
    x.encounters - y.encounters ||
    x.fields - y.fields ||
    x.ties - y.ties ||
    // The older record (it was there first; imports usually add the newer one).
    (a.person.createdAt < b.person.createdAt ? 1 : a.person.createdAt > b.person.createdAt ? -1 : 0) ||
    (a.person.id < b.person.id ? 1 : -1)
  );
}
