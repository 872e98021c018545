/**
 * The real `tiefgang` process when the reader of its output goes away (`tiefgang stats | head -1`):
 * the command still finishes, says nothing about a broken pipe, and exits with its real status — a
 * change that was made is on disk and reported as done (exit 0), not as "nothing was changed" (exit 1).
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../electron/store/index';
import { makeTempDirs } from '../harness/temp-dir';

const tempDir = makeTempDirs('tiefgang-cli-pipes-');
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs the CLI with its standard output going into a pipe whose reader has already gone (the right side
 * of `|` exits at once, while Node is still starting). Returns the CLI's own exit status and stderr.
 */
function runIntoClosedPipe(args: string[]): { status: number; stderr: string } {
  const command = ['node', '--import', 'tsx', 'electron/cli/index.ts', ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const r = spawnSync('bash', ['-c', `${command} | exit 0; echo "status=\${PIPESTATUS[0]}" >&2`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${process.execPath.replace(/\/node$/, '')}:${process.env.PATH}`,
      LANG: 'C',
    },
  });
  const status = Number(/status=(\d+)/.exec(r.stderr)?.[1]);
  return { status, stderr: r.stderr.replace(/status=\d+\n?/, '') };
}

describe('a closed output pipe', () => {
  it('people add: the person is stored, exit 0, no stack trace', async () => {
    const db = join(await tempDir(), 'tiefgang.json');
    const r = runIntoClosedPipe(['people', 'add', '--db', db, '--name', 'Anna']);
    expect(r).toEqual({ status: 0, stderr: '' });
    expect((await readDataFile(db)).people.map((p) => p.displayName)).toEqual(['Anna']);
  }, 30_000);

  it('import: the import is on disk, exit 0, no stack trace', async () => {
    const dir = await tempDir();
    const db = join(dir, 'tiefgang.json');
    const vcf = join(dir, 'people.vcf');
    await writeFile(
      vcf,
      Array.from(
        { length: 50 },
        (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEND:VCARD\r\n`,
      ).join(''),
    );
    const r = runIntoClosedPipe(['import', vcf, '--db', db]);
    expect(r).toEqual({ status: 0, stderr: '' });
    expect((await readDataFile(db)).people).toHaveLength(50);
  }, 30_000);

  it('export: a large output cut short ends quietly too', async () => {
    const db = join(await tempDir(), 'tiefgang.json');
    for (const name of ['Anna', 'Ben']) {
      expect(
        spawnSync(
          process.execPath,
          ['--import', 'tsx', 'electron/cli/index.ts', 'people', 'add', '--db', db, '--name', name],
          { cwd: ROOT },
        ).status,
      ).toBe(0);
    }
    expect(runIntoClosedPipe(['export', '--db', db])).toEqual({ status: 0, stderr: '' });
  }, 30_000);

  it('a failure still says why and exits 1', async () => {
    const db = join(await tempDir(), 'tiefgang.json');
    const r = runIntoClosedPipe(['log', '--db', db, '--with', 'Nobody', '--channel', 'call']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Nobody is called');
    expect(r.stderr).not.toContain('EPIPE');
  }, 30_000);
});
