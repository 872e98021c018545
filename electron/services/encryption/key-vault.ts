/**
 * Where the app finds the key of an encrypted data file without asking for the passphrase again: the
 * keys of this session (kept in memory once the user typed the passphrase or turned encryption on), and
 * — if the user asked for it and the system has one — the OS keychain (electron/main/keychain.ts, through
 * Electron's safeStorage). Keys are found by the salt in the file's header, so a moved data file and
 * its backups still open. What is kept is the derived key, never the passphrase.
 */
import type { DataKey, KeyParams } from '../../store/encryption';
import type { Unlock } from '../../store/file-format';

export interface KeyVault {
  /** Whether keys can be kept in the system's keychain on this machine. */
  canRemember(): boolean;
  /** The key for a file with these parameters, if this session or the keychain has it. */
  find(params: KeyParams): Promise<DataKey | undefined>;
  /** Keeps the key for this session, and in the keychain too if `remember`. */
  keep(key: DataKey, remember: boolean): Promise<void>;
  /** Removes the key of this salt from the keychain (it stays known for this session if `keepInSession`). */
  forget(salt: string, keepInSession?: boolean): Promise<void>;
  /** Whether the key of this salt is in the keychain. */
  isRemembered(salt: string): boolean;
}

/** A vault without a keychain: keys live as long as the process (the CLI, tests, the browser harness). */
export function createSessionVault(): KeyVault {
  const keys = new Map<string, DataKey>();
  return {
    canRemember: () => false,
    find: async (params) => {
      const key = keys.get(params.salt);
      return key && sameCost(key.params, params) ? key : undefined;
    },
    keep: async (key) => {
      keys.set(key.params.salt, key);
    },
    forget: async (salt, keepInSession = false) => {
      if (!keepInSession) keys.delete(salt);
    },
    isRemembered: () => false,
  };
}

export function sameCost(a: KeyParams, b: KeyParams): boolean {
  return a.salt === b.salt && a.N === b.N && a.r === b.r && a.p === b.p;
}

/** The store's unlock from a vault. */
export function vaultUnlock(vault: KeyVault): Unlock {
  return (params) => vault.find(params);
}
