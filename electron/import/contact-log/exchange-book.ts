/**
 * Mail-like exchanges (e-mail, LinkedIn messages): one sender, several recipients, and an owner who
 * may only be known once everything is read (a mailbox is one person's, so the address on most mails
 * is theirs). The book counts mails per sender, recipient and day; once the owner is known, mail from
 * the owner counts toward each recipient's day, mail to the owner toward its sender's, and other mail
 * is counted as not the owner's.
 */
import { DayBook } from './day-book';
import { checkLimit, type SkipTally } from './tally';
import { localDateTime } from './time';
import type { LogChannel, LogEncounter, OwnerCandidate } from './types';

interface Edge {
  count: number;
  firstMs: number;
  line: number;
}

export class ExchangeBook {
  private readonly edges = new Map<string, Edge>();
  private readonly sent = new Map<string, Edge>();
  private readonly seenOn = new Map<string, number>();
  private readonly names = new Map<string, { name: string; line: number }>();
  private exchanges = 0;

  constructor(
    private readonly file: string,
    private readonly limits: { maxPeople: number; maxEncounters: number },
    private readonly offsetAt: (epochMs: number) => number,
  ) {}

  /** One mail or message. `recipients` may include addresses only seen in delivery headers. */
  add(
    from: { id: string; name: string },
    recipients: readonly { id: string; name: string }[],
    ms: number,
    line: number,
  ): void {
    this.exchanges++;
    const day = localDateTime(ms, this.offsetAt(ms)).slice(0, 10);
    const everyone = new Set<string>([from.id]);
    this.note(from.id, from.name, line);
    this.bump(this.sent, `${from.id}\u0000${day}`, ms, line);
    for (const r of recipients) {
      if (everyone.has(r.id)) continue;
      everyone.add(r.id);
      this.note(r.id, r.name, line);
      this.bump(this.edges, `${from.id}\u0000${r.id}\u0000${day}`, ms, line);
    }
    for (const id of everyone) this.seenOn.set(id, (this.seenOn.get(id) ?? 0) + 1);
  }

  nameOf(id: string): string | undefined {
    return this.names.get(id)?.name || undefined;
  }

  lineOf(id: string): number {
    return this.names.get(id)?.line ?? 0;
  }

  ids(): IterableIterator<string> {
    return this.names.keys();
  }

  /** The one id on at least half of all exchanges and clearly ahead of the next, else null. */
  inferOwner(): string | null {
    const ranked = [...this.seenOn.entries()].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    if (top && top[1] * 2 >= this.exchanges && (!second || top[1] >= second[1] * 1.5)) return top[0];
    return null;
  }

  candidates(label: (id: string) => string): OwnerCandidate[] {
    return [...this.seenOn.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([id, count]) => ({ value: id, label: label(id), count }));
  }

  /** Encounters per person and day, with `mine` the owner's ids; other exchanges go to `skipped`. */
  encounters(
    mine: ReadonlySet<string>,
    channel: LogChannel,
    keyOf: (id: string) => string,
    skipped: SkipTally,
  ): LogEncounter[] {
    const book = new DayBook(this.file, this.limits.maxEncounters, this.offsetAt);
    const toOwner = new Map<string, number>();
    for (const [key, edge] of this.edges) {
      const [from, to, day] = key.split('\u0000') as [string, string, string];
      if (mine.has(from) && !mine.has(to)) book.add(to, edge.firstMs, true, edge.line, edge.count);
      else if (mine.has(to) && !mine.has(from)) {
        // Several of the owner's addresses on one mail count it once.
        const id = `${from}\u0000${day}`;
        const before = toOwner.get(id) ?? 0;
        if (edge.count > before) {
          book.add(from, edge.firstMs, false, edge.line, edge.count - before);
          toOwner.set(id, edge.count);
        }
      }
    }
    for (const [key, edge] of this.sent) {
      const from = key.slice(0, key.indexOf('\u0000'));
      if (mine.has(from)) continue;
      const notMine = edge.count - (toOwner.get(key) ?? 0);
      if (notMine > 0) skipped.add('not-mine', edge.line, undefined, notMine);
    }
    return book.encounters(channel, keyOf);
  }

  private note(id: string, name: string, line: number): void {
    const known = this.names.get(id);
    if (!known) {
      this.names.set(id, { name, line });
      checkLimit(this.file, this.names.size, this.limits.maxPeople * 4, 'addresses', line);
    } else if (!known.name && name) known.name = name;
  }

  private bump(map: Map<string, Edge>, key: string, ms: number, line: number): void {
    const edge = map.get(key);
    if (edge) {
      edge.count++;
      if (ms < edge.firstMs) edge.firstMs = ms;
      return;
    }
    map.set(key, { count: 1, firstMs: ms, line });
    checkLimit(
      this.file,
      this.edges.size + this.sent.size,
      this.limits.maxEncounters * 2,
      'exchange days',
      line,
    );
  }
}
