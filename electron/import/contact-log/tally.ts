/** Bookkeeping every reader shares: skips counted per reason, the owner recognised, limits enforced. */

import { nameKeys, normaliseEmail } from '../../../shared/domain/names';
import { ImportError } from '../errors';
import { normalisePhoneNumber } from './phone';
import {
  type ContactLogLimits,
  type ContactLogOptions,
  DEFAULT_LIMITS,
  type LogSkip,
  type LogSkipReason,
  type OwnerIdentity,
} from './types';

/** How many example lines each skip reason keeps. */
export const SKIP_SAMPLE = 20;

export class SkipTally {
  private readonly byReason = new Map<LogSkipReason, LogSkip>();

  add(reason: LogSkipReason, line: number, detail?: string, count = 1): void {
    let entry = this.byReason.get(reason);
    if (!entry) {
      entry = { reason, count: 0, lines: [] };
      if (detail !== undefined) entry.detail = detail.slice(0, 120);
      this.byReason.set(reason, entry);
    }
    entry.count += count;
    if (entry.lines.length < SKIP_SAMPLE && entry.lines[entry.lines.length - 1] !== line)
      entry.lines.push(line);
  }

  list(): LogSkip[] {
    return [...this.byReason.values()].sort((a, b) => b.count - a.count);
  }
}

export function limitsOf(options: ContactLogOptions): ContactLogLimits {
  return { ...DEFAULT_LIMITS, ...options.limits };
}

/** Throws the "not a personal export" error once a count passes its limit. */
export function checkLimit(file: string, count: number, limit: number, what: string, line: number): void {
  if (count > limit) throw new ImportError('too-many', { file, limit, what, line });
}

/** Recognises the owner by name, address or number, however the export writes them. */
export class Owner {
  private readonly names: Set<string>;
  private readonly emails: Set<string>;
  private readonly phones: Set<string>;

  constructor(readonly identity: OwnerIdentity) {
    this.names = new Set(identity.names.flatMap((n) => nameKeys(n)));
    this.emails = new Set(identity.emails.map(normaliseEmail).filter((e) => e.includes('@')));
    this.phones = new Set(
      identity.phones.flatMap((p) => {
        const n = normalisePhoneNumber(p, identity.countryCode);
        return n ? [n] : [];
      }),
    );
    // `--me` answers may be any of the three: an address or a number given as a name still counts.
    for (const name of identity.names) {
      if (name.includes('@')) this.emails.add(normaliseEmail(name));
      const phone = looksLikePhone(name) ? normalisePhoneNumber(name, identity.countryCode) : null;
      if (phone) this.phones.add(phone);
    }
  }

  get known(): boolean {
    return this.names.size + this.emails.size + this.phones.size > 0;
  }

  hasName(name: string): boolean {
    return this.names.size > 0 && nameKeys(name).some((k) => this.names.has(k));
  }

  hasEmail(address: string): boolean {
    return this.emails.has(normaliseEmail(address));
  }

  /** `phone` already normalised. */
  hasPhone(phone: string): boolean {
    return this.phones.has(phone);
  }

  /** A chat sender: a saved contact's name, or the number of someone not saved. */
  isSender(label: string): boolean {
    if (looksLikePhone(label)) {
      const phone = normalisePhoneNumber(label, this.identity.countryCode);
      return phone !== null && this.phones.has(phone);
    }
    return this.hasName(label);
  }
}

/** `+43 664 1234567`, `0664-123 45 67`, `(0664) 1234567`: a number, not a name. */
export function looksLikePhone(label: string): boolean {
  return /^[+\d(][\d\s()./-]{5,}$/.test(
    label.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim(),
  );
}

/** Removes the invisible direction marks phones put around names and numbers. */
export function withoutMarks(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
}
