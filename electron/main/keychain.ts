/**
 * Keys of encrypted data files in the system's keychain, through Electron's safeStorage (Keychain on
 * macOS, DPAPI on Windows, the Secret Service or KWallet on Linux): what the file `keys.json` in the
 * app's folder holds is each key encrypted by safeStorage, by the salt of the data file it opens. Only
 * derived keys are kept, never a passphrase. Where safeStorage would fall back to a fixed password
 * (Linux without a keyring: the "basic_text" backend) remembering is not offered — that would look like
 * protection and be none.
 *
 * Keys typed in this session are kept in memory too (the session vault), so a moved data file reopens
 * without asking again.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import { createSessionVault, type KeyVault, sameCost } from '../services/encryption/key-vault';
import { writeFileDurable } from '../store/durable-write';
import type { DataKey, KeyParams } from '../store/encryption';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'
> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

interface KeysFile {
  version: 1;
  /** salt → base64 of safeStorage's encryption of {"N","r","p","key"} (key in hex). */
  keys: Record<string, string>;
}

export interface KeychainOptions {
  safeStorage: SafeStorageLike;
  /** userData/keys.json */
  file: string;
  platform?: NodeJS.Platform;
  log?: (message: string, error?: unknown) => void;
}

export interface Keychain extends KeyVault {
  /** Finds out whether the system's keychain can be used and reads keys.json. Call once, after `ready`. */
  load(): Promise<void>;
}

export function createKeychain(options: KeychainOptions): Keychain {
  const session = createSessionVault();
  let available = false;
  let stored: KeysFile = { version: 1, keys: {} };
  const log = options.log ?? (() => {});

  const save = async () => {
    await mkdir(dirname(options.file), { recursive: true });
    await writeFileDurable(options.file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  };

  return {
    async load() {
      try {
        const platform = options.platform ?? process.platform;
        const backend = platform === 'linux' ? options.safeStorage.getSelectedStorageBackend?.() : undefined;
        available = (await options.safeStorage.isAsyncEncryptionAvailable()) && backend !== 'basic_text';
      } catch (error) {
        log('the system keychain is not available', error);
        available = false;
      }
      try {
        const parsed = JSON.parse(await readFile(options.file, 'utf8')) as Partial<KeysFile>;
        if (parsed.version === 1 && typeof parsed.keys === 'object' && parsed.keys !== null) {
          stored = {
            version: 1,
            keys: Object.fromEntries(Object.entries(parsed.keys).filter(([, v]) => typeof v === 'string')),
          };
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`could not read ${options.file}`, error);
      }
    },
    canRemember: () => available,
    isRemembered: (salt) => available && Object.hasOwn(stored.keys, salt),
    async find(params: KeyParams) {
      const known = await session.find(params);
      if (known) return known;
      const entry = stored.keys[params.salt];
      if (!available || entry === undefined) return undefined;
      try {
        const { result } = await options.safeStorage.decryptStringAsync(Buffer.from(entry, 'base64'));
        const saved = JSON.parse(result) as { N: number; r: number; p: number; key: string };
        const key: DataKey = {
          params: { name: 'scrypt', N: saved.N, r: saved.r, p: saved.p, salt: params.salt },
          key: Buffer.from(saved.key, 'hex'),
        };
        if (!sameCost(key.params, params)) return undefined;
        await session.keep(key, false);
        return key;
      } catch (error) {
        // The keychain changed (another user, a reinstalled system): the passphrase is asked for instead.
        log('a key in the system keychain could not be read', error);
        return undefined;
      }
    },
    async keep(key, remember) {
      await session.keep(key, false);
      if (!remember || !available) return;
      const { N, r, p } = key.params;
      const sealed = await options.safeStorage.encryptStringAsync(
        JSON.stringify({ N, r, p, key: key.key.toString('hex') }),
      );
      stored = { version: 1, keys: { ...stored.keys, [key.params.salt]: sealed.toString('base64') } };
      await save();
    },
    async forget(salt, keepInSession = false) {
      await session.forget(salt, keepInSession);
      if (!Object.hasOwn(stored.keys, salt)) return;
      const { [salt]: _gone, ...rest } = stored.keys;
      stored = { version: 1, keys: rest };
      await save();
    },
  };
}
