/**
 * Planning and committing contact logs: matching by phone, e-mail, then name; nothing added twice;
 * overlapping exports raise counts; coverage; one preview for an archive; undo; and the CLI on real
 * files, whose failures leave the data file byte for byte as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { applyContactLog, contactLogChangesNothing } from '../../electron/import/contact-log/apply';
import { bytesSource, type ContactLog, readContactLog } from '../../electron/import/contact-log/index';
import { type ContactPlanOptions, planContactLog } from '../../electron/import/contact-log/plan';
import { Coverage, type Database, Encounter, emptyDatabase, Person } from '../../shared/domain/schema';
import { fixture, logOptions, takeoutZip, whatsappIosZip } from '../harness/contact-logs';
import { makeTempDirs } from '../harness/temp-dir';
import { zipBytes } from '../harness/zip-writer';

const tempDir = makeTempDirs('tiefgang-logs-');
const ROOT = resolve(import.meta.dirname, '../..');
const NOW = '2026-05-01T10:00:00.000Z';

let counter = 0;
const planOptions = (extra: Partial<ContactPlanOptions> = {}): ContactPlanOptions => ({
  now: NOW,
  newId: () => `id-${++counter}`,
  countryCode: '+43',
  ...extra,
});

async function log(name: string, bytes: Uint8Array, owner = {}): Promise<ContactLog> {
  const result = await readContactLog(bytesSource(name, bytes), logOptions(owner));
  if (!result) throw new Error('not recognised');
  return result;
}

function person(id: string, displayName: string, extra: Partial<Person> = {}): Person {
  return Person.parse({ id, displayName, createdAt: NOW, updatedAt: NOW, ...extra });
}

function expectValid(db: Database): void {
  for (const p of db.people) Person.parse(p);
  for (const e of db.encounters) Encounter.parse(e);
  for (const c of db.coverage) Coverage.parse(c);
}

const anna = () => fixture('whatsapp/WhatsApp Chat mit Anna Berg.txt');

describe('planning a contact log', () => {
  it('creates the person, one encounter per day with counts and source, no text, and coverage', async () => {
    const db = emptyDatabase();
    const preview = planContactLog(await log('WhatsApp Chat mit Anna Berg.txt', anna()), db, planOptions());
    expect(preview.newPeople.map((p) => p.person.displayName)).toEqual(['Anna Berg']);
    const annaId = preview.newPeople[0]!.person.id;
    expect(preview.encounters.map((e) => e.encounter)).toEqual([
      expect.objectContaining({
        date: '2024-03-02T09:12+01:00',
        channel: 'message',
        participants: [annaId],
        initiator: 'them',
        messages: { fromMe: 1, fromThem: 3 },
        notes: '',
        source: { format: 'whatsapp', key: expect.stringMatching(/:2024-03-02$/) },
      }),
      expect.objectContaining({
        date: '2024-03-05T18:03+01:00',
        initiator: 'me',
        messages: { fromMe: 2, fromThem: 0 },
      }),
      expect.objectContaining({ date: '2024-03-13T07:55+01:00', messages: { fromMe: 1, fromThem: 1 } }),
    ]);
    expect(preview.coverage).toEqual([
      expect.objectContaining({
        channel: 'message',
        personIds: [annaId],
        from: '2024-03-02',
        to: '2024-03-13',
        source: 'whatsapp',
      }),
    ]);
    expect(preview.report).toEqual([
      expect.objectContaining({ name: 'Anna Berg', status: 'new', added: { message: 3 }, attempts: 0 }),
    ]);
    applyContactLog(preview, db);
    expectValid(db);
    // No message text anywhere in the data.
    expect(JSON.stringify(db)).not.toMatch(/Guten Morgen|Unterlagen|Danke/);
  });

  it('adds nothing when the same export is imported again', async () => {
    const db = emptyDatabase();
    const chat = await log('WhatsApp Chat mit Anna Berg.txt', anna());
    applyContactLog(planContactLog(chat, db, planOptions()), db);
    const again = planContactLog(chat, db, planOptions());
    expect(contactLogChangesNothing(again)).toBe(true);
    expect(again.logSkipped.find((s) => s.reason === 'already-present')?.count).toBe(3);
  });

  it('raises the counts of a day a later, overlapping export knows more of', async () => {
    const db = emptyDatabase();
    applyContactLog(
      planContactLog(await log('WhatsApp Chat mit Anna Berg.txt', anna()), db, planOptions()),
      db,
    );
    const longer = Buffer.concat([
      anna(),
      Buffer.from(
        '13.03.24, 19:00 - Anna Berg: Bis morgen\n14.03.24, 08:00 - Max Mustermann: Guten Morgen\n',
      ),
    ]);
    const preview = planContactLog(await log('WhatsApp Chat mit Anna Berg.txt', longer), db, planOptions());
    expect(preview.encounters).toHaveLength(1);
    expect(preview.updatedEncounters.map((u) => [u.original.messages, u.updated.messages])).toEqual([
      [
        { fromMe: 1, fromThem: 1 },
        { fromMe: 1, fromThem: 2 },
      ],
    ]);
    applyContactLog(preview, db);
    expectValid(db);
    expect(db.encounters).toHaveLength(4);
  });

  it('matches by normalised phone number and adds what the log knows, overwriting nothing', async () => {
    const db = emptyDatabase();
    db.people = [person('p-anna', 'Anni', { phones: ['0664 / 123 45 67'], notes: 'met at the fair' })];
    const preview = planContactLog(
      await log('sms.xml', fixture('sms-backup/sms-20240420120000.xml')),
      db,
      planOptions(),
    );
    expect(preview.matchedPeople).toEqual([
      expect.objectContaining({ existingId: 'p-anna', by: 'phone', updated: null }),
    ]);
    expect(preview.newPeople.map((p) => p.person.phones)).toEqual([['+4917612345678']]);
    expect(preview.encounters.filter((e) => e.encounter.participants[0] === 'p-anna')).toHaveLength(3);
  });

  it('leaves a name that fits several people to the user, then follows the choice', async () => {
    const db = emptyDatabase();
    db.people = [
      person('p-1', 'Anna Berg', { emails: ['anna@one.example'] }),
      person('p-2', 'Anna Berg', { emails: ['anna@two.example'] }),
    ];
    const chat = await log('WhatsApp Chat mit Anna Berg.txt', anna());
    const open = planContactLog(chat, db, planOptions());
    expect(open.ambiguous).toEqual([
      expect.objectContaining({
        key: 'whatsapp:Anna Berg',
        candidates: [expect.objectContaining({ id: 'p-1' }), expect.objectContaining({ id: 'p-2' })],
      }),
    ]);
    expect(open.encounters).toEqual([]);
    expect(open.logSkipped.find((s) => s.reason === 'ambiguous-person')?.count).toBe(3);
    const chosen = planContactLog(chat, db, planOptions({ choices: { 'whatsapp:Anna Berg': 'p-2' } }));
    expect(chosen.encounters.map((e) => e.encounter.participants)).toEqual([['p-2'], ['p-2'], ['p-2']]);
    const fresh = planContactLog(chat, db, planOptions({ choices: { 'whatsapp:Anna Berg': 'new' } }));
    expect(fresh.newPeople).toHaveLength(1);
  });

  it('counts the Sent folder into the days the Inbox already recorded', async () => {
    const db = emptyDatabase();
    const me = { emails: ['max@mustermann.at'] };
    applyContactLog(
      planContactLog(await log('Inbox', fixture('mbox/thunderbird-inbox'), me), db, planOptions()),
      db,
    );
    const sent = [
      'From - Fri Mar  8 12:00:00 2024',
      'From: Max Mustermann <max@mustermann.at>',
      'To: Anna Berg <anna.berg@example.at>',
      'Date: Fri, 8 Mar 2024 12:00:00 +0100',
      'Subject: Re: Vorstellung',
      '',
      'Danke, Anna!',
      '',
    ].join('\n');
    const preview = planContactLog(await log('Sent', Buffer.from(sent), me), db, planOptions());
    expect(preview.encounters).toEqual([]);
    expect(preview.updatedEncounters.map((u) => u.updated.messages)).toEqual([{ fromMe: 1, fromThem: 1 }]);
    // Coverage of the same mailbox period is not recorded twice.
    expect(preview.coverage).toEqual([]);
  });

  it('plans a Google Takeout archive as one preview: contacts, calendar and mail meet', async () => {
    const db = emptyDatabase();
    const preview = planContactLog(await log('takeout-001.zip', takeoutZip()), db, planOptions());
    expect(preview.newPeople.map((p) => p.person.displayName).sort()).toEqual(['Ben Okafor', 'Lea Schmidt']);
    const ben = preview.newPeople.find((p) => p.person.displayName === 'Ben Okafor')!.person;
    const mail = preview.encounters.filter((e) => e.encounter.channel === 'email');
    expect(mail.map((e) => e.encounter.participants)).toContainEqual([ben.id]);
    // The calendar meeting with Lea, and the mails.
    expect(preview.encounters.map((e) => e.encounter.channel).sort()).toEqual([
      'email',
      'email',
      'in_person',
    ]);
    applyContactLog(preview, db);
    expectValid(db);
    expect(db.coverage).toEqual([expect.objectContaining({ channel: 'email', source: 'mbox' })]);
    expect(planContactLog(await log('takeout-001.zip', takeoutZip()), db, planOptions()).encounters).toEqual(
      [],
    );
  });

  it('plans nothing while the owner is unknown', async () => {
    const preview = planContactLog(
      await log('WhatsApp Chat - Segelverein.zip', whatsappIosZip()),
      emptyDatabase(),
      planOptions(),
    );
    expect(preview.ownerQuestion?.candidates.length).toBeGreaterThan(1);
    expect(preview.newPeople).toEqual([]);
    expect(preview.encounters).toEqual([]);
  });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) },
    stderr: { write: (t) => (stderr += t) },
    env: { LANG: 'en_GB.UTF-8', HOME: '/nonexistent' },
    cwd: ROOT,
    homedir: '/nonexistent',
    now: () => new Date(2026, 4, 1, 12, 0),
  });
  return { code, stdout, stderr };
}

describe('tiefgang import of chat, call and mail exports', () => {
  it('imports a WhatsApp ZIP, reports per person by channel in --json, and adds nothing the second time', async () => {
    const dir = await tempDir();
    const db = join(dir, 'tiefgang.json');
    const zip = join(dir, 'WhatsApp Chat - Segelverein.zip');
    await writeFile(zip, whatsappIosZip());
    const first = await cli(['import', zip, '--db', db, '--json', '--me', 'Max Mustermann']);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report).toMatchObject({ format: 'whatsapp', committed: true, messageTextStored: false });
    expect(report.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Lea Schmidt', status: 'new', added: { message: 1 } }),
      ]),
    );
    expect(report.skipped).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'system-message', count: 5 })]),
    );
    expect(first.stderr).toMatch(/Reading WhatsApp Chat - Segelverein\.zip: 100 %/);
    const second = await cli(['import', zip, '--db', db, '--json', '--me', 'Max Mustermann']);
    expect(JSON.parse(second.stdout).counts.encounters).toBe(0);
  });

  it('asks who the owner is, writing nothing', async () => {
    const dir = await tempDir();
    const db = join(dir, 'tiefgang.json');
    const zip = join(dir, 'WhatsApp Chat - Segelverein.zip');
    await writeFile(zip, whatsappIosZip());
    const r = await cli(['import', zip, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not say which sender is you.*--me.*"Lea Schmidt"/s);
  });

  it('leaves the data file byte-identical when an export is hostile', async () => {
    const dir = await tempDir();
    const db = join(dir, 'tiefgang.json');
    const chat = join(dir, 'WhatsApp Chat mit Anna Berg.txt');
    await writeFile(chat, anna());
    expect((await cli(['import', chat, '--db', db])).code).toBe(0);
    const before = await readFile(db);
    const bomb = join(dir, 'WhatsApp Chat - Bomb.zip');
    await writeFile(bomb, zipBytes([{ name: '_chat.txt', data: Buffer.alloc(200 * 1024 * 1024, 0x0a) }]));
    const cut = join(dir, 'calls-cut.xml');
    const calls = fixture('sms-backup/calls-20240420120000.xml');
    await writeFile(cut, calls.subarray(0, calls.length - 200));
    for (const file of [bomb, cut]) {
      const r = await cli(['import', file, '--db', db]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Bomb\.zip: the entry _chat\.txt|calls-cut\.xml ends inside/);
      expect(await readFile(db)).toEqual(before);
    }
  });
});
