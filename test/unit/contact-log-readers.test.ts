/**
 * The chat, call and mail readers on the project's own fixtures, written in the shapes the apps write
 * (test/fixtures/whatsapp, sms-backup, telegram, mbox, linkedin-archive, takeout).
 */
import { describe, expect, it } from 'vitest';
import { bytesSource, type ContactLog, readContactLog } from '../../electron/import/contact-log/index';
import { ImportError } from '../../electron/import/errors';
import {
  fixture,
  linkedinZip,
  logOptions,
  takeoutZip,
  whatsappIosPersonalZip,
  whatsappIosZip,
} from '../harness/contact-logs';

const MAX = { names: ['Max Mustermann'] };

async function read(name: string, bytes: Uint8Array, owner = {}, extra = {}): Promise<ContactLog> {
  const log = await readContactLog(bytesSource(name, bytes), logOptions(owner, extra));
  if (!log) throw new Error(`${name} was not recognised`);
  return log;
}

const days = (log: ContactLog) =>
  log.encounters.map((e) =>
    `${e.date.slice(0, 10)} ${e.channel} ${e.messages ? `${e.messages.fromMe}/${e.messages.fromThem}` : ''} ${e.initiator}`.trim(),
  );

describe('WhatsApp', () => {
  it('reads an Android chat in German: 24 h, multi-line messages, the encryption note skipped', async () => {
    const log = await read(
      'WhatsApp Chat mit Anna Berg.txt',
      fixture('whatsapp/WhatsApp Chat mit Anna Berg.txt'),
    );
    // The owner is inferred: the chat is named after Anna, so the other sender is the owner.
    expect(log.ownerQuestion).toBeUndefined();
    expect(log.format).toBe('whatsapp');
    expect(log.people.map((p) => p.displayName)).toEqual(['Anna Berg']);
    expect(days(log)).toEqual([
      '2024-03-02 message 1/3 them',
      '2024-03-05 message 2/0 me',
      '2024-03-13 message 1/1 them',
    ]);
    expect(log.encounters[0]!.date).toBe('2024-03-02T09:12+01:00');
    expect(log.skipped).toEqual([{ reason: 'system-message', count: 1, lines: [1] }]);
    expect(log.coverage).toEqual([
      { channel: 'message', people: ['whatsapp:Anna Berg'], from: '2024-03-02', to: '2024-03-13' },
    ]);
    expect(log.seen.messages).toBe(8);
  });

  it('reads US English with the narrow no-break space before AM/PM, month first', async () => {
    const log = await read(
      'WhatsApp Chat with Ben Okafor.txt',
      fixture('whatsapp/WhatsApp Chat with Ben Okafor.txt'),
    );
    expect(days(log)).toEqual([
      '2024-01-14 message 0/2 them',
      '2024-01-15 message 1/1 me',
      '2024-01-23 message 1/0 me',
      '2024-02-02 message 0/1 them',
    ]);
    // 12:10 AM is ten past midnight; 11:59 PM the minute before midnight.
    expect(log.encounters[3]!.date).toBe('2024-02-02T00:10+01:00');
    expect(log.encounters[2]!.date).toBe('2024-01-23T23:59+01:00');
  });

  it('decides an ambiguous date order by the order that keeps the dates rising', async () => {
    const log = await read(
      'WhatsApp Chat with Karl Novák.txt',
      fixture('whatsapp/WhatsApp Chat with Karl Novák.txt'),
    );
    expect(log.encounters.map((e) => e.date.slice(0, 10))).toEqual([
      '2024-02-01',
      '2024-02-03',
      '2024-02-05',
      '2024-03-02',
      '2024-03-04',
    ]);
  });

  it('reads British day-first dates', async () => {
    const log = await read(
      'WhatsApp Chat with Lea Schmidt.txt',
      fixture('whatsapp/WhatsApp Chat with Lea Schmidt.txt'),
    );
    expect(days(log)).toEqual(['2024-01-15 message 1/1 them', '2024-01-19 message 1/0 me']);
  });

  it('reads an iOS group chat in a ZIP: invisible marks, notes under the group name, an unsaved number', async () => {
    const log = await read('WhatsApp Chat - Segelverein.zip', whatsappIosZip(), MAX);
    expect(log.fileName).toBe('WhatsApp Chat - Segelverein.zip');
    expect(log.people.map((p) => [p.displayName, p.phones])).toEqual([
      ['Lea Schmidt', []],
      ['+43 664 1234567', ['+436641234567']],
      ['Jörg Köhler', []],
    ]);
    // One encounter per day on which the owner wrote, with everyone who wrote that day.
    expect(log.encounters.map((e) => [e.date.slice(0, 10), e.with.length, e.messages, e.initiator])).toEqual([
      ['2024-04-10', 2, { fromMe: 1, fromThem: 4 }, 'them'],
      ['2024-04-20', 1, { fromMe: 1, fromThem: 1 }, 'me'],
    ]);
    const reasons = Object.fromEntries(log.skipped.map((s) => [s.reason, s.count]));
    // The encryption note, "created", "added you", a subject change with a colon in quotes, "left".
    expect(reasons['system-message']).toBe(5);
    expect(reasons['group-without-me']).toBe(1);
    // A group chat says nothing about personal messages: no coverage.
    expect(log.coverage).toEqual([]);
  });

  it('asks who the owner is when a group chat does not say', async () => {
    const log = await read('WhatsApp Chat - Segelverein.zip', whatsappIosZip());
    expect(log.encounters).toEqual([]);
    expect(log.ownerQuestion?.candidates.map((c) => c.value)).toEqual(
      expect.arrayContaining(['Lea Schmidt', 'Max Mustermann', '+43 664 1234567', 'Jörg Köhler']),
    );
  });

  it('knows the owner by number and takes the chat name from the ZIP name', async () => {
    const log = await read('WhatsApp Chat - Chloé Dubois.zip', whatsappIosPersonalZip());
    expect(log.people.map((p) => p.displayName)).toEqual(['Chloé Dubois']);
    expect(days(log)).toEqual([
      '2024-01-15 message 1/1 them',
      '2024-01-16 message 0/2 them',
      '2024-02-01 message 1/0 me',
    ]);
  });

  it('gives every day the same fingerprint in a later, longer export', async () => {
    const text = fixture('whatsapp/WhatsApp Chat mit Anna Berg.txt').toString('utf8');
    const first = await read('WhatsApp Chat mit Anna Berg.txt', Buffer.from(text));
    const later = await read(
      'WhatsApp Chat mit Anna Berg (1).txt',
      Buffer.from(`${text}14.03.24, 10:00 - Anna Berg: Danke!\n`),
    );
    expect(later.encounters.slice(0, 3).map((e) => e.key)).toEqual(first.encounters.map((e) => e.key));
    expect(later.encounters).toHaveLength(4);
  });

  it('takes an Android note with a colon inside quotes for a note, not a message', async () => {
    const text = [
      '10.04.24, 19:00 - Lea Schmidt hat die Gruppe „Segelverein“ erstellt',
      '10.04.24, 19:01 - Jörg Köhler hat den Betreff zu „Team: Nord“ geändert',
      '10.04.24, 19:02 - Lea Schmidt: Hallo zusammen',
      '10.04.24, 19:03 - Jörg Köhler: Hi',
      '10.04.24, 19:04 - Max Mustermann: Servus',
    ].join('\n');
    const log = await read('WhatsApp Chat mit Segelverein.txt', Buffer.from(text), MAX);
    expect(log.people.map((p) => p.displayName)).toEqual(['Lea Schmidt', 'Jörg Köhler']);
    expect(log.skipped).toEqual([{ reason: 'system-message', count: 2, lines: [1, 2] }]);
    expect(log.encounters.map((e) => e.messages)).toEqual([{ fromMe: 1, fromThem: 2 }]);
  });

  it('takes the chat’s name for the other person when only the owner wrote', async () => {
    const text = '02.03.24, 09:20 - Max Mustermann: Hallo?\n03.03.24, 10:00 - Max Mustermann: Alles gut?\n';
    const log = await read('WhatsApp Chat mit Anna Berg.txt', Buffer.from(text), MAX);
    expect(log.people.map((p) => p.displayName)).toEqual(['Anna Berg']);
    expect(days(log)).toEqual(['2024-03-02 message 1/0 me', '2024-03-03 message 1/0 me']);
    const unnamed = await read('_chat.txt', Buffer.from(text), MAX);
    expect(unnamed.encounters).toEqual([]);
  });

  it('refuses a line of 100 MB, naming the line, without holding it', async () => {
    const huge = Buffer.concat([
      Buffer.from('02.03.24, 09:12 - Anna Berg: Hallo\n02.03.24, 09:13 - Anna Berg: '),
      Buffer.alloc(100 * 1024 * 1024, 0x61),
      Buffer.from('\n'),
    ]);
    const error = await read('WhatsApp Chat mit Anna Berg.txt', huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('line-too-long');
    expect((error as ImportError).line).toBe(2);
  });

  it('refuses text that is not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('02.03.24, 09:12 - Anna Berg: Hallo\n02.03.24, 09:13 - J'),
      Buffer.from([0xf6]), // "ö" in Windows-1252
      Buffer.from('rg: Hi\n'),
    ]);
    const error = await read('WhatsApp Chat mit Anna Berg.txt', bytes).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('not-utf8');
    expect((error as ImportError).line).toBe(2);
  });
});

