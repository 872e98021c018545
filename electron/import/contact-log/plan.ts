/**
 * What importing a contact log would change, computed without changing anything: the people it names
 * matched to the people in the data (by phone number, then e-mail, then name; a name that fits several
 * people is left for the user to choose), one encounter per day or call with its source fingerprint,
 * and the coverage records of the period.
 *
 * Re-importing adds nothing twice: an encounter whose source key the data already holds is skipped, or,
 * when the export now counts more messages that day (an overlapping later export, or the Sent folder
 * after the Inbox), the existing encounter's counts are raised to the larger of both, which undoing
 * the import puts back.
 *
 * Archives that also hold contacts and calendars (Google Takeout, LinkedIn) are planned in one preview:
 * the general planner takes those first, and the log's people are matched against the result.
 */

import { nameKeys, normaliseEmail } from '../../../shared/domain/names';
import {
  type Coverage,
  type Database,
  Encounter,
  type Encounter as EncounterRecord,
  type Person,
  Person as PersonSchema,
} from '../../../shared/domain/schema';
import { applyImport } from '../apply';
import { fingerprint, planImport } from '../plan/index';
import type {
  ImportPreview,
  MatchedPerson,
  ParsedImport,
  PlannedEncounter,
  PlannedPerson,
  PlanOptions,
} from '../types';
import { DEFAULT_COUNTRY_CODE, normalisePhoneNumber } from './phone';
import type { ContactLog, ContactLogFormat, LogChannel, LogPerson, LogSkip, OwnerCandidate } from './types';

/** The `EncounterSource.format` and `Coverage.source` each log writes. */
export const SOURCE_FORMAT: Record<ContactLogFormat, string> = {
  whatsapp: 'whatsapp',
  telegram: 'telegram',
  'sms-backup': 'sms-backup',
  mbox: 'mbox',
  'linkedin-messages': 'linkedin',
  takeout: 'mbox',
};

export interface ContactPlanOptions extends PlanOptions {
  /** Country code for numbers written without one (the owner's setting, default +43). */
  countryCode?: string;
  /** The user's answers for ambiguous people: log person key → existing person id, or `new`. */
  choices?: Readonly<Record<string, string>>;
}

export interface AmbiguousPerson {
  key: string;
  name: string;
  line: number;
  candidates: { id: string; name: string; detail: string }[];
}

export interface UpdatedEncounter {
  original: EncounterRecord;
  updated: EncounterRecord;
}

/** Per person: what the import adds, by channel (the CLI's `--json` report and the app's list). */
export interface PersonReport {
  id: string | null;
  key: string;
  name: string;
  status: 'new' | 'matched' | 'ambiguous';
  by?: 'phone' | 'email' | 'name' | 'choice';
  added: Partial<Record<LogChannel, number>>;
  attempts: number;
  updated: number;
  alreadyPresent: number;
}

export interface ContactLogPreview extends ImportPreview {
  format: ContactLogFormat;
  coverage: Coverage[];
  updatedEncounters: UpdatedEncounter[];
  ambiguous: AmbiguousPerson[];
  ownerQuestion?: { candidates: OwnerCandidate[] };
  logSkipped: LogSkip[];
  report: PersonReport[];
  seen: { messages: number; calls: number };
}

const ENCOUNTER_KEYS = Object.keys(Encounter.shape);
const PERSON_KEYS = Object.keys(PersonSchema.shape);

function ordered<T extends object>(record: T, keys: readonly string[]): T {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out as T;
}

const clip = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

export function planContactLog(
  log: ContactLog,
  db: Readonly<Database>,
  options: ContactPlanOptions,
): ContactLogPreview {
  // The general importers' part of an archive first; the log is then matched against its result.
  let base: Readonly<Database> = db;
  let general: ImportPreview | null = null;
  if (log.extra && log.extra.length > 0) {
    general = planImport(mergeParsed(log.extra, log.fileName), db, options);
    const draft: Database = { ...db };
    applyImport(general, draft);
    base = draft;
  }
  const planner = new LogPlanner(log, base, options);
  const own = planner.run();
  const combined: ContactLogPreview = general ? combine(general, own, db) : own;
  combined.base = fingerprint(db);
  return combined;
}

