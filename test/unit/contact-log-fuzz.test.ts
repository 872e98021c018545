/**
 * Fuzzing the chat, call and mail readers as the other importers are fuzzed (import-fuzz.test.ts):
 * random bytes, and the project's fixtures mutated (cut, spliced, doubled, sprinkled with line breaks,
 * NULs, stamps, XML and JSON punctuation, invisible marks). A reader either returns a log whose plan
 * the schema accepts, or throws an ImportError naming the file — nothing else escapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyContactLog } from '../../electron/import/contact-log/apply';
import { bytesSource, readContactLog } from '../../electron/import/contact-log/index';
import { planContactLog } from '../../electron/import/contact-log/plan';
import { ImportError } from '../../electron/import/errors';
import { Coverage, Database, Encounter, emptyDatabase, Person } from '../../shared/domain/schema';
import { fixture, linkedinZip, logOptions, takeoutZip, whatsappIosZip } from '../harness/contact-logs';

const OWNER = { names: ['Max Mustermann'], emails: ['max@mustermann.at'] };
const RUNS = Number(process.env.TIEFGANG_FUZZ_RUNS ?? 150);

const seeds: Record<string, { name: string; bytes: Uint8Array }[]> = {
  whatsapp: [
    { name: 'WhatsApp Chat mit Anna Berg.txt', bytes: fixture('whatsapp/WhatsApp Chat mit Anna Berg.txt') },
    {
      name: 'WhatsApp Chat with Ben Okafor.txt',
      bytes: fixture('whatsapp/WhatsApp Chat with Ben Okafor.txt'),
    },
    { name: '_chat.txt', bytes: fixture('whatsapp/ios-group-de/_chat.txt') },
  ],
  'whatsapp-zip': [{ name: 'WhatsApp Chat - Segelverein.zip', bytes: whatsappIosZip() }],
  'sms-backup': [
    { name: 'sms-1.xml', bytes: fixture('sms-backup/sms-20240420120000.xml') },
    { name: 'calls-1.xml', bytes: fixture('sms-backup/calls-20240420120000.xml') },
  ],
  telegram: [
    { name: 'result.json', bytes: fixture('telegram/result.json') },
    { name: 'result.json', bytes: fixture('telegram/ChatExport_2024-04-20/result.json') },
  ],
  mbox: [
    { name: 'Inbox', bytes: fixture('mbox/thunderbird-inbox') },
    { name: 'All mail.mbox', bytes: fixture('mbox/takeout-all-mail.mbox') },
  ],
  'linkedin-messages': [
    { name: 'messages.csv', bytes: fixture('linkedin-archive/messages.csv') },
    { name: 'Basic_LinkedInDataExport.zip', bytes: linkedinZip() },
  ],
  takeout: [{ name: 'takeout-001.zip', bytes: takeoutZip() }],
};

const TOKENS = [
  '\n',
  '\r\n',
  '\u0000',
  '\u200e',
  '\u202f',
  '[',
  ']',
  ': ',
  ' - ',
  '12/31/24, 11:59 PM - ',
  '31.12.24, 23:59 - A: ',
  '<',
  '>',
  '"',
  '&#55357;',
  '</smses>',
  '<sms address="1" date="x" type="2"/>',
  '{',
  '}',
  ',',
  '"messages": [',
  '\nFrom x@y Mon Jan 01 00:00:00 2024\nFrom: a@b\n',
  'To: ',
  '=?UTF-8?B?',
  'ä',
  '\uD800',
  'PK\u0003\u0004',
];

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'token'; at: number; token: string }
  | { kind: 'double'; at: number; length: number }
  | { kind: 'flip'; at: number; value: number };

// Unbiased: fast-check leans toward 0, which would mostly wreck the first bytes that say the format.
const position = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ kind: fc.constant('token' as const), at: position, token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('double' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
);

function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(original);
  for (const m of mutations) {
    const at = Math.floor(m.at * bytes.length);
    switch (m.kind) {
      case 'cut':
        bytes = bytes.subarray(0, at);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
      case 'token':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.token, 'utf8'), bytes.subarray(at)]);
        break;
      case 'double':
        bytes = Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
        break;
      case 'flip':
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = m.value;
        break;
    }
  }
  return bytes;
}

let ids = 0;

describe.each(Object.keys(seeds))('fuzzing %s', (format) => {
  it('reads each seed as it is', async () => {
    for (const seed of seeds[format]!) {
      const log = await readContactLog(bytesSource(seed.name, seed.bytes), logOptions(OWNER));
      expect(log?.encounters.length).toBeGreaterThan(0);
    }
  });

  it('returns a log whose plan the schema accepts, or an ImportError naming the file', async () => {
    const outcomes = { logs: 0, errors: 0, others: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          {
            weight: 1,
            arbitrary: fc
              .uint8Array({ maxLength: 600 })
              .map((bytes) => ({ name: seeds[format]![0]!.name, bytes })),
          },
          {
            weight: 4,
            arbitrary: fc
              .tuple(fc.constantFrom(...seeds[format]!), fc.array(mutation, { maxLength: 6 }))
              .map(([seed, mutations]) => ({ name: seed.name, bytes: mutate(seed.bytes, mutations) })),
          },
        ),
        async ({ name, bytes }) => {
          let log: Awaited<ReturnType<typeof readContactLog>>;
          try {
            log = await readContactLog(bytesSource(name, bytes), logOptions(OWNER));
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            outcomes.errors++;
            expect(error.message).toContain(name);
            return;
          }
          if (log === null) {
            outcomes.others++;
            return;
          }
          outcomes.logs++;
          const db = emptyDatabase();
          const preview = planContactLog(log, db, {
            now: '2026-01-01T00:00:00.000Z',
            newId: () => `f-${++ids}`,
          });
          for (const p of preview.newPeople) Person.parse(p.person);
          for (const e of preview.encounters) Encounter.parse(e.encounter);
          for (const c of preview.coverage) Coverage.parse(c);
          applyContactLog(preview, db);
          Database.parse(db);
        },
      ),
      { numRuns: RUNS },
    );
    // Mutated exports still read now and then (the format is still recognised, an archive's checksum
    // still holds), so the readers themselves are exercised, not only the recognising.
    expect(outcomes.logs).toBeGreaterThan(RUNS / 20);
  });
});