describe('SMS Backup & Restore', () => {
  it('reads SMS and MMS: received and sent, drafts and sender names skipped, MMS with several people', async () => {
    const log = await read('sms-20240420120000.xml', fixture('sms-backup/sms-20240420120000.xml'));
    expect(log.format).toBe('sms-backup');
    expect(days(log)).toEqual([
      '2024-03-02 message 1/2 them',
      '2024-03-03 message 1/0 me',
      '2024-03-06 message 0/1 them',
      '2024-03-07 message 1/0 me',
      '2024-03-07 message 1/0 me',
    ]);
    expect(log.people.map((p) => [p.displayName, p.phones[0]])).toEqual([
      ['Anna Berg', '+436641234567'],
      ['+4917612345678', '+4917612345678'],
    ]);
    const reasons = Object.fromEntries(log.skipped.map((s) => [s.reason, s.count]));
    expect(reasons).toEqual({ draft: 2, 'not-a-person': 1 });
    // The whole phone's messages, up to the day of the backup.
    expect(log.coverage).toEqual([{ channel: 'message', from: '2024-03-02', to: '2024-04-20' }]);
  });

  it('reads calls: durations, missed, rejected and unanswered calls as attempts, blocked and hidden ones skipped', async () => {
    const log = await read('calls-20240420120000.xml', fixture('sms-backup/calls-20240420120000.xml'));
    expect(
      log.encounters.map((e) => [e.date, e.initiator, e.durationMinutes ?? null, e.attempt ?? false]),
    ).toEqual([
      ['2024-03-01T18:00+01:00', 'them', 13, false],
      ['2024-03-02T09:00+01:00', 'me', 1, false],
      ['2024-03-03T13:00+01:00', 'them', null, true],
      ['2024-03-03T13:30+01:00', 'them', null, true],
      ['2024-03-03T14:00+01:00', 'me', null, true],
      ['2024-03-08T21:00+01:00', 'them', null, true],
      ['2024-03-09T10:00+01:00', 'me', 5, false],
    ]);
    expect(log.encounters.every((e) => e.channel === 'call')).toBe(true);
    expect(log.coverage).toEqual([{ channel: 'call', from: '2024-03-01', to: '2024-04-20' }]);
    expect(log.skipped.map((s) => s.reason).sort()).toEqual(['no-address', 'unknown-kind']);
  });

  it('refuses a backup cut off before </smses>, naming the last line read', async () => {
    const text = fixture('sms-backup/sms-20240420120000.xml').toString('utf8');
    const cut = text.slice(0, text.indexOf('<mms'));
    const error = await read('sms-20240420120000.xml', Buffer.from(cut)).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('truncated');
    expect((error as ImportError).line).toBe(15);
  });

  it('keeps memory flat for a 60 MB photo in an MMS', async () => {
    const text = fixture('sms-backup/sms-20240420120000.xml').toString('utf8');
    const at = text.indexOf('data="') + 'data="'.length;
    const photo = Buffer.alloc(60 * 1024 * 1024, 0x41);
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), photo, Buffer.from(text.slice(at))]);
    const before = process.memoryUsage().rss;
    const log = await read('sms-20240420120000.xml', bytes);
    expect(log.encounters).toHaveLength(5);
    // The attribute is never assembled (it would be 120 MB as a string).
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('mbox', () => {
  it('reads a Thunderbird folder: names decoded, bulk and machine mail skipped, Cc counted', async () => {
    const log = await read('Inbox', fixture('mbox/thunderbird-inbox'), { emails: ['max@mustermann.at'] });
    expect(log.format).toBe('mbox');
    expect(log.encounters.map((e) => [e.date.slice(0, 10), e.with[0], e.messages, e.initiator])).toEqual([
      ['2024-03-05', 'anna.berg@example.at', { fromMe: 1, fromThem: 1 }, 'them'],
      ['2024-03-05', 'joerg.koehler@example.de', { fromMe: 1, fromThem: 0 }, 'me'],
      ['2024-03-05', 'chloe.dubois@example.fr', { fromMe: 1, fromThem: 0 }, 'me'],
      ['2024-03-07', 'joerg.koehler@example.de', { fromMe: 0, fromThem: 1 }, 'them'],
      ['2024-03-08', 'anna.berg@example.at', { fromMe: 0, fromThem: 1 }, 'them'],
    ]);
    expect(log.people.find((p) => p.key === 'joerg.koehler@example.de')?.displayName).toBe('Jörg Köhler');
    const reasons = Object.fromEntries(log.skipped.map((s) => [s.reason, s.count]));
    expect(reasons).toEqual({ 'bulk-mail': 1, 'automated-sender': 1, 'many-recipients': 1 });
    // "From what I remember" in a body does not start a mail.
    expect(log.seen.messages).toBe(7);
  });

  it('infers the owner of a Takeout mailbox, skips spam and chats, reads CRLF', async () => {
    const log = await read('All mail Including Spam and Trash.mbox', fixture('mbox/takeout-all-mail.mbox'));
    expect(log.ownerQuestion).toBeUndefined();
    expect(log.encounters.map((e) => [e.with[0], e.messages, e.initiator])).toEqual([
      ['ben.okafor@example.com', { fromMe: 1, fromThem: 1 }, 'me'],
      ['lea@schmidt.example', { fromMe: 0, fromThem: 1 }, 'them'],
    ]);
    expect(log.skipped.map((s) => s.reason).sort()).toEqual(['spam', 'unknown-kind']);
  });

  it('asks who the owner is when no address stands out', async () => {
    const log = await read('Inbox', fixture('mbox/thunderbird-inbox'));
    expect(log.encounters).toEqual([]);
    expect(
      log.ownerQuestion?.candidates
        .slice(0, 2)
        .map((c) => c.value)
        .sort(),
    ).toEqual(['anna.berg@example.at', 'max@mustermann.at']);
  });

  it('skips a 100 MB body line without holding it', async () => {
    const text = fixture('mbox/thunderbird-inbox').toString('utf8');
    const at = text.indexOf('anbei die Unterlagen.');
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.alloc(100 * 1024 * 1024, 0x61),
      Buffer.from(text.slice(at)),
    ]);
    const log = await read('Inbox', bytes, { emails: ['max@mustermann.at'] });
    expect(log.encounters).toHaveLength(5);
  });
});

