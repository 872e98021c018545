/**
 * The command line on an encrypted data file: the passphrase comes from a file (--passphrase-file or
 * TIEFGANG_PASSPHRASE_FILE), never from the command line itself (it would end up in the shell's history
 * and the process list). Without it, or with a wrong one, the command says so and changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/run';
import { addPerson } from '../../electron/services/people/people';
import { deriveKey } from '../../electron/store/encryption';
import { openStore } from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-cli-encryption-');

async function cli(args: string[], env: Record<string, string> = {}, lang = 'en_GB.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')) },
    stderr: { write: (t) => (stderr += t) },
    env: { LANG: lang, HOME: '/nonexistent', ...env },
    cwd: '/',
    homedir: '/nonexistent',
    now: () => new Date(2026, 10, 27, 15, 45),
  });
  return { code, stdout, stderr };
}

/** An encrypted data file with Anna in it, and a file holding its passphrase (with a newline, as editors save it). */
async function encryptedFile() {
  const dir = await tempDir();
  const db = join(dir, 'tiefgang.json');
  const store = await openStore({ path: db });
  await store.update((d) => addPerson(d, { displayName: 'Anna Berger' }));
  const key = await deriveKey('Tiefgang ist privat', {
    name: 'scrypt',
    N: 2 ** 10,
    r: 8,
    p: 1,
    salt: randomBytes(16).toString('base64'),
  });
  await store.setEncryption(key);
  await store.close();
  const passphrase = join(dir, 'passphrase.txt');
  await writeFile(passphrase, 'Tiefgang ist privat\n');
  const wrong = join(dir, 'wrong.txt');
  await writeFile(wrong, 'something else\n');
  return { dir, db, passphrase, wrong };
}

describe('an encrypted data file on the command line', () => {
  it('reads and writes with --passphrase-file, and with TIEFGANG_PASSPHRASE_FILE', async () => {
    const { db, passphrase } = await encryptedFile();
    const added = await cli([
      'people',
      'add',
      '--db',
      db,
      '--passphrase-file',
      passphrase,
      '--name',
      'Ben Vertraulich',
    ]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const exported = await cli(['export', '--db', db], { TIEFGANG_PASSPHRASE_FILE: passphrase });
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).people.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Anna Berger',
      'Ben Vertraulich',
    ]);
    // The option may come before the command, like --db.
    expect((await cli(['--passphrase-file', passphrase, 'export', '--db', db])).code).toBe(0);
    expect(await readFile(db, 'utf8')).not.toContain('Vertraulich');
  });

  it('without a passphrase: exit 1, it says how to give one, nothing changed', async () => {
    const { db } = await encryptedFile();
    const before = await readFile(db);
    const r = await cli(['people', 'add', '--db', db, '--name', 'Ben']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The data file ${db} is encrypted and opens only with its passphrase`);
    expect(r.stderr).toContain('--passphrase-file');
    expect(await readFile(db)).toEqual(before);
    const de = await cli(['export', '--db', db], {}, 'de_AT.UTF-8');
    expect(de.stderr).toContain('ist verschlüsselt');
  });

  it('with a wrong passphrase: exit 1, “does not fit”, nothing changed', async () => {
    const { db, wrong } = await encryptedFile();
    const before = await readFile(db);
    const r = await cli(['people', 'add', '--db', db, '--passphrase-file', wrong, '--name', 'Ben']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The passphrase does not fit');
    expect(await readFile(db)).toEqual(before);
  });

  it('a passphrase file that is not there, or empty, is a clear failure', async () => {
    const { dir, db } = await encryptedFile();
    const missing = await cli(['export', '--db', db, '--passphrase-file', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`The passphrase file ${join(dir, 'nope.txt')} could not be read`);
    const writing = await cli([
      'people',
      'add',
      '--db',
      db,
      '--passphrase-file',
      join(dir, 'nope.txt'),
      '--name',
      'B',
    ]);
    expect(writing.code).toBe(1);
    expect(writing.stderr).toContain('could not be read (ENOENT)');
    await writeFile(join(dir, 'empty.txt'), '\n');
    const empty = await cli(['export', '--db', db, '--passphrase-file', join(dir, 'empty.txt')]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('is empty');
  });

  it('a plain data file ignores the passphrase', async () => {
    const dir = await tempDir();
    const passphrase = join(dir, 'p.txt');
    await writeFile(passphrase, 'x\n');
    const r = await cli([
      'people',
      'add',
      '--db',
      join(dir, 'plain.json'),
      '--passphrase-file',
      passphrase,
      '--name',
      'A',
    ]);
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, 'plain.json'), 'utf8')).toContain('"A"');
  });
});
