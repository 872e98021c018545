// Start-up problems with the data file: the dialogs (in both languages) and the choices behind them.
import { describe, expect, it, vi } from 'vitest';
import { createShellI18n } from '../../electron/main/i18n';
import { describeOpenError, openInteractively, type StartupDialog } from '../../electron/main/startup';
import {
  StoreCorruptError,
  StoreIoError,
  StoreLockedError,
  StoreTooNewError,
} from '../../electron/store/errors';
import type { BackupInfo } from '../../electron/store/types';

const en = createShellI18n('en').t;
const de = createShellI18n('de').t;
const FILE = '/home/ada/.config/Tiefgang/tiefgang.json';
const backups: BackupInfo[] = [
  { path: '/home/ada/.config/Tiefgang/backups/tiefgang-2026-03-01.json', day: '2026-03-01', bytes: 1200 },
  { path: '/home/ada/.config/Tiefgang/backups/tiefgang-2026-02-28.json', day: '2026-02-28', bytes: 1100 },
];
const corrupt = (list: BackupInfo[] = backups) =>
  new StoreCorruptError(
    FILE,
    `${FILE}.corrupt-20260301T100000.json`,
    { kind: 'syntax', message: 'Unexpected token', line: 3, column: 17 },
    list,
  );

describe('describeOpenError', () => {
  it('explains a corrupt file: where it went, the newest backup, and offers to restore it', () => {
    const dialog = describeOpenError(corrupt(), FILE, en);
    expect(dialog.message).toBe(
      `The data file ${FILE} could not be read: it is not valid JSON (line 3, column 17).`,
    );
    expect(dialog.detail).toContain(`${FILE}.corrupt-20260301T100000.json`);
    expect(dialog.detail).toContain('backups/tiefgang-2026-03-01.json');
    expect(dialog.buttons).toEqual([
      'Restore the backup from 2026-03-01',
      'Start with an empty data file',
      'Quit',
    ]);
    expect(dialog.choices).toEqual(['restore', 'start-empty', 'quit']);
    expect(dialog.cancelId).toBe(2);
  });

  it('offers no restore when there is no backup', () => {
    const dialog = describeOpenError(corrupt([]), FILE, en);
    expect(dialog.choices).toEqual(['start-empty', 'quit']);
    expect(dialog.detail).toContain('There is no backup');
  });

  it('speaks German when the system does', () => {
    const dialog = describeOpenError(corrupt(), FILE, de);
    expect(dialog.title).toBe('Tiefgang kann seine Datendatei nicht öffnen');
    expect(dialog.buttons[0]).toBe('Sicherung vom 2026-03-01 wiederherstellen');
    expect(dialog.message).toContain('kein gültiges JSON (Zeile 3, Spalte 17)');
  });

  it('names the process holding the lock and offers to try again', () => {
    const error = new StoreLockedError(FILE, `${FILE}.lock`, {
      pid: 4242,
      hostname: 'laptop',
      startedAt: '2026-03-01T09:00:00.000Z',
    });
    const dialog = describeOpenError(error, FILE, en);
    expect(dialog.message).toContain('process 4242 on laptop');
    expect(dialog.detail).toContain(`${FILE}.lock`);
    expect(dialog.choices).toEqual(['retry', 'quit']);
  });

  it('explains a file from a newer version without offering to overwrite it', () => {
    const dialog = describeOpenError(new StoreTooNewError(FILE, 7, 1), FILE, en);
    expect(dialog.message).toContain('data format 7; this version reads up to 1');
    expect(dialog.choices).toEqual(['quit']);
  });

  it('explains an operating-system error and anything unexpected', () => {
    const io = new StoreIoError(
      FILE,
      'read',
      Object.assign(new Error('permission denied'), { code: 'EACCES' }),
    );
    expect(describeOpenError(io, FILE, en).message).toContain('EACCES');
    expect(describeOpenError(new Error('boom'), FILE, en).message).toBe(
      `The data file ${FILE} could not be opened: boom`,
    );
  });

  it('names the real cause: a dangling link, a read-only file, a file where the backups folder belongs', () => {
    const dangling = new StoreIoError(FILE, 'open', undefined, {
      problem: 'dangling-link',
      linkTarget: '/media/usb/tiefgang.json',
    });
    expect(describeOpenError(dangling, FILE, en).message).toBe(
      `The data file ${FILE} is a link to /media/usb/tiefgang.json, which does not exist. Restore that file (e.g. reconnect the drive or the synced folder) or remove the link. Nothing was changed, and no new, empty data file was made.`,
    );
    const readOnly = new StoreIoError(FILE, 'open', undefined, { problem: 'read-only' });
    expect(describeOpenError(readOnly, FILE, de).message).toContain('ist schreibgeschützt');
    const backupsFile = new StoreIoError(
      FILE,
      'backup',
      Object.assign(new Error('file exists'), { code: 'EEXIST' }),
    );
    const dialog = describeOpenError(backupsFile, FILE, en);
    expect(dialog.message).toContain(
      'Today’s backup could not be made in /home/ada/.config/Tiefgang/backups',
    );
    expect(dialog.message).toContain('there is a file of that name where a folder belongs');
    expect(dialog.message).not.toContain('could not be opened');
  });

  it('describes validation problems with their count and the first one', () => {
    const error = new StoreCorruptError(
      FILE,
      `${FILE}.corrupt.json`,
      {
        kind: 'validation',
        issues: [{ path: 'people[0].displayName', message: 'must not be empty' }],
        moreIssues: 4,
      },
      [],
    );
    expect(describeOpenError(error, FILE, en).message).toContain(
      'it holds invalid data (5 problems; the first: people[0].displayName: must not be empty)',
    );
  });
});

