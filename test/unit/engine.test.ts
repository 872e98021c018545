/**
 * The depth engine, case by case: each expectation is worked out by hand from the formulas in
 * docs/depth-model.md (the arithmetic is in the comments).
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { defaultModelParams as params } from '../../shared/domain/model-params';
import { Database } from '../../shared/domain/schema';
import {
  addMonths,
  checkRhythm,
  computeNetwork,
  dayOf,
  decay,
  describeInterval,
  type EngineEncounter,
  type EnginePerson,
  encounterHours,
  encounterWeight,
  isoDate,
  monthIndexOf,
  monthKey,
  neglectReasonText,
  prepareEngine,
  rhythmBand,
  statusFor,
  steadyStrength,
  strength,
  tieList,
} from '../../shared/engine';
import { explainPerson, reviewReasonText, ringSentence } from '../../shared/engine/explain';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';
import { resources } from '../../shared/i18n/resources';

const person = (id: string, extra: Partial<EnginePerson> = {}): EnginePerson => ({
  id,
  displayName: id.toUpperCase(),
  kind: 'friend',
  ...extra,
});
let nextId = 0;
const meet = (
  date: string,
  participants: string[],
  extra: Partial<EngineEncounter> = {},
): EngineEncounter => ({
  id: `e${++nextId}`,
  date,
  participants,
  channel: 'in_person',
  ...extra,
});
/** Encounters with `who` every `gap` days from `from` up to `to`. */
function every(gap: number, from: string, to: string, who: string[], extra: Partial<EngineEncounter> = {}) {
  const out: EngineEncounter[] = [];
  for (let d = dayOf(from); d <= dayOf(to); d += gap) out.push(meet(isoDate(d), who, extra));
  return out;
}
const run = (people: EnginePerson[], encounters: EngineEncounter[], asOf: string, settings = params) =>
  computeNetwork({ people, encounters, ties: [], settings, asOf });

describe('dates', () => {
  it('counts days since 1970-01-01 and back', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('2000-03-01')).toBe(11017);
    expect(dayOf('2024-02-29') - dayOf('2023-02-28')).toBe(366);
    for (const d of [dayOf('0001-01-01'), -1, 0, 59, 60, 11016, 20000, dayOf('9999-12-31')]) {
      expect(dayOf(isoDate(d))).toBe(d);
    }
  });

  it('takes a date-time on the wall-clock day of its own offset', () => {
    expect(isoDate(dayOf('2026-11-27T23:30+01:00'))).toBe('2026-11-27');
    expect(isoDate(dayOf('2026-11-27T00:15-05:00'))).toBe('2026-11-27');
    expect(isoDate(dayOf('2026-11-27T12:00:00.000Z'))).toBe('2026-11-27');
  });

  it('refuses what is not a real day, naming it', () => {
    expect(() => dayOf('2026-02-30')).toThrow(/"2026-02-30" is not a date/);
    expect(() => dayOf('27.11.2026')).toThrow(RangeError);
    // Inside the month table (1900–2199) and outside it alike.
    for (const bad of [
      '1900-02-29',
      '2100-02-29',
      '2199-04-31',
      '2200-02-29',
      '1899-02-29',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
    ]) {
      expect(() => dayOf(bad), bad).toThrow(/is not a date/);
    }
  });

  it('reads every day from 1890 to 2210 the same in and outside its month table', () => {
    for (let d = dayOf('1890-01-01'); d <= dayOf('2210-12-31'); d++) {
      const text = isoDate(d);
      if (dayOf(text) !== d) throw new Error(`${text} read as day ${dayOf(text)}, not ${d}`);
    }
    expect(() => run([], [], '2026-6-1')).toThrow(/as-of date "2026-6-1" is not YYYY-MM-DD/);
  });

  it('moves by calendar months, clamping to the end of shorter months', () => {
    expect(isoDate(addMonths(dayOf('2026-08-31'), -6))).toBe('2026-02-28');
    expect(isoDate(addMonths(dayOf('2024-08-31'), -6))).toBe('2024-02-29');
    expect(isoDate(addMonths(dayOf('2026-01-15'), -12))).toBe('2025-01-15');
    expect(isoDate(addMonths(dayOf('2026-11-30'), 3))).toBe('2027-02-28');
    expect(monthKey(monthIndexOf(dayOf('2026-11-27')))).toBe('2026-11');
  });
});

describe('what one encounter contributes', () => {
  it('weighs the channel, shared among those present', () => {
    expect(encounterWeight({ channel: 'in_person', participants: ['a'] }, params)).toBe(1);
    expect(encounterWeight({ channel: 'video', participants: ['a'] }, params)).toBe(0.7);
    expect(encounterWeight({ channel: 'call', participants: ['a'] }, params)).toBe(0.5);
    // An event with 5 people: 0.5 / √4 = 0.25; with 2: 0.5 / √1.
    expect(encounterWeight({ channel: 'event', participants: ['a', 'b', 'c', 'd', 'e'] }, params)).toBe(0.25);
    expect(encounterWeight({ channel: 'event', participants: ['a', 'b'] }, params)).toBe(0.5);
    // A dinner with three: 1 / √2; the same id twice counts once.
    expect(encounterWeight({ channel: 'in_person', participants: ['a', 'b', 'c', 'c'] }, params)).toBeCloseTo(
      1 / Math.SQRT2,
      12,
    );
    expect(encounterWeight({ channel: 'social', participants: ['a'] }, params)).toBe(0.03);
    // A missed call is an attempt, not contact.
    expect(encounterWeight({ channel: 'call', participants: ['a'], attempt: true }, params)).toBe(0);
  });

  it('counts the time together: noted, or the channel’s usual length', () => {
    expect(encounterHours({ channel: 'in_person', durationMinutes: 90, participants: ['a'] }, params)).toBe(
      1.5,
    );
    expect(encounterHours({ channel: 'in_person', participants: ['a'] }, params)).toBe(1);
    expect(encounterHours({ channel: 'video', participants: ['a'] }, params)).toBe(0.5);
    expect(encounterHours({ channel: 'call', participants: ['a'] }, params)).toBeCloseTo(1 / 6, 12);
    expect(encounterHours({ channel: 'call', durationMinutes: 45, participants: ['a'] }, params)).toBe(0.75);
    expect(encounterHours({ channel: 'message', participants: ['a'] }, params)).toBe(0);
    // Two hours at an event of five: 2 × 0.5 each.
    expect(encounterHours({ channel: 'event', participants: ['a', 'b', 'c', 'd', 'e'] }, params)).toBe(1);
    expect(
      encounterHours({ channel: 'call', durationMinutes: 30, participants: ['a'], attempt: true }, params),
    ).toBe(0);
  });
});

