/**
 * Encryption at rest for the data file and its backups (optional, off by default): AES-256-GCM with a
 * key derived from the user's passphrase by scrypt, both from Node's own crypto (OpenSSL), so no native
 * module has to be built for Electron. (libsodium's XChaCha20-Poly1305 and Argon2id would do as well;
 * what they add — nonces long enough to pick at random without a count, a newer memory-hard function —
 * matters little for a file written a few thousand times with a fresh 96-bit random nonce each time,
 * and scrypt at N = 2^17 is the memory-hard derivation OWASP lists for it.)
 *
 * An encrypted file is still a JSON object, one line:
 *
 *   {"tiefgang":"encrypted","schemaVersion":1000001,"format":1,
 *    "kdf":{"name":"scrypt","N":131072,"r":8,"p":1,"salt":"…"},"check":"…","iv":"…","data":"…"}
 *
 * `data` is the encrypted data file (base64, the 16-byte GCM tag at its end); everything before it is
 * authenticated as associated data, so a changed header fails like changed data. The very high
 * `schemaVersion` makes a Tiefgang without encryption leave the file alone as "written by a newer
 * version" instead of setting it aside as damaged. `check` is an HMAC of a fixed text under the key: it
 * tells a wrong passphrase (nothing is touched) from a damaged file (set aside like any other damage).
 * It lets nobody test passphrases faster than decrypting would: each guess still costs a scrypt run.
 *
 * One key per data file: the salt is chosen when encryption is turned on, and the data file and every
 * backup are written with it (a fresh random IV per write), so one passphrase opens them all.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';

/** Marks the JSON envelope; a plain data file never has this key. */
export const ENCRYPTED_MARK = 'encrypted';
/** Far above any real format version: older versions report "newer format" and leave the file alone. */
export const ENCRYPTED_SCHEMA_VERSION = 1_000_001;
const ENVELOPE_FORMAT = 1;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CHECK_TEXT = 'tiefgang data key check';

export interface KeyParams {
  name: 'scrypt';
  /** CPU/memory cost (a power of two). 2^17 with r = 8 needs 128 MiB and about half a second. */
  N: number;
  r: number;
  p: number;
  /** base64, 16 random bytes. */
  salt: string;
}

/** A derived key with the parameters it was derived with (needed to write files others can open). */
export interface DataKey {
  readonly params: KeyParams;
  readonly key: Buffer;
}

export const DEFAULT_KEY_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
/** Low costs only exist for tests (and are refused when reading a file that claims them, see below). */
const MIN_N = 2 ** 10;
const MAX_N = 2 ** 22;

/** Derives the key for `passphrase`: with the file's parameters, or fresh ones (a new salt) to turn encryption on. */
export function deriveKey(
  passphrase: string,
  params: KeyParams = { name: 'scrypt', ...DEFAULT_KEY_COST, salt: randomBytes(16).toString('base64') },
): Promise<DataKey> {
  if (passphrase.length === 0) return Promise.reject(new Error('the passphrase is empty'));
  const { N, r, p } = params;
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      KEY_BYTES,
      { N, r, p, maxmem: 256 * N * r + 32 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve({ params, key })),
    );
  });
}

/** The envelope's fields, as read from a file. */
export interface Envelope {
  kdf: KeyParams;
  check: string;
  iv: string;
  data: string;
}

