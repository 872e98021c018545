/** `tiefgang stats` and `tiefgang neglected` on a real data file, run in-process through the CLI. */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { type Database, type Encounter, emptyDatabase } from '../../shared/domain/schema';
import { dayOf, isoDate } from '../../shared/engine';
import { person } from '../harness/fixtures';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-engine-cli-');
const STAMP = '2026-01-01T00:00:00.000Z';

async function cli(args: string[], lang = 'en_GB.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) },
    stderr: { write: (t) => (stderr += t) },
    env: { LANG: lang },
    cwd: '/',
    homedir: '/nonexistent',
    // 27 November 2026, 00:30 local time: "today" for the default --as-of.
    now: () => new Date(2026, 10, 27, 0, 30),
  });
  return { code, stdout, stderr };
}

function weekly(id: string, from: string, to: string): Encounter[] {
  const out: Encounter[] = [];
  for (let d = dayOf(from); d <= dayOf(to); d += 7) {
    out.push({
      id: `${id}-${d}`,
      date: isoDate(d),
      participants: [id],
      channel: 'in_person',
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }
  return out;
}

/** Anna seen weekly until 2026-09-07, Ben weekly until now, Cleo never. */
async function dataFile(): Promise<string> {
  const db: Database = {
    ...emptyDatabase(),
    people: [
      person('anna', { displayName: 'Anna Adler', kind: 'friend', closeness: 5 }),
      person('ben', { displayName: 'Ben Berg', kind: 'friend', pinnedRing: 1 }),
      person('cleo', { displayName: 'Cleo Cruz', kind: 'friend' }),
    ],
    encounters: [...weekly('anna', '2026-01-05', '2026-09-07'), ...weekly('ben', '2026-01-05', '2026-11-23')],
  };
  const path = join(await tempDir(), 'tiefgang.json');
  await writeFile(path, JSON.stringify(db));
  return path;
}

describe('stats', () => {
  it('prints the JSON the issue specifies', async () => {
    const db = await dataFile();
    const r = await cli(['stats', '--db', db, '--json', '--as-of', '2026-10-05']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'summary', 'people']);
    expect(out.asOf).toBe('2026-10-05');
    expect(out.summary).toEqual({
      people: 3,
      encounters: 36 + 40,
      metLast12Months: 2,
      top15Share: 1,
      gini: expect.any(Number),
      // Anna, silent for four weeks by 5 October, keeps only a monthly rhythm.
      rings: { '1': 1, '2': 1, '3': 0, '4': 0, known: 0, 'not-met': 1 },
    });
    expect(out.people.map((p: { id: string }) => p.id)).toEqual(['ben', 'anna', 'cleo']);
    expect(Object.keys(out.people[0])).toEqual([
      'id',
      'name',
      'strength',
      'depth',
      'ring',
      'pinnedRing',
      'lastContact',
      'contactDays',
      'cadenceDays',
      'overdueRatio',
      'status',
      'touches',
      'ringSixMonthsAgo',
      'ringTwelveMonthsAgo',
      'ringReason',
      'rhythmKept',
      'contactDaysLast12Months',
      'hoursLast12Months',
      'encounters',
      'planned',
      'dataUntil',
    ]);
    // Ben's weekly meetings after 5 October are planned as of then.
    expect(out.people[0]).toMatchObject({
      id: 'ben',
      ring: 1,
      ringReason: 'rhythm',
      encounters: 40,
      planned: 7,
    });
    expect(out.people[1]).toMatchObject({
      id: 'anna',
      name: 'Anna Adler',
      ring: 2,
      rhythmKept: 2,
      pinnedRing: null,
      lastContact: '2026-09-07',
      contactDays: 36,
      cadenceDays: 7,
      overdueRatio: 4,
      status: 'overdue',
      touches: 36,
      ringSixMonthsAgo: 1,
      ringTwelveMonthsAgo: 'not-met',
    });
    expect(out.people[2]).toMatchObject({
      id: 'cleo',
      ring: 'not-met',
      status: 'none',
      lastContact: null,
      cadenceDays: null,
    });
  });

  it('defaults to today in local time and prints a table without --json', async () => {
    const db = await dataFile();
    const r = await cli(['stats', '--db', db]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Your network as of 2026-11-27');
    expect(lines[1]).toBe('3 people, 83 encounters; 2 met in the last 12 months.');
    expect(r.stdout).toMatch(/Rings: 1: 1 · 2: 0 · 3: 1 · 4: 0 · known: 0 · not met yet: 1/);
    expect(r.stdout).toMatch(/Anna Adler\s+3\s+[\d.]+\s+[\d.]+\s+2026-09-07\s+36\s+7\s+11\.6×\s+Lapsing/);
    expect(r.stdout).toMatch(/Cleo Cruz\s+Not met yet/);
  });

  it('speaks German', async () => {
    const r = await cli(['stats', '--db', await dataFile(), '--as-of', '2026-11-27'], 'de_AT.UTF-8');
    expect(r.stdout.split('\n')[0]).toBe('Ihr Netzwerk zum 2026-11-27');
    expect(r.stdout).toMatch(/Anna Adler .* Schläft ein/);
  });

  it('refuses a date that is not one, and a missing data file', async () => {
    const db = await dataFile();
    const bad = await cli(['stats', '--db', db, '--as-of', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of “2026-02-30” is not a date; write it as YYYY-MM-DD/);
    const missing = await cli(['stats', '--db', join(await tempDir(), 'none.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no data file at .*none\.json yet/);
  });
});

describe('stats --explain', () => {
  it('says in words why a person is in their ring and what their depth is made of', async () => {
    const db = await dataFile();
    const r = await cli(['stats', '--db', db, '--explain', 'anna adler', '--as-of', '2026-11-27']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      [
        'Anna Adler as of 2026-11-27',
        '- Ring 3: your contact keeps a quarterly rhythm — contact in 3 of the last 3 quarters.',
        '- Depth 70 %: 36 days with contact and 36 hours together in the last 12 months, 36 encounters in all; last contact 12 weeks ago.',
        '- Your closeness rating, 5 of 5, makes up 40 % of depth.',
        '- Rhythm: usually every week — last seen 12 weeks ago (Lapsing).',
        '',
      ].join('\n'),
    );
    const de = await cli(['stats', '--db', db, '--explain', 'ben', '--as-of', '2026-11-27'], 'de_AT.UTF-8');
    expect(de.stdout).toMatch(
      /^Ben Berg zum 2026-11-27\n- Ring 1: Ihr Kontakt hält einen wöchentlichen Rhythmus/,
    );
    expect(de.stdout).toMatch(/Sie haben die Person an Ring 1 geheftet/);
    const json = JSON.parse((await cli(['stats', '--db', db, '--explain', 'cleo', '--json'])).stdout);
    expect(json.person).toMatchObject({ id: 'cleo', ring: 'not-met', ringReason: 'not-met' });
    expect(json.explanation[0]).toMatch(/^Not met yet: log a first encounter/);
  });

  it('names who is meant when the name is unknown', async () => {
    const r = await cli(['stats', '--db', await dataFile(), '--explain', 'Zed']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nobody is called or has the id “Zed”/);
  });
});

describe('neglected', () => {
  it('lists the ties let slip with their reason', async () => {
    const db = await dataFile();
    const r = await cli(['neglected', '--db', db, '--as-of', '2026-11-27']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'Review as of 2026-11-27\n\nOverdue (1)\n1. Anna Adler (Ring 3): usually every week — last seen 12 weeks ago\n',
    );
    const de = await cli(['neglected', '--db', db, '--as-of', '2026-11-27'], 'de_DE.UTF-8');
    expect(de.stdout).toMatch(
      /Überfällig \(1\)\n1\. Anna Adler \(Ring 3\): meist jede Woche – zuletzt vor 12 Wochen gesehen/,
    );
  });

  it('prints JSON, limits, and says when there is nothing', async () => {
    const db = await dataFile();
    const json = JSON.parse((await cli(['neglected', '--db', db, '--json', '--as-of', '2026-11-27'])).stdout);
    expect(json).toMatchObject({
      asOf: '2026-11-27',
      total: 1,
      neglected: [
        {
          id: 'anna',
          ring: 3,
          closeness: 5,
          overdueRatio: 11.571,
          reason: { cadenceDays: 7, daysSince: 81, cadenceSource: 'learned' },
          text: 'usually every week — last seen 12 weeks ago',
        },
      ],
      sections: {
        overdue: { total: 1, items: [{ id: 'anna', reason: { kind: 'overdue', daysSince: 81 } }] },
        stalledProspects: { total: 0, items: [] },
        drifted: { total: 0, items: [] },
        dueSoon: { total: 0, items: [] },
      },
    });
    const limited = JSON.parse((await cli(['neglected', '--db', db, '--json', '--limit', '1'])).stdout);
    expect(limited.neglected).toHaveLength(1);
    const none = await cli(['neglected', '--db', db, '--as-of', '2026-09-10']);
    expect(none.stdout).toMatch(/^Nothing to review as of 2026-09-10/);
    const bad = await cli(['neglected', '--db', db, '--limit', 'zero']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limit “zero” is not a whole number of 1 or more/);
  });

  it('is listed in the help', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).toMatch(/stats\s+Show the depth of your network/);
    expect(r.stdout).toMatch(/neglected\s+The weekly review/);
  });
});

describe('the day asked about', () => {
  it('is checked as the data file checks dates, in stats and neglected alike', async () => {
    const db = await dataFile();
    for (const command of ['stats', 'neglected']) {
      const r = await cli([command, '--db', db, '--as-of', '0000-01-01']);
      expect(r.code, command).toBe(2);
      expect(r.stderr).toMatch(/--as-of “0000-01-01” is not a date/);
    }
  });
});