/** Strength from the three dimensions as docs/depth-model.md defines it: (days · time · volume)^(1/3). */
const cube = (days: number, time: number, volume: number) => Math.cbrt(days * time * volume);

describe('strength', () => {
  it('halves every 90 days', () => {
    expect(decay(90, 90)).toBe(0.5);
    expect(strength([{ day: 0, weight: 1 }], 180, 90)).toBe(0.25);
    expect(strength([{ day: 10, weight: 1 }], 5, 90)).toBe(0); // after asOf: does not count
  });

  it('combines days with contact, hours together and encounters in a geometric mean', () => {
    // One hour in person, today: days 1, time 1 + 0.05 (the 3-minute floor of a contact day), volume 1.
    const one = run([person('a')], [meet('2026-06-30', ['a'])], '2026-06-30').people[0]!;
    expect(one.strength).toBeCloseTo(cube(1, 1.05, 1), 12);
    expect(one.strengthParts).toEqual({ days: 1, time: 1.05, volume: 1, byMe: 0, byThem: 0 });
    // A 1-minute nod against a 109-minute talk: 0.41 against 1.23 (the first version: 1.02 and 2.04).
    const nod = run([person('a')], [meet('2026-06-30', ['a'], { durationMinutes: 1 })], '2026-06-30');
    const talk = run([person('a')], [meet('2026-06-30', ['a'], { durationMinutes: 109 })], '2026-06-30');
    expect(nod.people[0]!.strength).toBeCloseTo(cube(1, 1 / 60 + 0.05, 1), 12);
    expect(talk.people[0]!.strength).toBeCloseTo(cube(1, 109 / 60 + 0.05, 1), 12);
    expect(talk.people[0]!.strength / nod.people[0]!.strength).toBeGreaterThan(3);
  });

  it('weekly contact converges to about 19 × per dimension, monthly to 4.8, quarterly to 2 (H = 90)', () => {
    // x / (1 − 2^(−g/90)): 19.05 (g = 7), 4.85 (g = 30), 1.98 (g = 91), 1.06 (g = 365).
    expect(steadyStrength(1, 7, 90)).toBeCloseTo(19.053, 3);
    expect(steadyStrength(1, 30, 90)).toBeCloseTo(4.847, 3);
    expect(steadyStrength(1, 91, 90)).toBeCloseTo(1.985, 3);
    expect(steadyStrength(1, 365, 90)).toBeCloseTo(1.064, 3);
    const encounters = [
      ...every(7, '2021-01-04', '2026-06-29', ['weekly']),
      ...every(91, '2021-01-04', '2026-06-29', ['quarterly']),
    ];
    const quarterlyLast = isoDate(
      dayOf('2021-01-04') + 91 * Math.floor((dayOf('2026-06-29') - dayOf('2021-01-04')) / 91),
    );
    const people = [person('weekly'), person('quarterly')];
    // An hour in person each time: every dimension 19.05 ×, time 1.05 × that.
    const weekly = run(people, encounters, '2026-06-29').people.find((p) => p.id === 'weekly')!;
    expect(Math.abs(weekly.strength / (19.053 * Math.cbrt(1.05)) - 1)).toBeLessThan(0.01);
    const quarterly = run(people, encounters, quarterlyLast).people.find((p) => p.id === 'quarterly')!;
    expect(Math.abs(quarterly.strength / (1.985 * Math.cbrt(1.05)) - 1)).toBeLessThan(0.01);
  });

  it('equals the direct definition, with the family half-life for kin', () => {
    const encounters = [
      meet('2026-01-10', ['a', 'k'], { durationMinutes: 90 }),
      meet('2026-03-01T21:00+01:00', ['a'], { channel: 'call' }),
      meet('2026-05-20', ['k'], { channel: 'message' }),
      meet('2026-07-01', ['a'], { channel: 'email' }), // after asOf: planned
    ];
    const result = run([person('a'), person('k', { kind: 'family' })], encounters, '2026-06-30');
    const t = dayOf('2026-06-30');
    const a = result.people.find((p) => p.id === 'a')!;
    const k = result.people.find((p) => p.id === 'k')!;
    // a: the dinner (two people: share 1, 1.5 h) and a call (a contact day; weight 0.5, 10 minutes as usual).
    const d1 = decay(t - dayOf('2026-01-10'), 90);
    const d2 = decay(t - dayOf('2026-03-01'), 90);
    expect(a.strength).toBeCloseTo(
      cube(1 * d1 + 1 * d2, (1.5 + 0.05) * d1 + (10 / 60 + 0.05) * d2, 1 * d1 + 0.5 * d2),
      12,
    );
    // k: the same dinner and a message (a contact day; weight 0.15, no time but the floor), over 365 days.
    const k1 = decay(t - dayOf('2026-01-10'), 365);
    const k3 = decay(t - dayOf('2026-05-20'), 365);
    expect(k.strength).toBeCloseTo(cube(k1 + k3, 1.55 * k1 + 0.05 * k3, k1 + 0.15 * k3), 12);
    expect(k.halfLifeDays).toBe(365);
    expect(a).toMatchObject({ encounters: 2, planned: 1, hoursLast12Months: 1.5 + 1 / 6 });
  });

  it('sums same-day encounters to the same bits whatever their order', () => {
    const encounters = [
      meet('2026-01-05', ['a'], { channel: 'video', durationMinutes: 37, initiator: 'them' }),
      meet('2026-01-05T10:00+01:00', ['a'], { channel: 'message', initiator: 'me' }),
      meet('2026-01-05', ['a'], { durationMinutes: 95, initiator: 'them' }),
      meet('2026-01-05', ['a'], { channel: 'email', initiator: 'me' }),
    ];
    const orders = [encounters, [...encounters].reverse(), [1, 3, 0, 2].map((i) => encounters[i]!)];
    const strengths = orders.map((o) => run([person('a')], o, '2026-01-05').people[0]!.strength);
    expect(new Set(strengths).size).toBe(1);
  });

  it('raises a tie where both sides reach out, and never lowers one for more contact', () => {
    // Six days of two messages each: with "both", one each way; with "mine", both from me.
    const encounters = ['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29'].flatMap((d) => [
      meet(d, ['both'], { channel: 'message', initiator: 'me' }),
      meet(d, ['both'], { channel: 'message', initiator: 'them' }),
      meet(d, ['mine'], { channel: 'message', initiator: 'me' }),
      meet(d, ['mine'], { channel: 'message', initiator: 'me' }),
    ]);
    const byId = Object.fromEntries(
      run([person('both'), person('mine')], encounters, '2026-06-30').people.map((p) => [p.id, p]),
    );
    // Volume + 0.5 · 2 · min(me, them) = 1.5 × the volume: strength × 1.5^(1/3).
    expect(byId.both!.strength / byId.mine!.strength).toBeCloseTo(Math.cbrt(1.5), 12);
  });

  it('does not count a missed call as contact', () => {
    const p = run(
      [person('p')],
      [meet('2026-06-01', ['p'], { channel: 'call', attempt: true })],
      '2026-06-30',
    ).people[0]!;
    expect(p).toMatchObject({ encounters: 1, contactDays: 0, strength: 0, ring: 'not-met', status: 'none' });
  });
});

