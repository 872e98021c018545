/**
 * The app while its encrypted data file waits for the passphrase: the window opens and shows the unlock
 * screen (renderer/src/unlock/), every channel answers `locked` except `app.info`, `encryption.state` and
 * `encryption.unlock`. A passphrase that fits opens the real core, which then takes this one's place
 * (`onUnlocked`); one that does not fit answers `unlocked: false` and touches nothing.
 */
import { INVOKE_CHANNELS } from '../shared/ipc/channels';
import type { AppCore, EventListener } from './core';
import { AppError } from './errors';
import type { Handlers } from './ipc/handlers';
import { createRouter, type Logger } from './ipc/router';
import type { KeyVault } from './services/encryption/key-vault';
import { type DataKey, deriveKey } from './store/encryption';
import type { Unlock } from './store/file-format';
import type { Store } from './store/types';

export interface LockedCoreOptions {
  dataFile: string;
  version: string;
  systemLocale: string;
  vault: KeyVault;
  /** Opens the real core with `unlock`; rejects (code `store-passphrase-wrong`) if the key does not fit. */
  open: (unlock: Unlock) => Promise<AppCore>;
  /** The real core, once the passphrase fitted: it replaces this one. */
  onUnlocked: (core: AppCore) => void;
  validateResponses?: boolean;
  logger?: Logger;
}

export interface LockedCore extends AppCore {
  readonly locked: true;
}

export function createLockedCore(options: LockedCoreOptions): LockedCore {
  const locked = () =>
    new AppError('locked', 'the data file is encrypted; unlock it with its passphrase first');
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [
      channel,
      async () => {
        throw locked();
      },
    ]),
  ) as unknown as Handlers;
  handlers['app.info'] = async () => ({
    version: options.version,
    dataFile: options.dataFile,
    systemLocale: options.systemLocale,
  });
  handlers['encryption.state'] = async () => ({
    encrypted: true,
    remembered: false,
    canRemember: options.vault.canRemember(),
  });
  let unlocking: Promise<unknown> | undefined;
  handlers['encryption.unlock'] = async ({ passphrase, remember }) => {
    // One attempt at a time: each costs a key derivation.
    while (unlocking) await unlocking.catch(() => {});
    const attempt = (async () => {
      let derived: DataKey | undefined;
      let core: AppCore;
      try {
        core = await options.open(async (params) => {
          derived = await deriveKey(passphrase, params);
          return derived;
        });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'store-passphrase-wrong') return { unlocked: false };
        throw error instanceof AppError
          ? error
          : new AppError('store-io', error instanceof Error ? error.message : String(error));
      }
      // The file is open now: a keychain that fails only means the passphrase is asked for next time.
      if (derived) {
        await options.vault
          .keep(derived, remember && options.vault.canRemember())
          .catch((error: unknown) => options.logger?.error('could not keep the key', error));
      }
      options.onUnlocked(core);
      return { unlocked: true };
    })();
    unlocking = attempt;
    try {
      return await attempt;
    } finally {
      unlocking = undefined;
    }
  };
  const router = createRouter(handlers, {
    validateResponses: options.validateResponses ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const listeners = new Set<EventListener>();
  return {
    locked: true,
    router,
    dataFile: options.dataFile,
    get store(): Store {
      throw locked();
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