/** Why an envelope could not be opened. */
export class EnvelopeError extends Error {
  constructor(
    readonly kind: 'wrong-key' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

/**
 * The envelope if `raw` (a parsed JSON value) is an encrypted data file, else undefined. Throws
 * EnvelopeError('damaged') for a file that says it is encrypted but whose header is not usable.
 */
export function envelopeOf(raw: unknown): Envelope | undefined {
  if (typeof raw !== 'object' || raw === null || (raw as { tiefgang?: unknown }).tiefgang !== ENCRYPTED_MARK)
    return undefined;
  const { format, kdf, check, iv, data } = raw as Record<string, unknown>;
  if (format !== ENVELOPE_FORMAT)
    throw new EnvelopeError('damaged', `unknown encryption format ${String(format)}`);
  const k = kdf as Partial<KeyParams> | undefined;
  const good =
    k?.name === 'scrypt' &&
    Number.isInteger(k.N) &&
    k.N! >= MIN_N &&
    k.N! <= MAX_N &&
    (k.N! & (k.N! - 1)) === 0 &&
    Number.isInteger(k.r) &&
    k.r! >= 1 &&
    k.r! <= 32 &&
    Number.isInteger(k.p) &&
    k.p! >= 1 &&
    k.p! <= 16 &&
    typeof k.salt === 'string' &&
    typeof check === 'string' &&
    typeof iv === 'string' &&
    Buffer.from(iv, 'base64').length === IV_BYTES &&
    typeof data === 'string';
  if (!good)
    throw new EnvelopeError('damaged', 'the encryption header is incomplete or has impossible values');
  return {
    kdf: { name: 'scrypt', N: k.N!, r: k.r!, p: k.p!, salt: k.salt! },
    check,
    iv,
    data,
  };
}

function checkValue(key: Buffer): string {
  return createHmac('sha256', key).update(CHECK_TEXT).digest().subarray(0, 16).toString('base64');
}

/** Whether `key` is the one the envelope was written with (same salt and parameters, same check value). */
export function keyFits(key: DataKey, envelope: Pick<Envelope, 'kdf' | 'check'>): boolean {
  const a = Buffer.from(checkValue(key.key), 'base64');
  const b = Buffer.from(envelope.check, 'base64');
  return (
    key.params.salt === envelope.kdf.salt &&
    key.params.N === envelope.kdf.N &&
    key.params.r === envelope.kdf.r &&
    key.params.p === envelope.kdf.p &&
    a.length === b.length &&
    timingSafeEqual(a, b)
  );
}

/** Everything before `"data":"`: the authenticated header. */
function headerText(kdf: KeyParams, check: string, iv: string): string {
  return (
    `{"tiefgang":${JSON.stringify(ENCRYPTED_MARK)},"schemaVersion":${ENCRYPTED_SCHEMA_VERSION},` +
    `"format":${ENVELOPE_FORMAT},"kdf":${JSON.stringify({ name: kdf.name, N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt })},` +
    `"check":${JSON.stringify(check)},"iv":${JSON.stringify(iv)},`
  );
}

/** The plaintext's byte pieces → the encrypted file's byte pieces (the data is never one string). */
export function encryptPieces(key: DataKey, pieces: readonly Uint8Array[]): Buffer[] {
  const iv = randomBytes(IV_BYTES);
  const header = headerText(key.params, checkValue(key.key), iv.toString('base64'));
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(header));
  const out: Buffer[] = [Buffer.from(`${header}"data":"`)];
  // base64 in whole groups of three bytes, so the pieces can be encoded one after another.
  let carry = Buffer.alloc(0);
  const emit = (bytes: Buffer) => {
    const all = carry.length ? Buffer.concat([carry, bytes]) : bytes;
    const whole = all.length - (all.length % 3);
    if (whole > 0) out.push(Buffer.from(all.subarray(0, whole).toString('base64')));
    carry = Buffer.from(all.subarray(whole));
  };
  for (const piece of pieces) emit(cipher.update(piece));
  emit(cipher.final());
  emit(cipher.getAuthTag());
  if (carry.length) out.push(Buffer.from(carry.toString('base64')));
  out.push(Buffer.from('"}\n'));
  return out;
}

/** The plaintext of an envelope. Throws EnvelopeError: 'wrong-key', or 'damaged' if it does not authenticate. */
export function decryptEnvelope(key: DataKey, envelope: Envelope): Buffer {
  if (!keyFits(key, envelope)) throw new EnvelopeError('wrong-key', 'the passphrase does not fit this file');
  const bytes = Buffer.from(envelope.data, 'base64');
  if (bytes.length < TAG_BYTES) throw new EnvelopeError('damaged', 'the encrypted data is cut short');
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(envelope.iv, 'base64'));
  decipher.setAAD(Buffer.from(headerText(envelope.kdf, envelope.check, envelope.iv)));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new EnvelopeError(
      'damaged',
      'the encrypted data does not match its authentication tag (it was changed or cut)',
    );
  }
}

/** Whether file bytes start like an encrypted data file (a quick look, without parsing). */
export function looksEncrypted(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 40)).toString('utf8');
  return start.startsWith(`{"tiefgang":${JSON.stringify(ENCRYPTED_MARK)}`);
}