describe('status and rings', () => {
  it('maps the overdue ratio to a status', () => {
    expect(statusFor(null, 0, params)).toBe('none');
    expect(statusFor(20, 1, params)).toBe('new');
    expect(statusFor(1.49, 2, params)).toBe('ok');
    expect(statusFor(1.5, 2, params)).toBe('due');
    expect(statusFor(3, 2, params)).toBe('overdue');
    expect(statusFor(8, 2, params)).toBe('lapsing');
  });

  it('judges a rhythm by the fixed periods with contact: 4 of the last 6 weeks', () => {
    // Mondays; 2026-06-29 is one. Contact in the weeks of 1, 8, 22 June and 29 June.
    const days = ['2026-06-01', '2026-06-08', '2026-06-22', '2026-06-29'].map(dayOf);
    expect(checkRhythm(days, 0, 4, dayOf('2026-07-02'), 1, params)).toMatchObject({
      periods: 5, // the relationship is five weeks old
      covered: 4,
      needed: 4,
      kept: true,
    });
    // A week just begun does not count against them until it is over: on Monday 13 July the weeks of
    // 15 June and 6 July are the two allowed gaps of six; a week later three of six are empty.
    expect(checkRhythm(days, 0, 4, dayOf('2026-07-13'), 1, params)).toMatchObject({ covered: 4, kept: true });
    expect(checkRhythm(days, 0, 4, dayOf('2026-07-20'), 1, params)).toMatchObject({
      covered: 3,
      kept: false,
    });
    // Nor is it monthly yet: a monthly rhythm needs three months of contact.
    expect(rhythmBand(days, 0, 4, dayOf('2026-07-20'), params)).toBe(0);
    // Two days are no rhythm at all, however close together.
    expect(rhythmBand(days, 2, 2, dayOf('2026-06-29'), params)).toBe(0);
  });

  it('places five people by the rhythm they keep, not by rank', () => {
    // The first version put all five in ring 1 ("about weekly"), even the one met twice in 21 months.
    const people = ['weekly', 'monthly', 'quarterly', 'yearly', 'twice', 'once', 'never'].map((id) =>
      person(id),
    );
    const encounters = [
      ...every(7, '2026-03-02', '2026-06-29', ['weekly']),
      ...every(30, '2025-10-01', '2026-06-28', ['monthly']),
      ...every(91, '2025-04-01', '2026-06-30', ['quarterly']),
      meet('2024-06-20', ['yearly']),
      meet('2025-06-20', ['yearly']),
      meet('2026-06-20', ['yearly']),
      meet('2024-10-01', ['twice']),
      meet('2026-05-15', ['twice']),
      meet('2026-06-01', ['once']),
    ];
    const result = run(people, encounters, '2026-06-30');
    const ring = Object.fromEntries(result.people.map((p) => [p.id, p.ring]));
    expect(ring).toEqual({
      weekly: 1,
      monthly: 2,
      quarterly: 3,
      yearly: 4,
      twice: 'known',
      once: 'known',
      never: 'not-met',
    });
    expect(result.summary.rings).toEqual({ '1': 1, '2': 1, '3': 1, '4': 1, known: 2, 'not-met': 1 });
    const reasons = Object.fromEntries(result.people.map((p) => [p.id, p.ringReason]));
    expect(reasons).toMatchObject({ weekly: 'rhythm', once: 'no-rhythm', never: 'not-met' });
  });

  it('uses the caps as upper bounds: the weakest overflow moves out, slower rhythms first', () => {
    // Seven weekly friends (the first ones seen longer, so stronger) and one monthly: ring 1 holds five.
    const weekly = Array.from({ length: 7 }, (_, i) => `w${i}`);
    const encounters = [
      ...weekly.flatMap((id, i) => every(7, isoDate(dayOf('2026-01-05') + 7 * i), '2026-06-29', [id])),
      ...every(30, '2025-06-01', '2026-06-26', ['m']),
    ];
    const result = run(
      [...weekly, 'm'].map((id) => person(id)),
      encounters,
      '2026-06-30',
    );
    const byId = Object.fromEntries(result.people.map((p) => [p.id, p]));
    expect(weekly.map((id) => byId[id]!.ring)).toEqual([1, 1, 1, 1, 1, 2, 2]);
    expect(byId.w6).toMatchObject({ ringReason: 'capped', rhythm: { band: 1 } });
    expect(byId.m).toMatchObject({ ring: 2, ringReason: 'rhythm' });
    // Tighter caps push the monthly friend out before any weekly one: rhythm first, then strength.
    const tight = { ...params, ringCaps: [5, 7, 50, 150] as [number, number, number, number] };
    const capped = Object.fromEntries(
      run(
        [...weekly, 'm'].map((id) => person(id)),
        encounters,
        '2026-06-30',
        tight,
      ).people.map((p) => [p.id, p.ring]),
    );
    expect(capped).toMatchObject({ w5: 2, w6: 2, m: 3 });
  });

  it('breaks ties by data — strength, last contact, name — never by record id', () => {
    // Six identical weekly friends: the five first by name are ring 1, whatever their ids.
    const names = ['Eva', 'Anna', 'Felix', 'Dora', 'Ben', 'Carl'];
    const network = (ids: string[]) => {
      const people = names.map((name, i) => ({ id: ids[i]!, displayName: name, kind: 'friend' as const }));
      const encounters = ids.flatMap((id) => every(7, '2026-03-02', '2026-06-29', [id]));
      return run(people, encounters, '2026-06-30').people.map((p) => [p.name, p.ring]);
    };
    const one = Object.fromEntries(network(['a', 'b', 'c', 'd', 'e', 'f']));
    const other = Object.fromEntries(network(['zz9', 'x1', 'q7', 'b3', 'm4', 'a0']));
    expect(one).toEqual(other);
    expect(one.Felix).toBe(2);
  });

  it('fills 200 weekly ties into 5 / 10 / 35 / 100 and the rest known; the never-met as not met', () => {
    const people = Array.from({ length: 203 }, (_, i) => person(`p${String(i).padStart(3, '0')}`));
    // Person i is seen on each of the last i + 1 days (the last three never). From three weeks on, that
    // is a weekly rhythm; more contact, stronger.
    const encounters = people
      .slice(0, 200)
      .flatMap((p, i) => every(1, isoDate(dayOf('2026-06-30') - i), '2026-06-30', [p.id]));
    const result = run(people, encounters, '2026-06-30');
    expect(result.summary.rings).toEqual({ '1': 5, '2': 10, '3': 35, '4': 100, known: 50, 'not-met': 3 });
    expect(result.people.slice(0, 5).map((p) => p.id)).toEqual(['p199', 'p198', 'p197', 'p196', 'p195']);
    expect(result.people.at(-1)).toMatchObject({ id: 'p202', ring: 'not-met', rank: null, status: 'none' });
    // Half a year later the rings of then are remembered exactly.
    const later = run(people, encounters, '2026-12-30');
    const then = new Map(result.people.map((p) => [p.id, p.ring]));
    for (const p of later.people) expect(p.ringSixMonthsAgo).toBe(then.get(p.id));
  });
});

