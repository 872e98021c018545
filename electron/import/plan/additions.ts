/**
 * Planning what a contacts, encounters, ties or calendar file adds: people are matched (person-index.ts)
 * or created, matched people only ever gain data (fill-fields.ts), and encounters and ties refer to the
 * people they name. A row that is skipped leaves no one behind; an encounter the data already holds is
 * not added twice.
 */
import { nameKeys, normaliseEmail } from '../../../shared/domain/names';
import { type Context, type Database, type Encounter, type Person, Tie } from '../../../shared/domain/schema';
import { findLikelyDuplicates } from '../duplicates';
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
} from '../types';
import { type FillContext, fillFields } from './fill-fields';
import { fingerprint } from './fingerprint';
import { type Handle, PersonIndex, touch } from './person-index';
import { inSchemaOrder, lower, TIE_KEYS } from './record-order';
import { Shortenings } from './shorten';

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

export function planAdditions(
  parsed: ParsedImport,
  db: Readonly<Database>,
  options: PlanOptions,
): ImportPreview {
  return new Planner(parsed, db, options).run();
}

class Planner {
  private readonly people = new PersonIndex();
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
  private readonly fill: FillContext;
  private readonly shortenings = new Shortenings();

  constructor(
    private readonly parsed: ParsedImport,
    private readonly db: Readonly<Database>,
    private readonly options: PlanOptions,
  ) {
    this.skipped = [...parsed.skipped];
    this.ownerEmails = new Set((options.ownerEmails ?? []).map(normaliseEmail));
    this.ownerNames = new Set(db.settings.ownerName.trim() ? nameKeys(db.settings.ownerName) : []);
    for (const person of db.people)
      this.people.add({ id: person.id, isNew: false, record: person, lines: [], added: new Set() });
    for (const context of db.contexts) this.contextsByName.set(lower(context.name), context.id);
    for (const tie of db.ties) this.tieKeys.add(pairKey(tie.a, tie.b));
    this.fill = {
      now: options.now,
      contextId: (name, line) => this.context(name, line),
      shortenings: this.shortenings,
    };
  }

  run(): ImportPreview {
    const { people, encounters: encounterDrafts, ties: tieDrafts } = this.parsed;
    const progress = this.options.onProgress;
    const total = people.length + encounterDrafts.length + tieDrafts.length;
    let done = 0;
    progress?.(done, total);
    people.forEach((draft, i) => {
      this.draftHandles[i] = this.takePerson(draft);
      progress?.(++done, total);
    });
    const encounters: PlannedEncounter[] = [];
    for (const draft of encounterDrafts) {
      const planned = this.takeEncounter(draft);
      if (planned) encounters.push(planned);
      progress?.(++done, total);
    }
    const ties: PlannedTie[] = [];
    for (const draft of tieDrafts) {
      const planned = this.takeTie(draft);
      if (planned) ties.push(planned);
      progress?.(++done, total);
    }
    const newPeople: PlannedPerson[] = this.newHandles.map((h) => ({ lines: h.lines, person: h.record }));
    const matchedPeople: MatchedPerson[] = [...this.people.handles.values()]
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
      (id) => this.people.handles.get(id)?.record,
    );
    const skipped = this.skipped.sort((a, b) => a.line - b.line);
    const shortened = this.shortenings.list;
    const notices = [...(this.parsed.notices ?? [])];
    if (shortened.length > 0) notices.push({ code: 'shortened', values: { count: shortened.length } });
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
      shortened,
      notices,
      counts: {
        newPeople: newPeople.length,
        matchedPeople: matchedPeople.length,
        likelyDuplicates: likelyDuplicates.length,
        newContexts: this.newContexts.length,
        encounters: encounters.length,
        ties: ties.length,
        skipped: skipped.length,
        shortened: shortened.length,
        removedPeople: 0,
        removedEncounters: 0,
      },
    };
  }

  // -- people ---------------------------------------------------------------------------------------

  private takePerson(draft: ImportedPerson): Handle {
    const found = this.people.find(draft.displayName, draft.emails);
    if ('handle' in found) {
      touch(found.handle, found.by, draft.line);
      this.merge(found.handle, draft);
      return found.handle;
    }
    const handle = this.create(draft);
    if ('sameNameAs' in found && found.sameNameAs) this.sameName.set(handle.id, found.sameNameAs.id);
    if ('ambiguous' in found) this.sameName.set(handle.id, found.ambiguous[0]!.id);
    return handle;
  }

  private create(draft: ImportedPerson): Handle {
    const id = this.options.newId();
    const now = this.options.now;
    const person: Person = {
      id,
      displayName: this.shortenings.cut(draft.displayName.trim(), 200, draft.line, 'displayName'),
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
    this.people.add(handle);
    return handle;
  }

  private merge(handle: Handle, draft: ImportedPerson): void {
    if (fillFields(handle, draft, this.fill)) this.people.addEmails(handle);
  }

  private context(name: string, line: number): string {
    const key = lower(name);
    const existing = this.contextsByName.get(key);
    if (existing) return existing;
    const now = this.options.now;
    const context: Context = {
      id: this.options.newId(),
      name: this.shortenings.cut(name.trim(), 200, line, 'context'),
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
      const found = this.people.find(ref.name, ref.email ? [ref.email] : []);
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
        touch(handle, item.by, line);
        if (item.ref?.email) this.merge(handle, refAsPerson(item.ref, line));
      } else {
        // A name or address seen twice in one file must become one person, so look again.
        const again = this.people.find(item.name, item.email ? [item.email] : []);
        if ('handle' in again) {
          handle = again.handle;
          touch(handle, again.by, line);
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
    if (draft.context) encounter.contextId = this.context(draft.context, draft.line);
    if (draft.durationMinutes !== undefined) encounter.durationMinutes = draft.durationMinutes;
    if (draft.initiator) encounter.initiator = draft.initiator;
    encounter.notes = this.shortenings.cut(draft.notes, 20000, draft.line, 'encounterNotes');
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
    if (draft.note) tie.note = this.shortenings.cut(draft.note, 2000, draft.line, 'tieNote');
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
