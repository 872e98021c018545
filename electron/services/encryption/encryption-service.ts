/**
 * Settings → Encryption: the state, turning encryption on and off, and keeping the key in the system's
 * keychain. The key derivation (scrypt, half a second and 128 MiB) runs in libuv's thread pool, so the
 * main process stays responsive meanwhile.
 */

import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/handlers';
import { deriveKey } from '../../store/encryption';
import type { Store } from '../../store/types';
import type { KeyVault } from './key-vault';

type EncryptionHandlers = Pick<
  Handlers,
  | 'encryption.state'
  | 'encryption.enable'
  | 'encryption.disable'
  | 'encryption.remember'
  | 'encryption.unlock'
>;

export function createEncryptionHandlers(store: Store, vault: KeyVault): EncryptionHandlers {
  const state = () => {
    const key = store.key;
    return {
      encrypted: key !== undefined,
      remembered: key !== undefined && vault.isRemembered(key.params.salt),
      canRemember: vault.canRemember(),
    };
  };
  return {
    'encryption.state': async () => state(),
    'encryption.enable': async ({ passphrase, remember }) => {
      if (store.key) throw new AppError('conflict', 'the data file is encrypted already');
      const key = await deriveKey(passphrase);
      const { keptAs } = await store.setEncryption(key);
      // Known for this session (a moved data file reopens with it); in the keychain only if asked.
      await vault.keep(key, remember && vault.canRemember());
      return { keptAs, state: state() };
    },
    'encryption.disable': async ({ passphrase }) => {
      const key = store.key;
      if (!key) throw new AppError('conflict', 'the data file is not encrypted');
      const typed = await deriveKey(passphrase, key.params);
      if (!typed.key.equals(key.key)) {
        throw new AppError(
          'invalid-request',
          'the passphrase does not fit the data file; nothing was changed',
          {
            passphrase: 'wrong',
          },
        );
      }
      const { keptAs } = await store.setEncryption(null);
      // The old encrypted file is kept beside the data file: its key stays known for this session.
      await vault.forget(key.params.salt, true);
      return { keptAs, state: state() };
    },
    'encryption.remember': async ({ remember }) => {
      const key = store.key;
      if (!key) throw new AppError('conflict', 'the data file is not encrypted');
      if (remember && !vault.canRemember())
        throw new AppError('forbidden', 'this system offers no keychain to keep the key in');
      if (remember) await vault.keep(key, true);
      else await vault.forget(key.params.salt, true);
      return state();
    },
    // The file is open, so it is unlocked (the locked window uses the locked core's own handler).
    'encryption.unlock': async () => ({ unlocked: true }),
  };
}