describe('a person as of a date', () => {
  it('calls someone seen once new', () => {
    const result = run([person('once')], [meet('2026-03-01', ['once'])], '2026-06-30');
    expect(result.people[0]).toMatchObject({
      status: 'new',
      contactDays: 1,
      lastContact: '2026-03-01',
      daysSinceContact: 121,
      cadenceSource: 'ring',
    });
  });

  it('does not count social-media reactions as contact or touches, but as a little volume', () => {
    const encounters = [
      meet('2026-01-05', ['p']),
      meet('2026-02-05', ['p']),
      ...every(7, '2026-02-10', '2026-06-30', ['p'], { channel: 'social' }),
    ];
    const p = run([person('p', { kind: 'prospect' })], encounters, '2026-06-30').people[0]!;
    expect(p.lastContact).toBe('2026-02-05');
    expect(p.contactDays).toBe(2);
    expect(p.touches).toBe(2);
    expect(p.touchProgress).toBeCloseTo(2 / 7, 12);
    expect(p.encounters).toBe(encounters.length);
    expect(p.strength).toBeGreaterThan(
      run([person('p')], encounters.slice(0, 2), '2026-06-30').people[0]!.strength,
    );
    // Reactions alone are no contact: not met, no strength.
    const liker = run(
      [person('l')],
      every(7, '2026-02-10', '2026-06-30', ['l'], { channel: 'social' }),
      '2026-06-30',
    );
    expect(liker.people[0]).toMatchObject({ ring: 'not-met', strength: 0 });
  });

  it('counts touches in the last 18 months only', () => {
    // 2024-12-30 is exactly 18 months before 2026-06-30: outside; the next day inside.
    const encounters = [
      meet('2024-12-30', ['p'], { channel: 'email' }),
      meet('2024-12-31', ['p'], { channel: 'call' }),
    ];
    expect(run([person('p')], encounters, '2026-06-30').people[0]!.touches).toBe(1);
  });

  it('blends depth with the closeness rating: 0.6 × rank share + 0.4 × (c − 1) / 4', () => {
    const encounters = [
      ...every(7, '2026-01-01', '2026-06-30', ['a']),
      ...every(30, '2026-01-01', '2026-06-30', ['b']),
      meet('2026-06-01', ['c']),
    ];
    const people = [
      person('a'),
      person('b', { closeness: 5 }),
      person('c', { closeness: 1 }),
      person('d', { closeness: 3 }),
    ];
    const byId = Object.fromEntries(run(people, encounters, '2026-06-30').people.map((p) => [p.id, p]));
    // Ranks a, b, c of N = 3: shares 3/3, 2/3, 1/3.
    expect(byId.a!.depth).toBe(1);
    expect(byId.b!.depth).toBeCloseTo(0.6 * (2 / 3) + 0.4 * 1, 12);
    expect(byId.c!.depth).toBeCloseTo(0.6 * (1 / 3), 12);
    // Never met, rated 3: 0.4 × 2/4.
    expect(byId.d!.depth).toBeCloseTo(0.2, 12);
  });

  it('remembers the rings of 3, 6 and 12 months ago (drift)', () => {
    // Six friends seen weekly in 2025; from 2026 only five: "f" drifted out.
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id));
    const encounters = [
      ...every(7, '2025-01-06', '2025-12-29', ['a', 'b', 'c', 'd', 'e']),
      ...every(7, '2025-01-05', '2025-12-28', ['f']),
      ...every(7, '2026-01-05', '2026-12-28', ['a', 'b', 'c', 'd', 'e']),
    ];
    const byId = Object.fromEntries(run(people, encounters, '2026-12-31').people.map((p) => [p.id, p]));
    // A year ago all six kept a weekly rhythm; "f", met alone, was the strongest, and "e" (the five met
    // together, equal, the last by name) did not fit into ring 1. Now "f" keeps only a yearly rhythm.
    expect(byId.f).toMatchObject({ ring: 4, ringSixMonthsAgo: 3, ringTwelveMonthsAgo: 1 });
    expect(byId.e).toMatchObject({ ring: 1, ringTwelveMonthsAgo: 2 });
    expect(byId.a).toMatchObject({ ring: 1, ringRecently: 1, ringSixMonthsAgo: 1, ringTwelveMonthsAgo: 1 });
  });

  it('keeps expecting the rhythm kept when last seen, while silence moves them outward', () => {
    // Weekly for six weeks, then silence: by April no rhythm is left (known), but the silence is
    // measured against the week: (5·7 + 2·7) / 7 = 7 days; 55 / 7 = 7.9: overdue.
    const encounters = every(7, '2026-01-01', '2026-02-05', ['f']);
    const f = run([person('f')], encounters, '2026-04-01').people[0]!;
    expect(f).toMatchObject({
      ring: 'known',
      ringWhenLastSeen: 1,
      cadenceDays: 7,
      daysSinceContact: 55,
      status: 'overdue',
    });
  });

  it('counts a meeting dated after the date as planned, in every figure the same way', () => {
    const encounters = [meet('2026-06-01', ['p']), meet('2026-07-15', ['p']), meet('2026-08-01', ['q'])];
    const byId = Object.fromEntries(
      run([person('p'), person('q')], encounters, '2026-06-30').people.map((x) => [x.id, x]),
    );
    expect(byId.p).toMatchObject({ encounters: 1, planned: 1, contactDays: 1 });
    expect(byId.q).toMatchObject({ encounters: 0, planned: 1, ring: 'not-met' });
  });

  it('reads silence after the end of imported data as no data, not neglect', () => {
    // Messages imported from a chat export covering 2025-06-01 … 2026-03-31, then nothing.
    const chat = every(3, '2025-06-01', '2026-03-30', ['c'], {
      channel: 'message',
      source: { format: 'whatsapp', key: 'k' },
    });
    const coverage = [
      { channel: 'message' as const, personIds: ['c'], from: '2025-06-01', to: '2026-03-31' },
    ];
    const data = { people: [person('c')], encounters: chat, ties: [], settings: params };
    const covered = computeNetwork({ ...data, coverage, asOf: '2026-09-30' }).people[0]!;
    expect(covered).toMatchObject({ dataUntil: '2026-03-31', status: 'ok', daysSinceContact: 186 });
    // Without a coverage record (or with contact logged by hand) the silence is real.
    expect(computeNetwork({ ...data, asOf: '2026-09-30' }).people[0]!.status).toBe('lapsing');
    // A phone's SMS backup covering everyone until September says nothing about a WhatsApp friend.
    const sms = { channel: 'message' as const, from: '2025-01-01', to: '2026-09-15', source: 'sms-backup' };
    const whatsapp = { ...coverage[0]!, source: 'whatsapp' };
    expect(
      computeNetwork({ ...data, coverage: [whatsapp, sms], asOf: '2026-09-30' }).people[0],
    ).toMatchObject({ dataUntil: '2026-03-31', status: 'ok' });
    const byHand = [...chat, meet('2026-02-01', ['c'])];
    expect(
      computeNetwork({ ...data, encounters: byHand, coverage, asOf: '2026-09-30' }).people[0],
    ).toMatchObject({
      dataUntil: null,
      status: 'lapsing',
    });
  });

  it('keeps archived people out of the network', () => {
    const encounters = [meet('2026-06-01', ['a', 'z'])];
    const result = run([person('a'), person('z', { archived: true })], encounters, '2026-06-30');
    expect(result.people.map((p) => p.id)).toEqual(['a']);
    expect(result.summary).toMatchObject({ people: 1, archived: 1, encounters: 1 });
  });
});

