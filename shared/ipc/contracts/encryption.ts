/**
 * Encryption at rest (Settings → Encryption, and unlocking an encrypted data file at start): the state,
 * turning it on and off, keeping the key in the system's keychain. Passphrases cross from the window to
 * the main process only in these requests; they are never stored, logged or sent back.
 */
import { z } from 'zod';

/** A new passphrase: long enough to be worth the encryption (8 characters; the UI suggests a sentence). */
export const NEW_PASSPHRASE_MIN = 8;
const NewPassphrase = z.string().min(NEW_PASSPHRASE_MIN, 'too-short').max(1024);
const Passphrase = z.string().min(1, 'empty').max(1024);

export const EncryptionState = z.object({
  /** The data file (and its backups) are encrypted. */
  encrypted: z.boolean(),
  /** The key is kept in the system's keychain, so the app opens the file without asking. */
  remembered: z.boolean(),
  /** The system offers a keychain (Electron's safeStorage); false in a browser test or without one. */
  canRemember: z.boolean(),
});
export type EncryptionState = z.infer<typeof EncryptionState>;

export const EnableEncryptionRequest = z.object({ passphrase: NewPassphrase, remember: z.boolean() });
export const DisableEncryptionRequest = z.object({ passphrase: Passphrase });
export const RememberKeyRequest = z.object({ remember: z.boolean() });
export const UnlockRequest = z.object({ passphrase: Passphrase, remember: z.boolean() });

/** The file as it was, kept beside the data file (`<name>.before-encryption-<time>.json`). */
export const EncryptionSwitched = z.object({ keptAs: z.string(), state: EncryptionState });
export const UnlockResult = z.object({ unlocked: z.boolean() });
