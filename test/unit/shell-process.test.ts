// Process-level pieces of the shell: which data file, the local log, crash reporting, single instance.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCrashReporter, handleRendererGone, installCrashHandlers } from '../../electron/main/crash';
import { resolveDataFile } from '../../electron/main/data-file';
import { createShellI18n } from '../../electron/main/i18n';
import { createFileLog } from '../../electron/main/log-file';
import { claimSingleInstance } from '../../electron/main/single-instance';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-shell-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('resolveDataFile', () => {
  const base = { env: {}, userDataDir: '/home/ada/.config/Tiefgang', cwd: '/work' };

  it('defaults to tiefgang.json in userData', () => {
    expect(resolveDataFile({ ...base, argv: ['/usr/bin/tiefgang'] })).toEqual({
      ok: true,
      path: '/home/ada/.config/Tiefgang/tiefgang.json',
      source: 'default',
    });
  });

  it('takes TIEFGANG_DB over the default and --db over both, relative to the working directory', () => {
    const env = { TIEFGANG_DB: 'data/env.json' };
    expect(resolveDataFile({ ...base, env, argv: ['electron', '.'] })).toMatchObject({
      path: '/work/data/env.json',
      source: 'environment',
    });
    expect(resolveDataFile({ ...base, env, argv: ['electron', '.', '--db', '/tmp/a.json'] })).toMatchObject({
      path: '/tmp/a.json',
      source: 'argument',
    });
    expect(resolveDataFile({ ...base, env, argv: ['tiefgang', '--db=b.json'] })).toMatchObject({
      path: '/work/b.json',
      source: 'argument',
    });
  });

  it('reports --db without a file', () => {
    for (const argv of [
      ['tiefgang', '--db'],
      ['tiefgang', '--db='],
      ['tiefgang', '--db', '--inspect'],
    ]) {
      expect(resolveDataFile({ ...base, argv })).toEqual({ ok: false, problem: 'db-missing-value' });
    }
  });
});

describe('local log file', () => {
  it('appends timestamped entries with stacks, creating its folder', async () => {
    const file = join(dir, 'logs', 'main.log');
    const log = createFileLog(file, () => new Date('2026-03-01T10:00:00.000Z'));
    log.error('first', new Error('kaputt'));
    log.warn('second');
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^2026-03-01T10:00:00.000Z ERROR first\nError: kaputt\n {4}at /);
    expect(text).toContain('2026-03-01T10:00:00.000Z WARN second\n');
  });

  it('falls back to stderr when the log cannot be written, without throwing', async () => {
    await writeFile(join(dir, 'logs'), 'a file where the folder should be');
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => createFileLog(join(dir, 'logs', 'main.log')).error('lost?')).not.toThrow();
    expect(stderr).toHaveBeenCalled();
    stderr.mockRestore();
  });
});

describe('crash reporting', () => {
  it('logs every unexpected error, shows a dialog naming the log, and not more than one per 10 s', async () => {
    const file = join(dir, 'main.log');
    const log = createFileLog(file);
    const showErrorBox = vi.fn();
    let now = 0;
    const report = createCrashReporter({
      log,
      showErrorBox,
      t: () => createShellI18n('en').t,
      now: () => now,
    });
    const proc = new EventEmitter();
    installCrashHandlers(proc as never, report);

    proc.emit('uncaughtException', new Error('first failure'));
    proc.emit('unhandledRejection', 'second failure');
    now = 11_000;
    proc.emit('uncaughtException', new TypeError('third failure'));

    const text = await readFile(file, 'utf8');
    expect(text).toContain('ERROR uncaught exception\nError: first failure');
    expect(text).toContain("ERROR unhandled promise rejection\n'second failure'");
    expect(text).toContain('TypeError: third failure');
    expect(showErrorBox).toHaveBeenCalledTimes(2);
    expect(showErrorBox.mock.calls[0]).toEqual([
      'Tiefgang hit an unexpected error',
      `Something went wrong inside Tiefgang: first failure\n\nThe details were written to ${file}. Everything saved before is safe in the data file.`,
    ]);
  });

  it('offers to reload a crashed window, ignores a clean exit', async () => {
    const deps = {
      log: createFileLog(join(dir, 'main.log')),
      t: () => createShellI18n('de').t,
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      reload: vi.fn(),
      quit: vi.fn(),
    };
    await handleRendererGone({ reason: 'clean-exit', exitCode: 0 }, deps);
    expect(deps.showMessageBox).not.toHaveBeenCalled();
    await handleRendererGone({ reason: 'oom', exitCode: 9 }, deps);
    expect(deps.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Das Fenster wurde unerwartet beendet (oom).',
        buttons: ['Fenster neu laden', 'Beenden'],
      }),
    );
    expect(deps.reload).toHaveBeenCalled();
    deps.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await handleRendererGone({ reason: 'crashed', exitCode: 139 }, deps);
    expect(deps.quit).toHaveBeenCalled();
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toContain(
      'renderer process gone: crashed (exit code 139)',
    );
  });
});

describe('single instance', () => {
  function fakeApp(gotLock: boolean) {
    const app = new EventEmitter() as EventEmitter & {
      requestSingleInstanceLock: () => boolean;
      quit: () => void;
    };
    app.requestSingleInstanceLock = vi.fn(() => gotLock);
    app.quit = vi.fn();
    return app;
  }

  it('the first instance keeps running and focuses its window when a second one starts', () => {
    const app = fakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(app, focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['tiefgang'], '/work');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('a second instance quits at once', () => {
    const app = fakeApp(false);
    const focus = vi.fn();
    expect(claimSingleInstance(app, focus)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
