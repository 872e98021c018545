/**
 * Crash safety: a child process writes the store in a loop (test/harness/crash-writer.ts) and is
 * SIGKILLed at random moments — during start-up (lock takeover, clean-up) and in the middle of writes.
 * After each kill the file must parse and validate and hold every write the child acknowledged, i.e.
 * every update whose promise had resolved. The same file is reused, so every new child has to take
 * over the lock of a dead one. The same run is made on an encrypted data file: every write there is an
 * encryption of the whole file, and the file must decrypt and hold every acknowledged write too.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DataKey, deriveKey } from '../../electron/store/encryption';
import { decodeFile, unlockWithKey } from '../../electron/store/file-format';
import { openStore } from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-crash-');
const ROOT = resolve(import.meta.dirname, '../..');
const KILLS = 55;
const ENCRYPTED_KILLS = 30;

interface Round {
  acked: { people: number[]; encounters: number[] };
  lockWasStale: boolean;
  killedBeforeReady: boolean;
}

/** Starts the writer, kills it after `delayMs` (counted from `ready` unless `early`), returns its acks. */
function killWriterAt(
  file: string,
  delayMs: number,
  early: boolean,
  key: DataKey | undefined,
): Promise<Round & { stderr: string }> {
  return new Promise((done, fail) => {
    const env = key
      ? {
          ...process.env,
          TIEFGANG_TEST_KEY: JSON.stringify({ params: key.params, key: key.key.toString('hex') }),
        }
      : process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/harness/crash-writer.ts', file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    const acked = { people: [] as number[], encounters: [] as number[] };
    let buffer = '';
    let stderr = '';
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (early) timer = setTimeout(kill, delayMs);
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        const [word, kind, n] = line.split(' ');
        if (word === 'ready') {
          ready = true;
          if (!early) timer = setTimeout(kill, delayMs);
        } else if (word === 'ack' && kind === 'person') acked.people.push(Number(n));
        else if (word === 'ack' && kind === 'encounter') acked.encounters.push(Number(n));
      }
    });
    child.on('error', fail);
    // 'exit' comes after the process is reaped, so its pid is really gone for the next round.
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') fail(new Error(`writer ended on its own (${signal}): ${stderr}`));
      else done({ acked, lockWasStale: false, killedBeforeReady: !ready, stderr });
    });
  });
}

/** Kills writers on `file` again and again, checking after each kill that nothing acknowledged was lost. */
async function crashRounds(dir: string, file: string, kills: number, key?: DataKey): Promise<void> {
  const acknowledged = { people: new Set<number>(), encounters: new Set<number>() };
  let staleLocks = 0;
  let killsBeforeReady = 0;
  let killsMidWriting = 0;
  for (let round = 0; round < kills; round++) {
    const names = await readdir(dir);
    if (names.includes('tiefgang.json.lock')) staleLocks++;
    // One round in five is killed while starting (opening, taking over the lock, cleaning up).
    const early = round % 5 === 4;
    const delay = early ? 150 + Math.random() * 500 : Math.random() * 120;
    const result = await killWriterAt(file, delay, early, key);
    if (result.killedBeforeReady) killsBeforeReady++;
    for (const n of result.acked.people) acknowledged.people.add(n);
    for (const n of result.acked.encounters) acknowledged.encounters.add(n);
    if (result.acked.people.length > 0) killsMidWriting++;

    // The file decrypts (if encrypted), parses, migrates and validates…
    const bytes = await readFile(file);
    const { data, key: found } = await decodeFile(bytes, key ? unlockWithKey(key) : undefined);
    expect(found !== undefined).toBe(key !== undefined);
    // …and holds every acknowledged write.
    const people = new Set(data.people.map((p) => p.displayName));
    const notes = new Set(data.encounters.map((e) => e.notes));
    const lostPeople = [...acknowledged.people].filter((n) => !people.has(`w${n}`));
    const lostEncounters = [...acknowledged.encounters].filter((n) => !notes.has(`e${n}`));
    expect({ round, lostPeople, lostEncounters }).toEqual({ round, lostPeople: [], lostEncounters: [] });
    // Nothing is written twice.
    expect(people.size).toBe(data.people.length);
  }
  // The test did what it claims: most kills hit a writer mid-loop, some hit start-up, and the lock of a
  // dead writer was found (and taken over) again and again.
  expect(killsMidWriting).toBeGreaterThan(kills / 2);
  expect(staleLocks).toBeGreaterThan(kills / 2);
  expect(acknowledged.people.size).toBeGreaterThan(kills);

  // A last open takes over the lock and clears any temp file a kill left behind.
  const store = await openStore({ path: file, ...(key ? { unlock: unlockWithKey(key) } : {}) });
  await store.close();
  const leftovers = (await readdir(dir)).filter(
    (n) => n !== 'tiefgang.json' && n !== 'backups' && !n.startsWith('tiefgang.before-encryption-'),
  );
  expect(leftovers).toEqual([]);
  const backups = await readdir(join(dir, 'backups'));
  expect(backups.every((n) => /^tiefgang-\d{4}-\d{2}-\d{2}\.json$/.test(n))).toBe(true);
  if (key) {
    // Not one name of a person in the clear, in the file or a backup.
    const texts = [file, ...backups.map((n) => join(dir, 'backups', n))].map((f) => readFile(f, 'latin1'));
    for (const text of await Promise.all(texts)) expect(text).not.toMatch(/"w\d+"/);
  }
  console.log(
    `crash test${key ? ' (encrypted)' : ''}: ${kills} kills (${killsBeforeReady} before ready, ${killsMidWriting} mid-writing), ` +
      `${staleLocks} stale locks taken over, ${acknowledged.people.size} people and ` +
      `${acknowledged.encounters.size} encounters acknowledged`,
  );
}

describe('crash safety', () => {
  it(`keeps every acknowledged write across ${KILLS} SIGKILLs at random moments`, async () => {
    const dir = await tempDir();
    await crashRounds(dir, join(dir, 'tiefgang.json'), KILLS);
  }, 120_000);

  it(`keeps every acknowledged write of an encrypted file across ${ENCRYPTED_KILLS} SIGKILLs`, async () => {
    const dir = await tempDir();
    const file = join(dir, 'tiefgang.json');
    // A cheap key (N = 2^10) keeps the test about writes, not about the key derivation.
    const key = await deriveKey('crash test', {
      name: 'scrypt',
      N: 2 ** 10,
      r: 8,
      p: 1,
      salt: randomBytes(16).toString('base64'),
    });
    const store = await openStore({ path: file });
    await store.setEncryption(key);
    await store.close();
    await crashRounds(dir, file, ENCRYPTED_KILLS, key);
  }, 120_000);
});
