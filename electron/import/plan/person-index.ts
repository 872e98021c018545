/**
 * Who a person described by a file is: the people of the data and those the import creates, found by
 * e-mail first, then by normalised name (see shared/domain/names.ts). A name alone is not trusted when
 * both sides carry e-mail addresses and none is shared: two "Thomas Müller" with different addresses are
 * two people, and the new one is reported as a likely duplicate.
 */
import { nameKeys, normaliseEmail } from '../../../shared/domain/names';
import type { Person } from '../../../shared/domain/schema';
import type { MatchedBy } from '../types';

/** A person the plan works with: an existing one (copied on first change) or one this import creates. */
export interface Handle {
  id: string;
  isNew: boolean;
  record: Person;
  original?: Person;
  lines: number[];
  by?: MatchedBy;
  added: Set<string>;
}

export type Found = { handle: Handle; by: MatchedBy } | { ambiguous: Handle[] } | { sameNameAs?: Handle };

export class PersonIndex {
  private readonly byEmail = new Map<string, Handle>();
  private readonly byName = new Map<string, Handle[]>();
  /** Every handle by id, in the order they were added. */
  readonly handles = new Map<string, Handle>();

  add(handle: Handle): void {
    this.handles.set(handle.id, handle);
    this.addEmails(handle);
    for (const key of nameKeys(handle.record.displayName)) {
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [handle]);
      else if (!list.includes(handle)) list.push(handle);
    }
  }

  /** Indexes the addresses a handle gained (its name never changes in a plan). */
  addEmails(handle: Handle): void {
    for (const email of handle.record.emails) {
      const key = normaliseEmail(email);
      if (!this.byEmail.has(key)) this.byEmail.set(key, handle);
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
   * fits several people, or neither (a new person; `sameNameAs` then names a look-alike to report).
   */
  find(name: string | undefined, emails: readonly string[]): Found {
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
}

/** Records that `line` of the file refers to the handle, and how an existing person was first matched. */
export function touch(handle: Handle, by: MatchedBy, line: number): void {
  // Lines mostly arrive in file order, so a repeat is the last one; short lists are searched fully.
  const last = handle.lines[handle.lines.length - 1];
  if (last !== line && (handle.lines.length > 16 || !handle.lines.includes(line))) handle.lines.push(line);
  if (!handle.isNew && handle.by === undefined) handle.by = by;
}