describe('the weekly review', () => {
  // Anna: weekly for a year, then silence. Mia: monthly, then silent for seven months. Ben: monthly and
  // on time. Cleo: rated 5, every three weeks, then silence. Dan: met twice, far out (no rhythm to
  // fall behind). Pia: a prospect with 2 of 7 touches, the last 181 days ago; Paul: a prospect never
  // contacted. Eli: weekly until April, then monthly (drifted). Ida: weekly and just past her week.
  const people = [
    person('anna'),
    person('mia'),
    person('ben'),
    person('cleo', { closeness: 5 }),
    person('dan'),
    person('pia', { kind: 'prospect' }),
    person('paul', { kind: 'prospect' }),
    person('eli'),
    person('ida'),
  ];
  const encounters = [
    ...every(7, '2025-03-03', '2026-03-02', ['anna']),
    ...every(30, '2024-06-01', '2025-11-20', ['mia']),
    ...every(30, '2025-03-03', '2026-06-20', ['ben']),
    ...every(21, '2025-03-03', '2026-03-16', ['cleo']),
    meet('2025-05-01', ['dan']),
    meet('2025-09-01', ['dan']),
    meet('2025-11-10', ['pia'], { channel: 'email' }),
    meet('2025-12-09', ['pia'], { channel: 'call' }),
    ...every(7, '2025-06-02', '2026-03-30', ['eli']),
    ...every(30, '2026-04-20', '2026-06-26', ['eli']),
    ...every(7, '2026-01-05', '2026-05-31', ['ida']),
  ];
  const result = run(people, encounters, '2026-06-08');
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  it('lists everyone overdue whatever their ring, deepest first', () => {
    expect(ids(result.review.overdue)).toEqual(['anna', 'cleo', 'mia']);
    const anna = result.review.overdue[0]!;
    // Last seen 2026-03-02, 98 days before; learned rhythm (8·7 + 2·7)/10 = 7 (weekly when last seen).
    expect(anna.reason).toEqual({
      kind: 'overdue',
      cadenceDays: 7,
      daysSince: 98,
      cadenceSource: 'learned',
      overdueRatio: 14,
    });
    expect(result.neglected.map((n) => n.id)).toEqual(['anna', 'cleo', 'mia']);
    // The monthly friend silent for seven months is there, though no longer in an inner ring.
    expect(result.review.overdue[2]).toMatchObject({
      id: 'mia',
      reason: { cadenceDays: 30, daysSince: 227 },
    });
  });

  it('lists stalled prospects, due ties and ties that drifted outward, each person once', () => {
    expect(ids(result.review.stalledProspects)).toEqual(['paul', 'pia']);
    expect(result.review.stalledProspects[1]!.reason).toEqual({
      kind: 'stalled-prospect',
      touches: 2,
      goal: 7,
      daysSinceTouch: 181,
    });
    expect(ids(result.review.dueSoon)).toEqual(['ida']);
    expect(ids(result.review.drifted)).toEqual(['eli']);
    expect(result.review.drifted[0]!.reason).toEqual({ kind: 'drifted', from: 1, to: 2, months: 3 });
  });

  it('says why, in English and German', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
    const en = i18n.getFixedT('en');
    const de = i18n.getFixedT('de');
    const reason = { cadenceDays: 21, daysSince: 63, cadenceSource: 'learned' as const };
    expect(neglectReasonText(en, reason)).toBe('usually every 3 weeks — last seen 9 weeks ago');
    expect(neglectReasonText(de, reason)).toBe('meist alle 3 Wochen – zuletzt vor 9 Wochen gesehen');
    expect(neglectReasonText(en, { cadenceDays: 7, daysSince: 1, cadenceSource: 'user' })).toBe(
      'you wanted every week — last seen yesterday',
    );
    expect(neglectReasonText(de, { cadenceDays: 360, daysSince: 800, cadenceSource: 'ring' })).toBe(
      'meist jedes Jahr – zuletzt vor 2 Jahren gesehen',
    );
    const [pia] = result.review.stalledProspects.slice(1);
    expect(reviewReasonText(en, pia!)).toBe('2 of 7 touches — last touch 6 months ago');
    expect(reviewReasonText(de, result.review.stalledProspects[0]!)).toBe('noch kein Kontakt (0 von 7)');
    expect(reviewReasonText(en, result.review.drifted[0]!)).toBe(
      'from weekly to monthly contact within 3 months',
    );
    expect(reviewReasonText(de, result.review.drifted[0]!)).toBe(
      'von wöchentlichem zu monatlichem Kontakt innerhalb von 3 Monaten',
    );
  });
});

