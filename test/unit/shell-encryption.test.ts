// Encryption at rest in the desktop shell, with Electron faked and everything else real: the keychain
// through safeStorage (keys.json holds only what safeStorage sealed), the locked window that answers
// only the unlock, and the whole start-up with an encrypted data file — asked for the passphrase, or
// opened straight away with a key the keychain remembers.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAppCore } from '../../electron/core';
import { createLockedCore } from '../../electron/locked-core';
import { type ElectronModules, type RunningApp, startApp } from '../../electron/main/app';
import { createKeychain, type SafeStorageLike } from '../../electron/main/keychain';
import { createSessionVault } from '../../electron/services/encryption/key-vault';
import { addPerson } from '../../electron/services/people/people';
import { deriveKey, type KeyParams } from '../../electron/store/encryption';
import { openStore } from '../../electron/store/index';
import { fakeElectron, senderAt } from './shell-fakes';

const PASSPHRASE = 'Ein Satz, den nur ich kenne';
const APP = senderAt('app://tiefgang/index.html');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-shell-encryption-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** safeStorage as Electron has it, sealing with a fixed XOR (enough to show the file never holds a key in the clear). */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const seal = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => options.available ?? true),
    getSelectedStorageBackend: vi.fn(() => options.backend ?? 'gnome_libsecret'),
    encryptStringAsync: vi.fn(async (text: string) => seal(Buffer.from(`sealed:${text}`))),
    decryptStringAsync: vi.fn(async (bytes: Buffer) => {
      const text = seal(bytes).toString();
      if (!text.startsWith('sealed:')) throw new Error('cannot decrypt');
      return { result: text.slice('sealed:'.length), shouldReEncrypt: false };
    }),
  } as unknown as SafeStorageLike & { encryptStringAsync: ReturnType<typeof vi.fn> };
}

