/**
 * planImport: what an import would do to the current data, computed without changing anything.
 *
 * People are matched by e-mail first, then by normalised name (see names.ts). A name alone is not
 * trusted when both sides carry e-mail addresses and none is shared: two "Thomas Müller" with different
 * addresses become two people, and the new one is reported as a likely duplicate. Matched people only
 * ever gain data (addresses, numbers, empty fields filled); nothing the user entered is overwritten.
 */
import { createHash } from 'node:crypto';
import { type Context, type Database, type Encounter, Person, Tie } from '../../shared/domain/schema';
import { findLikelyDuplicates } from './duplicates';
import { ImportError } from './errors';
import { nameKeys, normaliseEmail, normalisePhone, unionBy } from './names';
import type {
  ImportedEncounter,
  ImportedPerson,
  ImportedTie,
  ImportPreview,
  MatchedBy,
  MatchedPerson,
  ParsedImport,
  PersonRef,
  PlannedEncounter,
  PlannedPerson,
  PlannedTie,
  PlanOptions,
  SkippedRow,
} from './types';

/** A person the plan works with: an existing one (copied on first change) or one this import creates. */
interface Handle {
  id: string;
  isNew: boolean;
  record: Person;
  original?: Person;
  lines: number[];
  by?: MatchedBy;
  added: Set<string>;
}

type Resolved = { handle: Handle; by: MatchedBy; ref?: PersonRef } | PersonRef;

function refAsPerson(ref: PersonRef, line: number): ImportedPerson {
  return {
    line,
    displayName: ref.name ?? ref.email ?? '?',
    emails: ref.email ? [ref.email] : [],
    phones: [],
    urls: [],
    tags: [],
    contexts: [],
    notes: '',
  };
}

/**
 * Records in the schema's key order: the same bytes the store writes after loading them again, so an
 * import followed by its undo, or a reload, does not reorder a file.
 */
function inSchemaOrder<T extends object>(record: T, keys: readonly string[]): T {
  const source = record as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) ordered[key] = source[key];
  return ordered as T;
}
const PERSON_KEYS = Object.keys(Person.shape);
const TIE_KEYS = Object.keys(Tie.shape);

const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);
const lower = (value: string) => value.trim().toLowerCase();

export function planImport(
  parsed: ParsedImport,
  db: Readonly<Database>,
  options: PlanOptions,
): ImportPreview {
  if (parsed.format === 'json') return planRestore(parsed, db, options);
  return new Planner(parsed, db, options).run();
}

class Planner {
  private readonly byEmail = new Map<string, Handle>();
  private readonly byName = new Map<string, Handle[]>();
  private readonly handles = new Map<string, Handle>();
  private readonly newHandles: Handle[] = [];
  private readonly draftHandles: (Handle | undefined)[] = [];
  private readonly contextsByName = new Map<string, string>();
  private readonly newContexts: Context[] = [];
  private readonly sameName = new Map<string, string>();
  private readonly skipped: SkippedRow[];
  private readonly ownerEmails: Set<string>;
  private readonly ownerNames: Set<string>;
  private existingEncounterKeys: Map<string, number> | null = null;
  private readonly tieKeys = new Set<string>();

  constructor(
    private readonly parsed: ParsedImport,
    private readonly db: Readonly<Database>,
    private readonly options: PlanOptions,
  ) {
    this.skipped = [...parsed.skipped];
    this.ownerEmails = new Set((options.ownerEmails ?? []).map(normaliseEmail));
    this.ownerNames = new Set(db.settings.ownerName.trim() ? nameKeys(db.settings.ownerName) : []);
    for (const person of db.people)
      this.index({ id: person.id, isNew: false, record: person, lines: [], added: new Set() });
    for (const context of db.contexts) this.contextsByName.set(lower(context.name), context.id);
    for (const tie of db.ties) this.tieKeys.add(pairKey(tie.a, tie.b));
  }

