/**
 * Writes the store in a loop until it is killed: `node --import tsx test/harness/crash-writer.ts <file>`.
 * Each step adds a person `w<n>` and an encounter with them (two durable updates, like a user adding
 * someone and logging a meeting); after each update resolves it prints `ack person <n>` or
 * `ack encounter <n>`, so the parent knows exactly which writes were acknowledged before its SIGKILL.
 * Numbering continues from what the file already holds, so one file can be reused across kills.
 * With TIEFGANG_TEST_KEY (a key as {"params": …, "key": "<hex>"}) it opens an encrypted file with it.
 */

import { addEncounter } from '../../electron/services/encounters/encounters';
import { addPerson } from '../../electron/services/people/people';
import { unlockWithKey } from '../../electron/store/file-format';
import { openStore } from '../../electron/store/index';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer.ts <data file>');
const keyJson = process.env.TIEFGANG_TEST_KEY;
const key = keyJson ? JSON.parse(keyJson) : undefined;
const store = await openStore({
  path: file,
  ...(key ? { unlock: unlockWithKey({ params: key.params, key: Buffer.from(key.key, 'hex') }) } : {}),
});
if (key && !store.key) throw new Error('the crash test expected an encrypted data file');
let n = store.read().people.length;
process.stdout.write(`ready ${process.pid} ${n}\n`);
for (;;) {
  const person = await store.update((db) =>
    addPerson(db, { displayName: `w${n}`, notes: 'x'.repeat(n % 200) }),
  );
  process.stdout.write(`ack person ${n}\n`);
  await store.update((db) =>
    addEncounter(db, { date: '2026-11-27', participants: [person.id], channel: 'call', notes: `e${n}` }),
  );
  process.stdout.write(`ack encounter ${n}\n`);
  n++;
}