describe('explaining a person', () => {
  it('says in words why someone is in their ring and what their depth is made of', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
    const en = i18n.getFixedT('en');
    const de = i18n.getFixedT('de');
    const people = [
      person('a', { closeness: 4, pinnedRing: 1 }),
      ...Array.from({ length: 6 }, (_, i) => person(`w${i}`)),
    ];
    const encounters = [
      ...every(30, '2025-12-01', '2026-06-20', ['a'], { initiator: 'them' }),
      ...every(30, '2025-12-08', '2026-06-27', ['a'], {
        initiator: 'me',
        channel: 'call',
        durationMinutes: 20,
      }),
      ...Array.from({ length: 6 }, (_, i) =>
        every(7, '2026-03-02', isoDate(dayOf('2026-06-29') - i), [`w${i}`]),
      ).flat(),
      meet('2026-07-10', ['a']),
    ];
    const result = run(people, encounters, '2026-06-30');
    const a = result.people.find((p) => p.id === 'a')!;
    const lines = explainPerson(en, a, { closeness: 4, closenessBlend: 0.4 });
    expect(lines[0]).toBe('Ring 2: your contact keeps a monthly rhythm — contact in 6 of the last 6 months.');
    expect(lines[1]).toMatch(
      /^Depth \d+ %: 14 days with contact and 9\.3 hours together in the last 12 months, 14 encounters in all; last contact 3 weeks ago\.$/,
    );
    expect(lines).toContain('Contact goes both ways: you and they both reach out.');
    expect(lines).toContain('Your closeness rating, 4 of 5, makes up 40 % of depth.');
    expect(lines).toContain('You pinned them to ring 1: where you want them.');
    expect(lines.at(-1)).toBe('One planned encounter ahead: it counts once its day has passed.');
    const capped = result.people.find((p) => p.ringReason === 'capped')!;
    expect(ringSentence(en, capped)).toBe(
      'Keeps a weekly rhythm (contact in 6 of the last 6 weeks), but ring 1 is full with stronger ties, so ring 2.',
    );
    expect(ringSentence(de, capped)).toBe(
      'Hält einen wöchentlichen Rhythmus (Kontakt in 6 der letzten 6 Wochen), aber Ring 1 ist mit stärkeren Beziehungen voll, daher Ring 2.',
    );
    const once = run([person('o')], [meet('2026-05-01', ['o'])], '2026-06-30').people[0]!;
    expect(ringSentence(en, once)).toBe(
      'Known, in no ring yet: met within the last year; a yearly rhythm needs contact in 2 years in a row.',
    );
    expect(ringSentence(de, run([person('n')], [], '2026-06-30').people[0]!)).toMatch(
      /^Noch nicht getroffen/,
    );
    // One of each in the singular, in both languages.
    const single = run([person('s')], [meet('2026-05-01', ['s'], { durationMinutes: 60 })], '2026-06-30')
      .people[0]!;
    expect(explainPerson(en, single)[1]).toMatch(
      /^Depth \d+ %: 1 day with contact and 1 hour together in the last 12 months, 1 encounter in all; last contact /,
    );
    expect(explainPerson(de, single)[1]).toMatch(
      /^Tiefe \d+ %: 1 Tag mit Kontakt und 1 Stunde gemeinsam in den letzten 12 Monaten, insgesamt 1 Begegnung; letzter Kontakt /,
    );
  });
});