  run(): ImportPreview {
    this.parsed.people.forEach((draft, i) => {
      this.draftHandles[i] = this.takePerson(draft);
    });
    const encounters: PlannedEncounter[] = [];
    for (const draft of this.parsed.encounters) {
      const planned = this.takeEncounter(draft);
      if (planned) encounters.push(planned);
    }
    const ties: PlannedTie[] = [];
    for (const draft of this.parsed.ties) {
      const planned = this.takeTie(draft);
      if (planned) ties.push(planned);
    }
    const newPeople: PlannedPerson[] = this.newHandles.map((h) => ({ lines: h.lines, person: h.record }));
    const matchedPeople: MatchedPerson[] = [...this.handles.values()]
      .filter((h) => !h.isNew && h.by !== undefined)
      .map((h) => ({
        lines: h.lines,
        existingId: h.id,
        existingName: (h.original ?? h.record).displayName,
        by: h.by!,
        updated: h.original ? h.record : null,
        original: h.original ?? null,
        added: [...h.added],
      }));
    const likelyDuplicates = findLikelyDuplicates(
      this.newHandles.map((h) => h.record),
      this.db.people,
      this.sameName,
      (id) => this.handles.get(id)?.record,
    );
    const skipped = this.skipped.sort((a, b) => a.line - b.line);
    return {
      format: this.parsed.format,
      fileName: this.parsed.fileName,
      mode: 'add',
      base: fingerprint(this.db),
      newContexts: this.newContexts,
      newPeople,
      matchedPeople,
      likelyDuplicates,
      encounters,
      ties,
      skipped,
      counts: {
        newPeople: newPeople.length,
        matchedPeople: matchedPeople.length,
        likelyDuplicates: likelyDuplicates.length,
        newContexts: this.newContexts.length,
        encounters: encounters.length,
        ties: ties.length,
        skipped: skipped.length,
        removedPeople: 0,
        removedEncounters: 0,
      },
    };
  }

  // -- people ---------------------------------------------------------------------------------------

