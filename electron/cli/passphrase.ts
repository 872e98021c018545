/**
 * The passphrase of an encrypted data file, for the command line: read from a file named by
 * --passphrase-file or TIEFGANG_PASSPHRASE_FILE — never taken from the command line itself, where it
 * would end up in the shell's history and in every process list. Read only when the data file turns out
 * to be encrypted; one trailing line break (what editors add) is not part of it.
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../errors';
import { type Unlock, unlockWithPassphrase } from '../store/file-format';

/** The passphrase file could not be used; the message names it and why. */
export class PassphraseFileError extends AppError {
  constructor(
    readonly file: string,
    readonly problem: 'unreadable' | 'empty',
    readonly reason = '',
  ) {
    super(
      'invalid-request',
      problem === 'empty'
        ? `the passphrase file ${file} is empty`
        : `the passphrase file ${file} could not be read (${reason})`,
    );
    this.name = 'PassphraseFileError';
  }
}

/** An unlock for the store: undefined without a passphrase file (the store then says the file is encrypted). */
export function passphraseFileUnlock(file: string | undefined): Unlock | undefined {
  if (file === undefined) return undefined;
  return async (params) => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new PassphraseFileError(
        file,
        'unreadable',
        (error as NodeJS.ErrnoException).code ?? String(error),
      );
    }
    const passphrase = text.replace(/\r?\n$/, '');
    if (passphrase === '') throw new PassphraseFileError(file, 'empty');
    return unlockWithPassphrase(passphrase)(params);
  };
}