describe('describeInterval', () => {
  it('picks days, weeks, months or years', () => {
    expect(describeInterval(0)).toEqual({ unit: 'day', count: 0 });
    expect(describeInterval(13)).toEqual({ unit: 'day', count: 13 });
    expect(describeInterval(14)).toEqual({ unit: 'week', count: 2 });
    expect(describeInterval(21)).toEqual({ unit: 'week', count: 3 });
    expect(describeInterval(63)).toEqual({ unit: 'week', count: 9 });
    expect(describeInterval(84)).toEqual({ unit: 'week', count: 12 });
    expect(describeInterval(91)).toEqual({ unit: 'month', count: 3 });
    expect(describeInterval(7)).toEqual({ unit: 'week', count: 1 });
    expect(describeInterval(365)).toEqual({ unit: 'year', count: 1 });
    expect(describeInterval(400)).toEqual({ unit: 'month', count: 13 });
    expect(describeInterval(547)).toEqual({ unit: 'month', count: 18 });
    expect(describeInterval(730)).toEqual({ unit: 'year', count: 2 });
    expect(describeInterval(10.4)).toEqual({ unit: 'day', count: 10 });
  });
});

describe('ties and the whole network', () => {
  it('weighs explicit ties by rating and co-participation like strength', () => {
    const encounters = [
      meet('2026-03-02', ['a', 'b', 'c'], { channel: 'event' }),
      meet('2026-05-31', ['a', 'b']),
    ];
    const ties = [
      { a: 'b', b: 'a', strength: 5 },
      { a: 'a', b: 'b', strength: 2 },
      { a: 'c', b: 'd' },
    ];
    const result = computeNetwork({
      people: ['a', 'b', 'c', 'd'].map((id) => person(id)),
      encounters,
      ties,
      settings: params,
      asOf: '2026-05-31',
    });
    const t = dayOf('2026-05-31');
    // Event of 3: 0.5 / √2 each pair; 90 days ago → halved. Dinner of two: 1.
    const ev = (0.5 / Math.SQRT2) * decay(t - dayOf('2026-03-02'), 90);
    expect(tieList(result.ties)).toEqual([
      {
        a: 'a',
        b: 'b',
        weight: expect.closeTo(1 + ev + 1, 12),
        explicit: 1,
        coParticipation: expect.closeTo(ev + 1, 12),
      },
      {
        a: 'a',
        b: 'c',
        weight: expect.closeTo(ev, 12),
        explicit: 0,
        coParticipation: expect.closeTo(ev, 12),
      },
      {
        a: 'b',
        b: 'c',
        weight: expect.closeTo(ev, 12),
        explicit: 0,
        coParticipation: expect.closeTo(ev, 12),
      },
      { a: 'c', b: 'd', weight: 0.6, explicit: 0.6, coParticipation: 0 },
    ]);
  });

  it('sums up the network and its timeline, one point per month', () => {
    const people = [person('a'), person('b'), person('c'), person('old')];
    const encounters = [
      meet('2025-05-10', ['old'], { channel: 'email' }),
      meet('2026-01-15', ['a']),
      meet('2026-02-15', ['a', 'b'], { channel: 'video' }),
      meet('2026-03-20', ['c'], { channel: 'social' }),
    ];
    const result = run(people, encounters, '2026-03-31');
    expect(result.summary).toMatchObject({
      people: 4,
      encounters: 4,
      // a, b (and old, 2025-05-10 is within 12 months); c only reacted on social media.
      metLast12Months: 3,
      // Nobody keeps a rhythm yet (a monthly one needs three months with contact); c is not met.
      rings: { '1': 0, '2': 0, '3': 0, '4': 0, known: 3, 'not-met': 1 },
    });
    expect(result.summary.encountersPerMonth.in_person).toBeCloseTo(1 / 12, 12);
    expect(result.summary.top15Share).toBe(1);
    expect(result.timeline.map((p) => p.month)).toEqual([
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(result.timeline[0]).toMatchObject({ date: '2025-05-31', known: 1, metLast12Months: 1, gini: 0 });
    expect(result.timeline[0]!.encounters.email).toBe(1);
    expect(result.timeline.at(-1)).toMatchObject({ date: '2026-03-31', known: 3, gini: result.summary.gini });
    expect(result.timeline.at(-2)).toMatchObject({ date: '2026-02-28', known: 3 });
    // The timeline of a later date shares the finished months.
    const later = run(people, encounters, '2026-04-15').timeline;
    expect(later.slice(0, -2)).toEqual(result.timeline.slice(0, -1));
  });

  it('gives the same answers from a prepared engine as from scratch, for every date', () => {
    const net = generateSyntheticNetwork({
      seed: 3,
      people: 120,
      encounters: 2500,
      end: '2026-06-30',
      years: 3,
    });
    const data = { people: net.people, encounters: net.encounters, ties: net.ties, settings: params };
    const engine = prepareEngine(data);
    for (const asOf of ['2026-06-30', '2024-01-31', '2025-07-15', '2026-06-29', '2023-07-01', '2030-01-01']) {
      expect(engine.at(asOf)).toEqual(computeNetwork({ ...data, asOf }));
      expect(engine.snapshot(asOf).people).toEqual(computeNetwork({ ...data, asOf }).people);
    }
  });

  it('makes a synthetic network that is a valid database', () => {
    const net = generateSyntheticNetwork({ seed: 1, people: 300, encounters: 4000, end: '2026-06-30' });
    expect(net.encounters).toHaveLength(4000);
    expect(net.people).toHaveLength(300);
    const db = {
      schemaVersion: 1,
      people: net.people,
      encounters: net.encounters,
      contexts: net.contexts,
      ties: net.ties,
      settings: {},
    };
    expect(() => Database.parse(db)).not.toThrow();
    expect(net.encounters.every((e) => e.date.slice(0, 10) <= '2026-06-30')).toBe(true);
    expect(
      JSON.stringify(generateSyntheticNetwork({ seed: 1, people: 300, encounters: 4000, end: '2026-06-30' })),
    ).toBe(JSON.stringify(net));
    // The generated layers come out as rings, roughly: most of the innermost five land in rings 1–2.
    const result = computeNetwork({ ...net, settings: params, asOf: '2026-06-30' });
    const inner = result.people.filter((p) => net.layerOf[p.id] === 0);
    expect(inner.filter((p) => p.ring === 1 || p.ring === 2).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the worked example of docs/depth-model.md', () => {
  const people = [person('anna', { closeness: 4 }), ...['x1', 'x2', 'x3', 'x4'].map((id) => person(id))];
  const encounters = [
    meet('2026-03-02', ['anna'], { durationMinutes: 120 }),
    meet('2026-04-13', ['anna'], { channel: 'call', durationMinutes: 25 }),
    meet('2026-05-04', ['anna', 'x1', 'x2', 'x3', 'x4'], { channel: 'event' }),
    meet('2026-05-25', ['anna']),
  ];

  it('gives the numbers worked out by hand on 30 June', () => {
    const result = run(people, encounters, '2026-06-30');
    const anna = result.people[0]!;
    expect(anna.id).toBe('anna');
    // 120, 78, 57 and 36 days ago.
    const [d1, d2, d3, d4] = [120, 78, 57, 36].map((g) => 2 ** (-g / 90)) as [number, number, number, number];
    // Days: each a full day, but the club evening of five (share 1/2). Volume: weighted by channel.
    const days = 1 * d1 + 1 * d2 + 0.5 * d3 + 1 * d4;
    const time = (2 + 0.05) * d1 + (25 / 60 + 0.05) * d2 + (1 + 0.05) * d3 + (1 + 0.05) * d4;
    const volume = 1 * d1 + 0.5 * d2 + 0.25 * d3 + 1 * d4;
    expect(anna.strengthParts).toMatchObject({
      days: expect.closeTo(days, 12),
      time: expect.closeTo(time, 12),
      volume: expect.closeTo(volume, 12),
    });
    expect(anna.strength).toBeCloseTo(Math.cbrt(days * time * volume), 12);
    expect(anna.strength).toBeCloseTo(2.0155, 4);
    // The others: the club evening only: (0.5 · 1.05 · 0.25)^(1/3) × 2^(−57/90).
    expect(result.people[1]!.strength).toBeCloseTo(Math.cbrt(0.5 * 1.05 * 0.25) * d3, 12);
    expect(result.people[1]!.strength).toBeCloseTo(0.3276, 4);
    expect(anna).toMatchObject({
      ring: 2,
      ringReason: 'rhythm',
      rhythm: { band: 2, periods: 4, covered: 3, needed: 3 },
      ringWhenLastSeen: 2,
      depth: 0.9,
      cadenceDays: 24.6,
      status: 'ok',
      touches: 4,
    });
    expect(anna.overdueRatio).toBeCloseTo(1.46, 2);
    expect(result.people[1]).toMatchObject({ ring: 'known', depth: 0.8 });
    expect(result.review.dueSoon.map((i) => i.id)).toEqual(['anna']);
    expect(result.summary.totalStrength).toBeCloseTo(3.326, 3);
    expect(result.summary.top15Share).toBe(1);
    expect(result.summary.gini).toBeCloseTo(0.406, 3);
  });

  it('finds Anna overdue on 15 August, with the reason in words', async () => {
    const result = run(people, encounters, '2026-08-15');
    expect(result.review.overdue).toHaveLength(1);
    const anna = result.neglected[0]!;
    expect(anna.overdueRatio).toBeCloseTo(3.33, 2);
    expect(anna.score).toBeCloseTo(0.9 * Math.log2(1 + 82 / 24.6), 12);
    // Four contacts in two quarters, then twelve weeks of silence: no rhythm left, so no ring.
    expect(anna.ring).toBe('known');
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
    expect(neglectReasonText(i18n.getFixedT('en'), anna.reason)).toBe(
      'usually every 4 weeks — last seen 12 weeks ago',
    );
  });
});