class LogPlanner {
  private readonly byPhone = new Map<string, Person[]>();
  private readonly byEmail = new Map<string, Person>();
  private readonly byName = new Map<string, Person[]>();
  private readonly bySource = new Map<string, EncounterRecord>();
  private readonly country: string;
  private readonly resolved = new Map<string, string>();
  private readonly report = new Map<string, PersonReport>();
  private readonly newPeople: PlannedPerson[] = [];
  private readonly matched = new Map<string, MatchedPerson>();
  private readonly ambiguous: AmbiguousPerson[] = [];
  private readonly sourceFormat: string;

  constructor(
    private readonly log: ContactLog,
    private readonly db: Readonly<Database>,
    private readonly options: ContactPlanOptions,
  ) {
    this.country = options.countryCode ?? DEFAULT_COUNTRY_CODE;
    this.sourceFormat = SOURCE_FORMAT[log.format];
    for (const person of db.people) this.index(person);
    for (const e of db.encounters)
      if (e.source) this.bySource.set(`${e.source.format}\u0000${e.source.key}`, e);
  }

  private index(person: Person): void {
    for (const phone of person.phones) {
      const key = normalisePhoneNumber(phone, this.country);
      if (!key) continue;
      const list = this.byPhone.get(key);
      if (!list) this.byPhone.set(key, [person]);
      else if (!list.includes(person)) list.push(person);
    }
    for (const email of person.emails) {
      const key = normaliseEmail(email);
      if (!this.byEmail.has(key)) this.byEmail.set(key, person);
    }
    for (const key of nameKeys(person.displayName)) {
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [person]);
      else if (!list.includes(person)) list.push(person);
    }
  }

  run(): ContactLogPreview {
    const { log, options } = this;
    const now = options.now;
    if (!log.ownerQuestion) for (const person of log.people) this.takePerson(person);
    const encounters: PlannedEncounter[] = [];
    const updated = new Map<string, UpdatedEncounter>();
    const skippedRows: { line: number; reason: 'already-present' | 'ambiguous-person'; detail?: string }[] =
      [];
    let alreadyPresent = 0;
    let unresolved = 0;
    const planned = new Map<string, EncounterRecord>();
    for (const draft of log.encounters) {
      const ids = draft.with.map((key) => this.resolved.get(key));
      if (ids.some((id) => id === undefined)) {
        unresolved++;
        if (skippedRows.length < 200) skippedRows.push({ line: draft.line, reason: 'ambiguous-person' });
        continue;
      }
      const participants = [...new Set(ids as string[])];
      const sourceKey = `${this.sourceFormat}\u0000${draft.key}`;
      const existing =
        updated.get(sourceKey)?.updated ?? this.bySource.get(sourceKey) ?? planned.get(sourceKey);
      if (existing) {
        const raised = raise(existing, draft.messages, now);
        if (raised === null) {
          alreadyPresent++;
          for (const key of draft.with) this.reportOf(key).alreadyPresent++;
          if (skippedRows.length < 200)
            skippedRows.push({
              line: draft.line,
              reason: 'already-present',
              detail: draft.date.slice(0, 10),
            });
          continue;
        }
        const inPlan = planned.get(sourceKey);
        if (inPlan) {
          Object.assign(inPlan, { messages: raised.messages });
          continue;
        }
        const original = updated.get(sourceKey)?.original ?? existing;
        updated.set(sourceKey, { original, updated: raised });
        for (const key of draft.with) this.reportOf(key).updated++;
        continue;
      }
      const encounter = {
        id: options.newId(),
        date: draft.date,
        participants,
        channel: draft.channel,
      } as EncounterRecord;
      if (draft.durationMinutes !== undefined) encounter.durationMinutes = draft.durationMinutes;
      if (draft.initiator) encounter.initiator = draft.initiator;
      if (draft.attempt) encounter.attempt = true;
      if (draft.messages) encounter.messages = { ...draft.messages };
      encounter.source = { format: this.sourceFormat, key: clip(draft.key, 200) };
      // No message text is ever stored, not even in the notes.
      encounter.notes = '';
      encounter.createdAt = now;
      encounter.updatedAt = now;
      planned.set(sourceKey, encounter);
      encounters.push({ line: draft.line, encounter });
      for (const key of draft.with) {
        const r = this.reportOf(key);
        if (draft.attempt) r.attempts++;
        else r.added[draft.channel] = (r.added[draft.channel] ?? 0) + 1;
      }
    }
    const coverage = this.coverage();
    const newPeople = this.newPeople;
    const matchedPeople = [...this.matched.values()];
    const skipped = skippedRows.sort((a, b) => a.line - b.line);
    const logSkipped = [...log.skipped];
    if (alreadyPresent > 0)
      logSkipped.push({
        reason: 'already-present',
        count: alreadyPresent,
        lines: skipped
          .filter((s) => s.reason === 'already-present')
          .slice(0, 20)
          .map((s) => s.line),
      });
    if (unresolved > 0)
      logSkipped.push({
        reason: 'ambiguous-person',
        count: unresolved,
        lines: skipped
          .filter((s) => s.reason === 'ambiguous-person')
          .slice(0, 20)
          .map((s) => s.line),
      });
    return {
      format: log.format,
      fileName: log.fileName,
      mode: 'add',
      base: fingerprint(this.db),
      newContexts: [],
      newPeople,
      matchedPeople,
      likelyDuplicates: [],
      encounters,
      ties: [],
      skipped,
      counts: {
        newPeople: newPeople.length,
        matchedPeople: matchedPeople.length,
        likelyDuplicates: 0,
        newContexts: 0,
        encounters: encounters.length,
        ties: 0,
        skipped: logSkipped.reduce((sum, s) => sum + s.count, 0),
        shortened: 0,
        removedPeople: 0,
        removedEncounters: 0,
      },
      shortened: [],
      notices: [],
      coverage,
      updatedEncounters: [...updated.values()],
      ambiguous: this.ambiguous,
      ...(log.ownerQuestion ? { ownerQuestion: log.ownerQuestion } : {}),
      logSkipped,
      report: [...this.report.values()],
      seen: log.seen,
    };
  }

  private reportOf(key: string): PersonReport {
    let r = this.report.get(key);
    if (!r) {
      r = {
        id: null,
        key,
        name: key,
        status: 'ambiguous',
        added: {},
        attempts: 0,
        updated: 0,
        alreadyPresent: 0,
      };
      this.report.set(key, r);
    }
    return r;
  }

  /** Finds who a log person is: by number, address, then name; or a choice the user made. */
  private takePerson(person: LogPerson): void {
    const report = this.reportOf(person.key);
    report.name = person.displayName;
    const choice = this.options.choices?.[person.key];
    let found: { person: Person; by: PersonReport['by'] } | null = null;
    if (choice && choice !== 'new') {
      const chosen = this.db.people.find((p) => p.id === choice);
      if (chosen) found = { person: chosen, by: 'choice' };
    }
    if (!found && choice !== 'new') found = this.find(person);
    // Only a bare name can be ambiguous: someone with a number or address of their own is a new person.
    if (found === null && choice !== 'new' && person.phones.length === 0 && person.emails.length === 0) {
      const candidates = this.nameCandidates(person.displayName);
      if (candidates.length > 1) {
        this.ambiguous.push({
          key: person.key,
          name: person.displayName,
          line: person.line,
          candidates: candidates.slice(0, 10).map((c) => ({
            id: c.id,
            name: c.displayName,
            detail: [c.organisation, c.emails[0], c.phones[0]].filter(Boolean).join(' · '),
          })),
        });
        return;
      }
    }
    if (found) {
      report.id = found.person.id;
      report.status = 'matched';
      report.by = found.by;
      this.resolved.set(person.key, found.person.id);
      this.enrich(found.person, person, found.by === 'choice' ? 'id' : found.by!);
      return;
    }
    const created = this.create(person);
    report.id = created.id;
    report.status = 'new';
    this.resolved.set(person.key, created.id);
  }

  private find(person: LogPerson): { person: Person; by: PersonReport['by'] } | null {
    for (const phone of person.phones) {
      const key = normalisePhoneNumber(phone, this.country);
      const list = key ? this.byPhone.get(key) : undefined;
      if (list && list.length >= 1) return { person: list[0]!, by: 'phone' };
    }
    for (const email of person.emails) {
      const hit = this.byEmail.get(normaliseEmail(email));
      if (hit) return { person: hit, by: 'email' };
    }
    const candidates = this.nameCandidates(person.displayName);
    if (candidates.length === 1) {
      const only = candidates[0]!;
      // A name alone is not trusted against a person whose number or address differs.
      const phoneClash =
        person.phones.length > 0 && only.phones.some((p) => normalisePhoneNumber(p, this.country) !== null);
      const emailClash = person.emails.length > 0 && only.emails.length > 0;
      if (!phoneClash && !emailClash) return { person: only, by: 'name' };
    }
    return null;
  }

  private nameCandidates(name: string): Person[] {
    const found: Person[] = [];
    for (const key of nameKeys(name))
      for (const p of this.byName.get(key) ?? []) if (!found.includes(p)) found.push(p);
    return found;
  }

  /** A matched person gains the numbers, addresses and profile links the log knows; nothing is overwritten. */
  private enrich(existing: Person, person: LogPerson, by: MatchedPerson['by']): void {
    const entry = this.matched.get(existing.id);
    const current = entry?.updated ?? existing;
    const phones = [...current.phones];
    const known = new Set(phones.map((p) => normalisePhoneNumber(p, this.country) ?? p));
    const added = new Set(entry?.added ?? []);
    for (const phone of person.phones) {
      if (known.has(phone)) continue;
      known.add(phone);
      phones.push(phone);
      added.add('phones');
    }
    const emails = [...current.emails];
    for (const email of person.emails) {
      if (emails.some((e) => normaliseEmail(e) === normaliseEmail(email))) continue;
      emails.push(email);
      added.add('emails');
    }
    const urls = [...current.urls];
    for (const url of person.urls) {
      if (urls.includes(url)) continue;
      urls.push(url);
      added.add('urls');
    }
    const changed =
      phones.length !== current.phones.length ||
      emails.length !== current.emails.length ||
      urls.length !== current.urls.length;
    const updated = changed
      ? ordered({ ...current, phones, emails, urls, updatedAt: this.options.now }, PERSON_KEYS)
      : (entry?.updated ?? null);
    this.matched.set(existing.id, {
      lines: [...(entry?.lines ?? []), person.line],
      existingId: existing.id,
      existingName: existing.displayName,
      by,
      updated,
      original: updated ? existing : null,
      added: [...added],
    });
  }

  private create(person: LogPerson): Person {
    const now = this.options.now;
    const record: Person = ordered(
      {
        id: this.options.newId(),
        displayName: clip(person.displayName.trim() || person.key, 200),
        emails: person.emails.slice(0, 20),
        phones: person.phones.slice(0, 20),
        urls: person.urls.slice(0, 20),
        tags: [],
        contexts: [],
        kind: 'other',
        notes: '',
        createdAt: now,
        updatedAt: now,
        archived: false,
      } as Person,
      PERSON_KEYS,
    );
    this.newPeople.push({ lines: [person.line], person: record });
    this.index(record);
    return record;
  }

  private coverage(): Coverage[] {
    const out: Coverage[] = [];
    const now = this.options.now;
    for (const c of this.log.coverage) {
      const ids = c.people
        ?.map((key) => this.resolved.get(key))
        .filter((id): id is string => id !== undefined);
      if (c.people && (!ids || ids.length === 0)) continue;
      const covered = this.db.coverage.some(
        (e) =>
          e.channel === c.channel &&
          e.source === this.sourceFormat &&
          e.from <= c.from &&
          e.to >= c.to &&
          sameSet(e.personIds, ids),
      );
      if (covered) continue;
      const record: Coverage = {
        id: this.options.newId(),
        channel: c.channel,
        from: c.from,
        to: c.to,
        source: this.sourceFormat,
        createdAt: now,
        updatedAt: now,
      };
      if (ids) record.personIds = [...new Set(ids)];
      out.push(
        ordered(record, ['id', 'channel', 'personIds', 'from', 'to', 'source', 'createdAt', 'updatedAt']),
      );
    }
    return out;
  }
}