describe('Telegram', () => {
  it('reads a full export: personal chats, calls with duration, missed and busy calls, groups; bots skipped', async () => {
    const log = await read('result.json', fixture('telegram/result.json'));
    expect(log.format).toBe('telegram');
    expect(
      log.encounters.map((e) => [
        e.date,
        e.channel,
        e.messages ?? null,
        e.durationMinutes ?? null,
        e.attempt ?? false,
        e.initiator,
      ]),
    ).toEqual([
      ['2024-03-02T09:12+01:00', 'message', { fromMe: 2, fromThem: 1 }, null, false, 'them'],
      ['2024-03-02T18:00+01:00', 'call', null, 13, false, 'me'],
      ['2024-03-03T08:00+01:00', 'call', null, null, true, 'them'],
      ['2024-03-03T08:05+01:00', 'call', null, null, true, 'me'],
      ['2024-03-09T23:59+01:00', 'message', { fromMe: 0, fromThem: 1 }, null, false, 'them'],
      ['2024-04-10T19:00+01:00', 'message', { fromMe: 1, fromThem: 2 }, null, false, 'them'],
    ]);
    // Phone numbers come from the export's contact list.
    expect(log.people.map((p) => [p.displayName, p.phones])).toEqual([
      ['Anna Berg', ['+436641234567']],
      ['Lea Schmidt', ['+491761111111']],
      ['Jörg Köhler', []],
    ]);
    expect(log.coverage).toEqual([
      { channel: 'message', people: ['telegram:user5012345678'], from: '2024-03-02', to: '2024-03-09' },
    ]);
  });

  it('reads one chat exported alone; the owner is whoever is not the chat', async () => {
    const log = await read('result.json', fixture('telegram/ChatExport_2024-04-20/result.json'));
    expect(days(log)).toEqual([
      '2024-01-14 message 0/1 them',
      '2024-01-15 message 1/0 me',
      '2024-01-15 call  them',
    ]);
    expect(log.encounters[2]!.durationMinutes).toBe(2);
  });

  it('refuses a cut-off export', async () => {
    const text = fixture('telegram/result.json').toString('utf8');
    const error = await read('result.json', Buffer.from(text.slice(0, Math.floor(text.length / 2)))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(['truncated', 'bad-json']).toContain((error as ImportError).reason);
  });
});

describe('archives', () => {
  it('reads LinkedIn messages with the connections’ addresses; company mail and spam skipped', async () => {
    const log = await read('Basic_LinkedInDataExport_04-20-2024.zip', linkedinZip());
    expect(log.format).toBe('linkedin-messages');
    expect(log.encounters.map((e) => [e.date.slice(0, 10), e.messages, e.initiator])).toEqual([
      ['2024-01-16', { fromMe: 1, fromThem: 1 }, 'them'],
      ['2024-02-20', { fromMe: 1, fromThem: 0 }, 'me'],
      ['2024-02-21', { fromMe: 0, fromThem: 1 }, 'them'],
    ]);
    expect(log.people.map((p) => [p.displayName, p.emails])).toEqual([
      ['Chloé Dubois', ['chloe.dubois@example.fr']],
      ['Tomasz Nowak', []],
    ]);
    expect(log.extra?.[0]?.people.map((p) => p.displayName)).toEqual(['Chloé Dubois', 'Tomasz Nowak']);
    expect(log.skipped.map((s) => s.reason).sort()).toEqual(['not-a-person', 'spam']);
  });

  it('reads Google Takeout: contacts, calendar and mail in one log', async () => {
    const log = await read('takeout-20240420T100000Z-001.zip', takeoutZip());
    expect(log.format).toBe('takeout');
    expect(log.extra?.map((p) => p.format)).toEqual(['vcard', 'ics']);
    expect(log.extra?.[0]?.people.map((p) => p.displayName)).toEqual(['Ben Okafor', 'Lea Schmidt']);
    expect(log.extra?.[1]?.encounters).toHaveLength(1);
    expect(log.encounters.map((e) => e.with[0])).toEqual(['ben.okafor@example.com', 'lea@schmidt.example']);
  });

  it('refuses a zip bomb before unpacking it, naming the entry', async () => {
    const { zipBytes } = await import('../harness/zip-writer');
    const bomb = zipBytes([{ name: '_chat.txt', data: Buffer.alloc(300 * 1024 * 1024, 0x0a) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await read('WhatsApp Chat - Bomb.zip', bomb).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('zip-bomb');
    expect((error as ImportError).params.entry).toBe('_chat.txt');
  });

  it('refuses an entry that unpacks to more than its header says', async () => {
    const { zipBytes } = await import('../harness/zip-writer');
    const liar = zipBytes([
      { name: '_chat.txt', data: fixture('whatsapp/ios-en/_chat.txt'), declaredSize: 40 },
    ]);
    const error = await read('WhatsApp Chat - Liar.zip', liar).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('bad-archive');
  });

  it('names an archive that holds no export it reads', async () => {
    const { zipBytes } = await import('../harness/zip-writer');
    const error = await read('photos.zip', zipBytes([{ name: 'a.jpg', data: 'x' }])).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('archive-unknown');
  });

  it('refuses a truncated archive', async () => {
    const zip = takeoutZip();
    const error = await read('takeout.zip', zip.subarray(0, zip.length - 40)).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('bad-archive');
  });
});

describe('recognising', () => {
  it('leaves other files to the general importers', async () => {
    expect(
      await readContactLog(bytesSource('a.vcf', Buffer.from('BEGIN:VCARD\r\nEND:VCARD\r\n')), logOptions()),
    ).toBeNull();
    expect(
      await readContactLog(bytesSource('a.csv', Buffer.from('First Name,Last Name\nA,B\n')), logOptions()),
    ).toBeNull();
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await read(
      'Inbox',
      fixture('mbox/thunderbird-inbox'),
      {},
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect((error as ImportError).reason).toBe('cancelled');
  });
});