function cheap(): KeyParams {
  return { name: 'scrypt', N: 2 ** 10, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

async function encryptedDataFile(path: string) {
  await mkdir(join(path, '..'), { recursive: true });
  const store = await openStore({ path });
  await store.update((db) => addPerson(db, { displayName: 'Anna Berger' }));
  const key = await deriveKey(PASSPHRASE, cheap());
  await store.setEncryption(key);
  await store.close();
  return key;
}

describe('the keychain (safeStorage)', () => {
  it('remembers a key sealed by safeStorage, finds it by the file’s salt, and forgets it', async () => {
    const file = join(dir, 'keys.json');
    const safeStorage = fakeSafeStorage();
    const keychain = createKeychain({ safeStorage, file, platform: 'linux' });
    await keychain.load();
    expect(keychain.canRemember()).toBe(true);
    const key = await deriveKey(PASSPHRASE, cheap());
    await keychain.keep(key, true);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(key.key.toString('hex'));
    expect(keychain.isRemembered(key.params.salt)).toBe(true);

    // A new start: found in the keychain, not in memory.
    const again = createKeychain({ safeStorage, file, platform: 'linux' });
    await again.load();
    const found = await again.find(key.params);
    expect(found?.key.equals(key.key)).toBe(true);
    expect(await again.find({ ...key.params, salt: randomBytes(16).toString('base64') })).toBeUndefined();
    await again.forget(key.params.salt);
    expect(JSON.parse(await readFile(file, 'utf8')).keys).toEqual({});
  });

  it('offers no remembering where safeStorage would use a fixed password (Linux without a keyring)', async () => {
    const keychain = createKeychain({
      safeStorage: fakeSafeStorage({ backend: 'basic_text' }),
      file: join(dir, 'keys.json'),
      platform: 'linux',
    });
    await keychain.load();
    expect(keychain.canRemember()).toBe(false);
    const key = await deriveKey(PASSPHRASE, cheap());
    await keychain.keep(key, true);
    await expect(readFile(join(dir, 'keys.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    // Known for this session all the same.
    expect((await keychain.find(key.params))?.key.equals(key.key)).toBe(true);
  });
});

describe('the locked core', () => {
  it('answers only the unlock; a wrong passphrase touches nothing, the right one hands over the real core', async () => {
    const dataFile = join(dir, 'tiefgang.json');
    const key = await encryptedDataFile(dataFile);
    const before = await readFile(dataFile);
    const vault = createSessionVault();
    const onUnlocked = vi.fn();
    const locked = createLockedCore({
      dataFile,
      version: '1',
      systemLocale: 'en',
      vault,
      validateResponses: true,
      open: (unlock) => openAppCore({ dataFile, version: '1', systemLocale: 'en', unlock }),
      onUnlocked,
    });
    expect(await locked.router.handle('db.snapshot', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await locked.router.handle('app.info', {})).toMatchObject({ ok: true, data: { dataFile } });
    expect(
      await locked.router.handle('encryption.unlock', { passphrase: 'falsch', remember: false }),
    ).toEqual({
      ok: true,
      data: { unlocked: false },
    });
    expect(await readFile(dataFile)).toEqual(before);
    expect(onUnlocked).not.toHaveBeenCalled();
    expect(
      await locked.router.handle('encryption.unlock', { passphrase: PASSPHRASE, remember: false }),
    ).toEqual({
      ok: true,
      data: { unlocked: true },
    });
    const core = onUnlocked.mock.calls[0]![0];
    expect(core.store.read().people.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Anna Berger',
    ]);
    expect((await vault.find(key.params))?.key.equals(key.key)).toBe(true);
    await core.close();
  });
});

describe('start-up with an encrypted data file', () => {
  const running: RunningApp[] = [];
  afterEach(async () => {
    for (const app of running.splice(0)) await app.currentCore().close();
  });

  async function start(safeStorage?: SafeStorageLike) {
    const outDir = join(dir, 'out');
    await mkdir(join(outDir, 'renderer'), { recursive: true });
    await writeFile(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>Tiefgang</title>');
    const fake = fakeElectron({ userData: join(dir, 'userData') });
    const electron = { ...fake.electron, ...(safeStorage ? { safeStorage } : {}) };
    const proc = {
      argv: ['/opt/Tiefgang/tiefgang', '--db', join(dir, 'data', 'tiefgang.json')],
      env: {},
      cwd: () => dir,
      on: vi.fn(),
    };
    const started = startApp(electron as unknown as ElectronModules, {
      outDir,
      proc,
      restoreBackup: vi.fn(),
    });
    fake.ready.resolve();
    const app = await started;
    if (app) running.push(app);
    return { ...fake, app };
  }

  it('opens the window locked, unlocks with the passphrase, remembers the key if asked, and opens at once next time', async () => {
    const dataFile = join(dir, 'data', 'tiefgang.json');
    await encryptedDataFile(dataFile);
    const safeStorage = fakeSafeStorage();
    const first = await start(safeStorage);
    expect(first.app).toBeDefined();
    expect(first.FakeBrowserWindow.windows).toHaveLength(1);
    expect(first.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    const invoke = (channel: string, payload: unknown) => first.ipcHandlers.get(channel)!(APP, payload);
    expect(await invoke('db.snapshot', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await invoke('encryption.state', {})).toEqual({
      ok: true,
      data: { encrypted: true, remembered: false, canRemember: true },
    });
    expect(await invoke('encryption.unlock', { passphrase: PASSPHRASE, remember: true })).toEqual({
      ok: true,
      data: { unlocked: true },
    });
    expect(await invoke('db.snapshot', {})).toMatchObject({
      ok: true,
      data: { people: [{ displayName: 'Anna Berger' }] },
    });
    expect(await invoke('encryption.state', {})).toMatchObject({
      ok: true,
      data: { encrypted: true, remembered: true },
    });
    await first.app!.currentCore().close();
    running.splice(0);

    const second = await start(safeStorage);
    const again = (channel: string, payload: unknown) => second.ipcHandlers.get(channel)!(APP, payload);
    expect(await again('db.snapshot', {})).toMatchObject({
      ok: true,
      data: { people: [{ displayName: 'Anna Berger' }] },
    });
  });

  it('turns encryption on and off from Settings, with the passphrase asked again to turn it off', async () => {
    const s = await start(fakeSafeStorage());
    const invoke = (channel: string, payload: unknown) => s.ipcHandlers.get(channel)!(APP, payload);
    await invoke('people.create', { displayName: 'Ben Geheim' });
    expect(await invoke('encryption.enable', { passphrase: 'kurz', remember: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', fields: { passphrase: 'too-short' } },
    });
    const on = await invoke('encryption.enable', { passphrase: PASSPHRASE, remember: false });
    expect(on).toMatchObject({ ok: true, data: { state: { encrypted: true, remembered: false } } });
    const dataFile = join(dir, 'data', 'tiefgang.json');
    expect(await readFile(dataFile, 'utf8')).not.toContain('Ben Geheim');
    expect(await invoke('encryption.disable', { passphrase: 'falsch' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', fields: { passphrase: 'wrong' } },
    });
    expect(await invoke('encryption.disable', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      data: { state: { encrypted: false } },
    });
    expect(await readFile(dataFile, 'utf8')).toContain('Ben Geheim');
  }, 20_000);
});