  private index(handle: Handle): void {
    this.handles.set(handle.id, handle);
    for (const email of handle.record.emails) {
      const key = normaliseEmail(email);
      if (!this.byEmail.has(key)) this.byEmail.set(key, handle);
    }
    for (const key of nameKeys(handle.record.displayName)) {
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [handle]);
      else if (!list.includes(handle)) list.push(handle);
    }
  }

  private byNameCandidates(name: string): Handle[] {
    const found: Handle[] = [];
    for (const key of nameKeys(name)) {
      for (const h of this.byName.get(key) ?? []) if (!found.includes(h)) found.push(h);
    }
    return found;
  }

  /**
   * Finds who a person described by a file is. Returns the handle and how, `ambiguous` when a bare name
   * fits several people, or null (a new person; `sameNameAs` then names a look-alike to report).
   */
  private find(
    name: string | undefined,
    emails: readonly string[],
  ): { handle: Handle; by: MatchedBy } | { ambiguous: Handle[] } | { sameNameAs?: Handle } {
    for (const email of emails) {
      const handle = this.byEmail.get(normaliseEmail(email));
      if (handle) return { handle, by: 'email' };
    }
    if (!name) return {};
    const candidates = this.byNameCandidates(name);
    if (candidates.length === 0) return {};
    if (candidates.length > 1)
      return emails.length > 0 ? { sameNameAs: candidates[0]! } : { ambiguous: candidates };
    const only = candidates[0]!;
    if (emails.length > 0 && only.record.emails.length > 0) return { sameNameAs: only };
    return { handle: only, by: 'name' };
  }

  private takePerson(draft: ImportedPerson): Handle {
    const found = this.find(draft.displayName, draft.emails);
    if ('handle' in found) {
      this.touch(found.handle, found.by, draft.line);
      this.merge(found.handle, draft);
      return found.handle;
    }
    const handle = this.create(draft);
    if ('sameNameAs' in found && found.sameNameAs) this.sameName.set(handle.id, found.sameNameAs.id);
    if ('ambiguous' in found) this.sameName.set(handle.id, found.ambiguous[0]!.id);
    return handle;
  }

  private touch(handle: Handle, by: MatchedBy, line: number): void {
    // Lines mostly arrive in file order, so a repeat is the last one; short lists are searched fully.
    const last = handle.lines[handle.lines.length - 1];
    if (last !== line && (handle.lines.length > 16 || !handle.lines.includes(line))) handle.lines.push(line);
    if (!handle.isNew && handle.by === undefined) handle.by = by;
  }

  private create(draft: ImportedPerson): Handle {
    const id = this.options.newId();
    const now = this.options.now;
    const person: Person = {
      id,
      displayName: clip(draft.displayName.trim(), 200),
      emails: [],
      phones: [],
      urls: [],
      tags: [],
      contexts: [],
      kind: draft.kind ?? 'other',
      notes: '',
      createdAt: now,
      updatedAt: now,
      archived: draft.archived ?? false,
    };
    const handle: Handle = { id, isNew: true, record: person, lines: [draft.line], added: new Set() };
    this.merge(handle, draft);
    this.newHandles.push(handle);
    this.index(handle);
    return handle;
  }

  /** Adds what `draft` knows to the handle's record without overwriting anything already there. */
  private merge(handle: Handle, draft: ImportedPerson): void {
    const before = handle.record;
    const next: Person = { ...before };
    let changed = false;
    const added = (field: string) => {
      changed = true;
      if (!handle.isNew) handle.added.add(field);
    };
    const emails = unionBy(
      before.emails,
      draft.emails.filter((e) => e.length <= 320),
      normaliseEmail,
    );
    if (emails.length !== before.emails.length) {
      next.emails = emails;
      added('emails');
    }
    const phones = unionBy(
      before.phones,
      draft.phones.map((p) => clip(p.trim(), 64)),
      normalisePhone,
    );
    if (phones.length !== before.phones.length) {
      next.phones = phones;
      added('phones');
    }
    const urls = unionBy(
      before.urls,
      draft.urls.filter((u) => u.length <= 2000),
      (u) => u.trim(),
    );
    if (urls.length !== before.urls.length) {
      next.urls = urls;
      added('urls');
    }
    const tags = unionBy(before.tags, draft.tags.map((t) => clip(t.trim(), 80)).filter(Boolean), lower);
    if (tags.length !== before.tags.length) {
      next.tags = tags;
      added('tags');
    }
    const contextIds = draft.contexts.map((name) => this.context(name));
    const contexts = unionBy(before.contexts, contextIds, (x) => x);
    if (contexts.length !== before.contexts.length) {
      next.contexts = contexts;
      added('contexts');
    }
    for (const field of ['givenName', 'familyName', 'organisation', 'role'] as const) {
      const value = draft[field]?.trim();
      if (value && !before[field]) {
        next[field] = clip(value, 200);
        added(field);
      }
    }
    if (draft.kind && draft.kind !== 'other' && before.kind === 'other') {
      next.kind = draft.kind;
      added('kind');
    }
    for (const field of ['closeness', 'pinnedRing', 'cadenceDays'] as const) {
      if (draft[field] !== undefined && before[field] === undefined) {
        (next as Record<string, unknown>)[field] = draft[field];
        added(field);
      }
    }
    const notes = draft.notes.trim();
    if (notes && !before.notes.includes(notes)) {
      // A new person's notes are kept exactly; an existing person's get the file's notes appended.
      next.notes = clip(before.notes ? `${before.notes}\n\n${notes}` : draft.notes, 20000);
      added('notes');
    }
    if (!changed) return;
    if (!handle.isNew) {
      handle.original ??= before;
      next.updatedAt = this.options.now;
    }
    handle.record = inSchemaOrder(next, PERSON_KEYS);
    this.reindex(handle);
  }

  private reindex(handle: Handle): void {
    for (const email of handle.record.emails) {
      const key = normaliseEmail(email);
      if (!this.byEmail.has(key)) this.byEmail.set(key, handle);
    }
  }

  private context(name: string): string {
    const key = lower(name);
    const existing = this.contextsByName.get(key);
    if (existing) return existing;
    const now = this.options.now;
    const context: Context = {
      id: this.options.newId(),
      name: clip(name.trim(), 200),
      kind: 'other',
      notes: '',
      createdAt: now,
      updatedAt: now,
    };
    this.newContexts.push(context);
    this.contextsByName.set(key, context.id);
    return context.id;
  }

  // -- references from encounters and ties ------------------------------------------------------------

  private isOwner(ref: PersonRef): boolean {
    if (ref.email && this.ownerEmails.has(ref.email)) return true;
    return (
      ref.email === undefined &&
      ref.name !== undefined &&
      nameKeys(ref.name).some((k) => this.ownerNames.has(k))
    );
  }

  /** Resolves references without creating anyone, so a row that is skipped leaves no one behind. */
  private resolve(refs: readonly PersonRef[], line: number): { ok: Resolved[] } | { skip: SkippedRow } {
    const resolved: Resolved[] = [];
    for (const ref of refs) {
      if (ref.personIndex !== undefined) {
        const handle = this.draftHandles[ref.personIndex];
        if (handle) resolved.push({ handle, by: 'name' });
        continue;
      }
      if (this.isOwner(ref)) continue;
      const found = this.find(ref.name, ref.email ? [ref.email] : []);
      if ('handle' in found) resolved.push({ ...found, ref });
      else if ('ambiguous' in found) {
        return { skip: { line, reason: 'ambiguous-person', detail: ref.name ?? ref.email ?? '' } };
      } else resolved.push(ref);
    }
    return { ok: resolved };
  }

  /** Turns resolved references into person ids, creating the people a file names for the first time. */
  private commit(resolved: readonly Resolved[], line: number): string[] {
    const ids: string[] = [];
    for (const item of resolved) {
      let handle: Handle;
      if ('handle' in item) {
        handle = item.handle;
        this.touch(handle, item.by, line);
        if (item.ref?.email) this.merge(handle, refAsPerson(item.ref, line));
      } else {
        // A name or address seen twice in one file must become one person, so look again.
        const again = this.find(item.name, item.email ? [item.email] : []);
        if ('handle' in again) {
          handle = again.handle;
          this.touch(handle, again.by, line);
          if (item.email) this.merge(handle, refAsPerson(item, line));
        } else {
          handle = this.create(refAsPerson(item, line));
          if ('sameNameAs' in again && again.sameNameAs) this.sameName.set(handle.id, again.sameNameAs.id);
        }
      }
      if (!ids.includes(handle.id)) ids.push(handle.id);
    }
    return ids;
  }

  private takeEncounter(draft: ImportedEncounter): PlannedEncounter | null {
    const resolution = this.resolve(draft.participants, draft.line);
    if ('skip' in resolution) {
      this.skipped.push(resolution.skip);
      return null;
    }
    if (resolution.ok.length === 0) {
      this.skipped.push({ line: draft.line, reason: 'nobody-else' });
      return null;
    }
    const candidateIds = [...new Set(resolution.ok.flatMap((r) => ('handle' in r ? [r.handle.id] : [])))];
    const allKnown = resolution.ok.every((r) => 'handle' in r);
    if (allKnown && this.consumeExisting(draft, candidateIds)) {
      this.skipped.push({ line: draft.line, reason: 'already-present', detail: draft.date });
      return null;
    }
    const participants = this.commit(resolution.ok, draft.line);
    const now = this.options.now;
    // Fields assigned in the schema's order (see inSchemaOrder), without copying 100,000 objects.
    const encounter = {
      id: this.options.newId(),
      date: draft.date,
      participants,
      channel: draft.channel,
    } as Encounter;
    if (draft.context) encounter.contextId = this.context(draft.context);
    if (draft.durationMinutes !== undefined) encounter.durationMinutes = draft.durationMinutes;
    if (draft.initiator) encounter.initiator = draft.initiator;
    encounter.notes = clip(draft.notes, 20000);
    encounter.createdAt = now;
    encounter.updatedAt = now;
    // Built only from checked parts (the parsers validate dates, channels and durations), so it is not
    // validated again here: the store checks every new record once, and the fuzz tests check previews.
    return { line: draft.line, encounter };
  }

  /** True (and counts it off) when the data already holds this encounter: re-importing adds nothing. */
  private consumeExisting(draft: ImportedEncounter, ids: string[]): boolean {
    if (this.db.encounters.length === 0) return false;
    if (!this.existingEncounterKeys) {
      this.existingEncounterKeys = new Map();
      for (const e of this.db.encounters) {
        const key = encounterKey(e.date, e.channel, e.participants, e.durationMinutes, e.notes);
        this.existingEncounterKeys.set(key, (this.existingEncounterKeys.get(key) ?? 0) + 1);
      }
    }
    const key = encounterKey(draft.date, draft.channel, ids, draft.durationMinutes, draft.notes);
    const count = this.existingEncounterKeys.get(key) ?? 0;
    if (count === 0) return false;
    this.existingEncounterKeys.set(key, count - 1);
    return true;
  }

  private takeTie(draft: ImportedTie): PlannedTie | null {
    const resolution = this.resolve([draft.a, draft.b], draft.line);
    if ('skip' in resolution) {
      this.skipped.push(resolution.skip);
      return null;
    }
    if (resolution.ok.length < 2) {
      this.skipped.push({
        line: draft.line,
        reason: 'bad-value',
        detail: 'a tie needs two people besides you',
      });
      return null;
    }
    const [a, b] = resolution.ok as [Resolved, Resolved];
    if ('handle' in a && 'handle' in b && a.handle === b.handle) {
      this.skipped.push({ line: draft.line, reason: 'same-person' });
      return null;
    }
    if ('handle' in a && 'handle' in b && this.tieKeys.has(pairKey(a.handle.id, b.handle.id))) {
      this.skipped.push({ line: draft.line, reason: 'already-present' });
      return null;
    }
    const ids = this.commit([a, b], draft.line);
    if (ids.length < 2) {
      this.skipped.push({ line: draft.line, reason: 'same-person' });
      return null;
    }
    const [idA, idB] = ids as [string, string];
    if (this.tieKeys.has(pairKey(idA, idB))) {
      this.skipped.push({ line: draft.line, reason: 'already-present' });
      return null;
    }
    this.tieKeys.add(pairKey(idA, idB));
    const now = this.options.now;
    const tie: Tie = {
      id: this.options.newId(),
      a: idA,
      b: idB,
      kind: draft.kind,
      createdAt: now,
      updatedAt: now,
    };
    if (draft.strength !== undefined) tie.strength = draft.strength;
    if (draft.note) tie.note = clip(draft.note, 2000);
    const valid = Tie.safeParse(tie);
    if (!valid.success) {
      this.skipped.push({
        line: draft.line,
        reason: 'invalid-record',
        detail: valid.error.issues[0]?.message,
      });
      return null;
    }
    return { line: draft.line, tie: inSchemaOrder(tie, TIE_KEYS) };
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function encounterKey(
  date: string,
  channel: string,
  participants: readonly string[],
  duration: number | undefined,
  notes: string,
): string {
  return [date, channel, [...participants].sort().join(','), duration ?? '', notes].join('\u0000');
}

/**
 * A fingerprint of the data: every record's content plus the settings and map pins. A preview applies
 * only to the data it was computed from (see applyImport). The store freezes its records and replaces
 * them on change, so the text of a frozen record is cached and the second fingerprint (at apply) is cheap.
 */
export function fingerprint(db: Readonly<Database>): string {
  const hash = createHash('sha256');
  hash.update(
    `v${db.schemaVersion}\n${JSON.stringify(db.settings)}\n${JSON.stringify(db.mapPins ?? null)}\n`,
  );
  for (const [name, records] of [
    ['people', db.people],
    ['encounters', db.encounters],
    ['contexts', db.contexts],
    ['ties', db.ties],
  ] as const) {
    hash.update(`${name}:${records.length}\n`);
    for (const r of records) hash.update(recordText(r));
  }
  return hash.digest('hex').slice(0, 32);
}

const recordTexts = new WeakMap<object, string>();

function recordText(record: object): string {
  const cached = recordTexts.get(record);
  if (cached !== undefined) return cached;
  const text = `${JSON.stringify(record)}\n`;
  if (Object.isFrozen(record)) recordTexts.set(record, text);
  return text;
}

// -- JSON backups -------------------------------------------------------------------------------------

/**
 * Restoring a backup. `replace` swaps the data for the backup. `merge` (the default) keeps everything and
 * adds the backup's records by id; where both hold a record, the more recently updated one wins. The
 * owner's settings are kept in a merge (unless the data is still empty) and taken from the backup in a
 * replace; map pins are merged
 * (the current position wins).
 */
function planRestore(parsed: ParsedImport, db: Readonly<Database>, options: PlanOptions): ImportPreview {
  const backup = parsed.backup;
  if (!backup) throw new ImportError('bad-backup', { file: parsed.fileName, detail: 'no data' });
  const mode = options.jsonMode ?? 'merge';
  const current = new Map(db.people.map((p) => [p.id, p]));
  const inBackup = new Set(backup.people.map((p) => p.id));
  const replacement: Database =
    mode === 'replace'
      ? backup
      : {
          schemaVersion: db.schemaVersion,
          people: mergeById(db.people, backup.people),
          encounters: mergeById(db.encounters, backup.encounters),
          contexts: mergeById(db.contexts, backup.contexts),
          ties: mergeById(db.ties, backup.ties),
          // Merging into data that holds nothing yet is a restore: the backup's settings come along.
          settings: isEmpty(db) ? backup.settings : db.settings,
          mapPins: {
            ego: { ...backup.mapPins.ego, ...db.mapPins.ego },
            force: { ...backup.mapPins.force, ...db.mapPins.force },
            context: { ...backup.mapPins.context, ...db.mapPins.context },
          },
          coverage: mergeById(db.coverage, backup.coverage),
        };
  const chosenById = new Map(replacement.people.map((p) => [p.id, p]));
  const newPeople: PlannedPerson[] = backup.people
    .filter((p) => !current.has(p.id))
    .map((person) => ({ lines: [], person }));
  const matchedPeople: MatchedPerson[] = backup.people
    .filter((p) => current.has(p.id))
    .map((p) => {
      const existing = current.get(p.id)!;
      const chosen = chosenById.get(p.id) ?? p;
      return {
        lines: [],
        existingId: p.id,
        existingName: existing.displayName,
        by: 'id' as const,
        updated: chosen === existing ? null : chosen,
        original: chosen === existing ? null : existing,
        added: chosen === existing ? [] : ['record'],
      };
    });
  const knownEncounters = new Set(db.encounters.map((e) => e.id));
  const encounters = backup.encounters
    .filter((e) => !knownEncounters.has(e.id))
    .map((encounter) => ({ line: 0, encounter }));
  const knownTies = new Set(db.ties.map((t) => t.id));
  const ties = backup.ties.filter((t) => !knownTies.has(t.id)).map((tie) => ({ line: 0, tie }));
  const knownContexts = new Set(db.contexts.map((c) => c.id));
  const newContexts = backup.contexts.filter((c) => !knownContexts.has(c.id));
  const backupEncounters = new Set(backup.encounters.map((e) => e.id));
  const removedPeople = mode === 'replace' ? db.people.filter((p) => !inBackup.has(p.id)).length : 0;
  const removedEncounters =
    mode === 'replace' ? db.encounters.filter((e) => !backupEncounters.has(e.id)).length : 0;
  return {
    format: 'json',
    fileName: parsed.fileName,
    mode: 'replace',
    base: fingerprint(db),
    newContexts,
    newPeople,
    matchedPeople,
    likelyDuplicates: [],
    encounters,
    ties,
    skipped: [],
    counts: {
      newPeople: newPeople.length,
      matchedPeople: matchedPeople.length,
      likelyDuplicates: 0,
      newContexts: newContexts.length,
      encounters: encounters.length,
      ties: ties.length,
      skipped: 0,
      removedPeople,
      removedEncounters,
    },
    replacement,
  };
}

function isEmpty(db: Readonly<Database>): boolean {
  return db.people.length + db.encounters.length + db.contexts.length + db.ties.length === 0;
}

function mergeById<T extends { id: string; updatedAt: string }>(
  current: readonly T[],
  incoming: readonly T[],
): T[] {
  const byId = new Map(incoming.map((r) => [r.id, r]));
  const result = current.map((record) => {
    const other = byId.get(record.id);
    return other && Date.parse(other.updatedAt) > Date.parse(record.updatedAt) ? other : record;
  });
  const known = new Set(current.map((r) => r.id));
  for (const record of incoming) if (!known.has(record.id)) result.push(record);
  return result;
}
