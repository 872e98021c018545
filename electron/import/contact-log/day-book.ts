/**
 * One encounter per person, channel and day: messages are counted into the day (in the user's zone)
 * they fall on, each way, and the first message of the day says who started. Memory grows with the
 * number of person-days, which the limits cap, never with the number of messages.
 */
import { checkLimit } from './tally';
import { fingerprintOf, localDateTime } from './time';
import type { LogChannel, LogCoverage, LogEncounter } from './types';

interface Entry {
  person: string;
  day: string;
  line: number;
  firstMs: number;
  firstFromMe: boolean;
  fromMe: number;
  fromThem: number;
}

export class DayBook {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly file: string,
    private readonly maxEncounters: number,
    private readonly offsetAt: (epochMs: number) => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  add(person: string, epochMs: number, fromMe: boolean, line: number, count = 1): void {
    const day = localDateTime(epochMs, this.offsetAt(epochMs)).slice(0, 10);
    const id = `${person}\u0000${day}`;
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { person, day, line, firstMs: epochMs, firstFromMe: fromMe, fromMe: 0, fromThem: 0 };
      this.entries.set(id, entry);
      checkLimit(this.file, this.entries.size, this.maxEncounters, 'person-days', line);
    } else if (epochMs < entry.firstMs) {
      entry.firstMs = epochMs;
      entry.firstFromMe = fromMe;
    }
    if (fromMe) entry.fromMe += count;
    else entry.fromThem += count;
  }

  /**
   * The days as encounters. `keyOf` gives the stable part of a person's fingerprint (a number, an
   * address): the key is its hash and the day, so the same day in a later export matches.
   */
  encounters(channel: LogChannel, keyOf: (person: string) => string): LogEncounter[] {
    const out: LogEncounter[] = [];
    const prints = new Map<string, string>();
    for (const e of this.entries.values()) {
      let print = prints.get(e.person);
      if (print === undefined) {
        print = fingerprintOf(keyOf(e.person));
        prints.set(e.person, print);
      }
      out.push({
        line: e.line,
        date: localDateTime(e.firstMs, this.offsetAt(e.firstMs)),
        channel,
        with: [e.person],
        initiator: e.firstFromMe ? 'me' : 'them',
        messages: { fromMe: e.fromMe, fromThem: e.fromThem },
        key: `${print}:${e.day}`,
      });
    }
    return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
}

/** Tracks the first and last day a log covers. */
export class Span {
  from = '';
  to = '';

  addDay(day: string): void {
    if (this.from === '' || day < this.from) this.from = day;
    if (day > this.to) this.to = day;
  }

  add(epochMs: number, offsetAt: (epochMs: number) => number): void {
    this.addDay(localDateTime(epochMs, offsetAt(epochMs)).slice(0, 10));
  }

  coverage(channel: LogChannel, people?: string[]): LogCoverage[] {
    if (this.from === '') return [];
    return [
      people ? { channel, people, from: this.from, to: this.to } : { channel, from: this.from, to: this.to },
    ];
  }
}
