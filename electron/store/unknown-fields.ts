/**
 * Fields this version does not know (a newer Tiefgang wrote them, or a person added them by hand) are
 * kept, not dropped on the first write: zod's parse leaves them out of the validated data, so they are
 * put back from the parsed JSON, and a record that replaces one carrying them (an edit) carries them on.
 * The app neither shows nor checks them; it only never throws them away.
 *
 * The alternative — refusing the file as one for a newer version — would lock a user out of a file that
 * differs by one optional field, and a newer version that adds a field without a new format number is
 * exactly the case this has to survive.
 */

import { Context, type Database, Encounter, Person, Tie } from '../../shared/domain/schema';

/** Records (and settings objects) that hold fields the schema does not know. */
const carriers = new WeakSet<object>();

export function hasUnknownFields(value: object): boolean {
  return carriers.has(value);
}

/**
 * Copies every key of `raw` that `parsed` lacks onto `parsed`, at every depth where both are objects
 * (records in lists by position: the schema keeps lists in order). Returns how many objects got fields.
 * `__proto__` is never copied (JSON.parse makes it an own key; assigning it would set a prototype).
 */
export function restoreUnknownFields(raw: unknown, parsed: unknown): number {
  if (typeof raw !== 'object' || raw === null || typeof parsed !== 'object' || parsed === null) return 0;
  if (Array.isArray(raw)) {
    if (!Array.isArray(parsed)) return 0;
    // Lists of plain values (participants, tags, emails) have nothing to restore.
    if (raw.length === 0 || typeof raw[0] !== 'object') return 0;
    let count = 0;
    const n = Math.min(raw.length, parsed.length);
    for (let i = 0; i < n; i++) count += restoreUnknownFields(raw[i], parsed[i]);
    return count;
  }
  let count = 0;
  let added = false;
  const target = parsed as Record<string, unknown>;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = (raw as Record<string, unknown>)[key];
    if (Object.hasOwn(target, key)) {
      if (typeof value === 'object' && value !== null) count += restoreUnknownFields(value, target[key]);
      continue;
    }
    if (key === '__proto__') continue;
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    added = true;
  }
  if (added) {
    carriers.add(target);
    count++;
  }
  return count;
}

/**
 * Gives `next` (a new version of a record) the fields of `previous` that are not `known` and that `next`
 * does not have. Call before `next` is frozen.
 */
export function carryUnknownFields(previous: object, next: object, known: ReadonlySet<string>): void {
  let added = false;
  for (const key of Object.keys(previous)) {
    if (known.has(key) || Object.hasOwn(next, key) || key === '__proto__') continue;
    Object.defineProperty(next, key, {
      value: (previous as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
    added = true;
  }
  if (added) carriers.add(next);
}

const KNOWN_KEYS = {
  people: new Set(Object.keys(Person.shape)),
  encounters: new Set(Object.keys(Encounter.shape)),
  contexts: new Set(Object.keys(Context.shape)),
  ties: new Set(Object.keys(Tie.shape)),
} as const;
type Collection = keyof typeof KNOWN_KEYS;
const COLLECTIONS = Object.keys(KNOWN_KEYS) as Collection[];

/** Per collection, the latest record of each id that holds unknown fields. */
export type CarrierIndex = Map<Collection, Map<string, object>>;

export function indexCarriers(data: Readonly<Database>): CarrierIndex {
  const index: CarrierIndex = new Map();
  for (const key of COLLECTIONS) {
    const byId = new Map<string, object>();
    for (const record of data[key]) if (carriers.has(record)) byId.set(record.id, record);
    index.set(key, byId);
  }
  return index;
}

/**
 * Every new record in `draft` that replaces a record holding unknown fields (same id) gets those fields,
 * so an edit in this version does not drop what a newer one wrote. Only new (not yet frozen) records
 * are looked at; the index learns the new carriers.
 */
export function carryUnknownFieldsForward(index: CarrierIndex, draft: Database): void {
  for (const key of COLLECTIONS) {
    const byId = index.get(key);
    if (!byId || byId.size === 0) continue;
    for (const record of draft[key]) {
      if (Object.isFrozen(record)) continue;
      const earlier = byId.get(record.id);
      if (!earlier || earlier === record) continue;
      carryUnknownFields(earlier, record, KNOWN_KEYS[key]);
      if (carriers.has(record)) byId.set(record.id, record);
    }
  }
}