describe('openInteractively', () => {
  const deps = (overrides: Partial<Parameters<typeof openInteractively<string>>[0]>) => ({
    open: vi.fn(async () => 'core'),
    ask: vi.fn(async (_dialog: StartupDialog) => 0),
    restore: vi.fn(async (_backup: BackupInfo) => {}),
    dataFile: FILE,
    t: en,
    log: vi.fn(),
    ...overrides,
  });

  it('opens without asking when all is well', async () => {
    const d = deps({});
    expect(await openInteractively(d)).toBe('core');
    expect(d.ask).not.toHaveBeenCalled();
  });

  it('restores the newest backup when chosen, then opens', async () => {
    const open = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(corrupt())
      .mockResolvedValueOnce('core');
    const d = deps({ open, ask: vi.fn(async () => 0) });
    expect(await openInteractively(d)).toBe('core');
    expect(d.restore).toHaveBeenCalledWith(backups[0]);
    expect(open).toHaveBeenCalledTimes(2);
    expect(d.log).toHaveBeenCalledWith(`could not open ${FILE}`, expect.any(StoreCorruptError));
  });

  it('after a failed restore shows why and asks again, without opening an empty file behind the user’s back', async () => {
    const open = vi.fn<() => Promise<string>>().mockRejectedValueOnce(corrupt()).mockResolvedValue('core');
    const answers = [0, 0, 2]; // restore → (failure notice) OK → quit
    const ask = vi.fn(async (_dialog: StartupDialog) => answers.shift() ?? 2);
    const d = deps({ open, ask, restore: vi.fn(async () => Promise.reject(new Error('backup unreadable'))) });
    expect(await openInteractively(d)).toBeUndefined();
    expect(open).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[1]?.[0].message).toBe('The backup could not be restored: backup unreadable');
    expect(ask.mock.calls[2]?.[0].choices).toEqual(['restore', 'start-empty', 'quit']);
  });

  it('tries again while the file is locked, and quits when asked', async () => {
    const locked = new StoreLockedError(FILE, `${FILE}.lock`, undefined);
    const open = vi.fn<() => Promise<string>>().mockRejectedValueOnce(locked).mockResolvedValueOnce('core');
    expect(await openInteractively(deps({ open, ask: vi.fn(async () => 0) }))).toBe('core');
    const stuck = vi.fn<() => Promise<string>>().mockRejectedValue(locked);
    expect(await openInteractively(deps({ open: stuck, ask: vi.fn(async () => 1) }))).toBeUndefined();
  });

  it('starts empty when chosen (the damaged file is already set aside)', async () => {
    const open = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(corrupt([]))
      .mockResolvedValueOnce('core');
    const d = deps({ open, ask: vi.fn(async () => 0) });
    expect(await openInteractively(d)).toBe('core');
    expect(d.restore).not.toHaveBeenCalled();
  });
});