function sameSet(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const set = new Set(a);
  return b.length === set.size && b.every((x) => set.has(x));
}

/** The encounter with message counts raised to the larger of both, or null when nothing is larger. */
function raise(
  existing: EncounterRecord,
  messages: { fromMe: number; fromThem: number } | undefined,
  now: string,
): EncounterRecord | null {
  if (!messages || !existing.messages) return null;
  const fromMe = Math.max(existing.messages.fromMe, messages.fromMe);
  const fromThem = Math.max(existing.messages.fromThem, messages.fromThem);
  if (fromMe === existing.messages.fromMe && fromThem === existing.messages.fromThem) return null;
  return ordered({ ...existing, messages: { fromMe, fromThem }, updatedAt: now }, ENCOUNTER_KEYS);
}

function mergeParsed(parts: readonly ParsedImport[], fileName: string): ParsedImport {
  const merged: ParsedImport = {
    format: parts[0]!.format,
    fileName,
    people: [],
    encounters: [],
    ties: [],
    skipped: [],
  };
  for (const part of parts) {
    const offset = merged.people.length;
    merged.people.push(...part.people);
    merged.encounters.push(
      ...part.encounters.map((e) => ({
        ...e,
        participants: e.participants.map((p) =>
          p.personIndex !== undefined ? { ...p, personIndex: p.personIndex + offset } : p,
        ),
      })),
    );
    merged.ties.push(...part.ties);
    merged.skipped.push(...part.skipped);
  }
  return merged;
}

