/**
 * The bytes of a data file (or a backup) ↔ validated data, plain or encrypted. An encrypted file's key
 * comes from `unlock`, asked with the file's key parameters (its salt): the app answers from the OS
 * keychain or the passphrase the user typed, the CLI from --passphrase-file. Pure apart from the key
 * derivation, so the store, the backups and the read-only reader share one definition.
 */
import { type Decoded, decodeDatabase, UnreadableDataError } from './decode';
import {
  type DataKey,
  decryptEnvelope,
  deriveKey,
  EnvelopeError,
  encryptPieces,
  envelopeOf,
  type KeyParams,
  looksEncrypted,
} from './encryption';

/** Finds the key for an encrypted file; undefined when there is none (no passphrase given). */
export type Unlock = (params: KeyParams) => Promise<DataKey | undefined>;

/** The file is encrypted and no key was given. Nothing was touched. */
export class KeyNeededError extends Error {
  constructor(readonly params: KeyParams) {
    super('the data file is encrypted and no passphrase was given');
    this.name = 'KeyNeededError';
  }
}

/** The key (the passphrase) does not fit the file. Nothing was touched. */
export class WrongKeyError extends Error {
  constructor(readonly params: KeyParams) {
    super('the passphrase does not fit the data file');
    this.name = 'WrongKeyError';
  }
}

export interface DecodedFile extends Decoded {
  /** The key the file was encrypted with; undefined for a plain file. */
  key: DataKey | undefined;
}

/**
 * Throws UnreadableDataError (damaged, including an encrypted file that does not authenticate),
 * NewerFormatError, KeyNeededError or WrongKeyError.
 */
export async function decodeFile(bytes: Uint8Array, unlock?: Unlock): Promise<DecodedFile> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!looksEncrypted(bytes)) return { ...decodeDatabase(text), key: undefined };
  let envelope: ReturnType<typeof envelopeOf>;
  try {
    envelope = envelopeOf(JSON.parse(text));
  } catch (error) {
    if (error instanceof EnvelopeError) throw damaged(error.message);
    // Not even JSON: let the plain decoder say where it breaks.
    return { ...decodeDatabase(text), key: undefined };
  }
  if (!envelope) return { ...decodeDatabase(text), key: undefined };
  const key = unlock ? await unlock(envelope.kdf) : undefined;
  if (!key) throw new KeyNeededError(envelope.kdf);
  let plain: Buffer;
  try {
    plain = decryptEnvelope(key, envelope);
  } catch (error) {
    if (error instanceof EnvelopeError && error.kind === 'wrong-key') throw new WrongKeyError(envelope.kdf);
    throw damaged((error as Error).message);
  }
  return { ...decodeDatabase(plain.toString('utf8')), key };
}

function damaged(message: string): UnreadableDataError {
  return new UnreadableDataError({ kind: 'format', message: `the encrypted file is damaged: ${message}` });
}

/** The byte pieces to write: as they are, or encrypted with `key`. */
export function encodeFile(pieces: Buffer[], key: DataKey | undefined): Buffer[] {
  return key ? encryptPieces(key, pieces) : pieces;
}

/** An unlock that derives the key from a passphrase (scrypt with the file's parameters). */
export function unlockWithPassphrase(passphrase: string): Unlock {
  return (params) => deriveKey(passphrase, params);
}

/** An unlock that offers a key already derived (it fits only files with the same salt). */
export function unlockWithKey(key: DataKey): Unlock {
  return async (params) => (params.salt === key.params.salt ? key : undefined);
}
