import { describe, expect, it } from 'vitest';
import { Database } from '../../shared/domain/schema';
import { computeNetwork } from '../../shared/engine';
import { engineData } from '../../shared/engine/input';
import { generateSampleNetwork } from '../../shared/sample/sample-network';

describe('sample network', () => {
  const today = '2026-11-27';

  it.each(['de', 'en'] as const)('is a valid database of about 120 people over two years (%s)', (locale) => {
    const db = generateSampleNetwork({ locale, today });
    expect(() => Database.parse(db)).not.toThrow();
    expect(db.people.length).toBeGreaterThanOrEqual(110);
    expect(db.people.length).toBeLessThanOrEqual(130);
    const dates = db.encounters.map((e) => e.date).sort();
    expect(dates.at(-1)! <= today).toBe(true);
    expect(dates[0]! >= '2024-11-27').toBe(true);
    expect(dates[0]! < '2025-02-01').toBe(true);
    const kinds = new Set(db.people.map((p) => p.kind));
    for (const k of ['client', 'prospect', 'family', 'friend', 'colleague', 'partner'])
      expect(kinds).toContain(k);
    expect(db.contexts.map((c) => c.kind).sort()).toEqual([
      'association',
      'club',
      'club',
      'community',
      'fair',
    ]);
    expect(db.encounters.some((e) => e.participants.length > 1)).toBe(true);
    expect(db.ties.length).toBeGreaterThan(20);
  });

  it('is deterministic for the same seed and different for another', () => {
    const a = generateSampleNetwork({ locale: 'de', today, seed: 7 });
    const b = generateSampleNetwork({ locale: 'de', today, seed: 7 });
    const c = generateSampleNetwork({ locale: 'de', today, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('speaks the language asked for', () => {
    expect(generateSampleNetwork({ locale: 'de', today }).contexts[0]!.name).toMatch(/Tennisclub/);
    expect(generateSampleNetwork({ locale: 'en', today }).settings.ownerName).toBe('Clara Hughes');
  });

  it('has people whose contact stopped months ago (neglected ties to find)', () => {
    const db = generateSampleNetwork({ locale: 'en', today });
    const last = new Map<string, string>();
    for (const e of db.encounters)
      for (const p of e.participants) if ((last.get(p) ?? '') < e.date) last.set(p, e.date);
    const friendsOrClients = db.people.filter((p) => p.kind === 'friend' || p.kind === 'client');
    const quiet = friendsOrClients.filter((p) => (last.get(p.id) ?? '') < '2026-08-01');
    expect(quiet.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the sample network’s weekly review', () => {
  it.each(['2026-11-27', '2026-12-07', '2027-03-03'])(
    'is a realistic weekly list: every section, a few dozen at most (%s)',
    (today) => {
      const db = generateSampleNetwork({ locale: 'en', today });
      const { review, people } = computeNetwork({ ...engineData(db), asOf: today });
      const sizes = [review.overdue, review.stalledProspects, review.drifted, review.dueSoon].map(
        (l) => l.length,
      );
      for (const size of sizes) expect(size).toBeGreaterThan(0);
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(10);
      expect(total).toBeLessThanOrEqual(35);
      // The friends and clients whose contact the sample stops months ago are all overdue.
      const last = new Map<string, string>();
      for (const e of db.encounters)
        for (const p of e.participants) if ((last.get(p) ?? '') < e.date) last.set(p, e.date);
      const byId = new Map(people.map((p) => [p.id, p]));
      const overdue = new Set(review.overdue.map((i) => i.id));
      for (const p of db.people.filter((q) => q.kind === 'friend' || q.kind === 'client')) {
        const person = byId.get(p.id)!;
        if (person.overdueRatio !== null && person.overdueRatio >= 3 && person.ringWhenLastSeen !== 'known')
          expect(overdue, `${p.displayName}, last seen ${last.get(p.id)}`).toContain(p.id);
      }
      // Stalled prospects are prospects.
      for (const item of review.stalledProspects) expect(item.kind).toBe('prospect');
    },
  );
});