/** One preview from the general planner's and the log planner's (which ran on the data after the first). */
function combine(general: ImportPreview, own: ContactLogPreview, db: Readonly<Database>): ContactLogPreview {
  const originals = new Map(db.people.map((p) => [p.id, p]));
  const matched = new Map<string, MatchedPerson>();
  for (const m of general.matchedPeople) matched.set(m.existingId, m);
  const newPeople = [...general.newPeople];
  const newIndex = new Map(newPeople.map((p, i) => [p.person.id, i]));
  const matchedPeople: MatchedPerson[] = [];
  for (const m of own.matchedPeople) {
    const at = newIndex.get(m.existingId);
    if (at !== undefined) {
      // A person the archive's contacts create, enriched by the log: the new record carries both.
      if (m.updated) newPeople[at] = { ...newPeople[at]!, person: m.updated };
      continue;
    }
    const first = matched.get(m.existingId);
    if (first) {
      matched.set(m.existingId, {
        ...first,
        lines: [...first.lines, ...m.lines],
        updated: m.updated ?? first.updated,
        original: first.original ?? (m.updated ? (originals.get(m.existingId) ?? null) : null),
        added: [...new Set([...first.added, ...m.added])],
      });
    } else matchedPeople.push({ ...m, original: m.updated ? (originals.get(m.existingId) ?? null) : null });
  }
  const allMatched = [...matched.values(), ...matchedPeople];
  // Someone the archive's own contacts bring in is new to the data, however the log found them.
  const report = own.report.map((r) =>
    r.id !== null && newIndex.has(r.id) ? { ...r, status: 'new' as const, by: undefined } : r,
  );
  const people = [...newPeople, ...own.newPeople];
  const encounters = [...general.encounters, ...own.encounters];
  const skipped = [...general.skipped, ...own.skipped].sort((a, b) => a.line - b.line);
  return {
    ...own,
    report: report.map(({ by, ...r }) => (by === undefined ? r : { ...r, by })),
    newContexts: general.newContexts,
    newPeople: people,
    matchedPeople: allMatched,
    likelyDuplicates: general.likelyDuplicates,
    encounters,
    ties: general.ties,
    skipped,
    shortened: general.shortened,
    notices: general.notices,
    counts: {
      ...general.counts,
      newPeople: people.length,
      matchedPeople: allMatched.length,
      encounters: encounters.length,
      skipped: general.counts.skipped + own.counts.skipped,
    },
  };
}

/** True for the preview of a chat, call or mail export (it carries coverage and raised counts). */
export function isContactLogPreview(preview: ImportPreview): preview is ContactLogPreview {
  return 'updatedEncounters' in preview && 'coverage' in preview;
}
