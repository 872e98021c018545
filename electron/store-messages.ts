/**
 * A store failure that the operating system or the file itself caused (StoreIoError,
 * StoreEncryptedError) as one sentence in the user's language, for the CLI and the desktop shell: what
 * Tiefgang was doing, where, and the real cause — never just "the data file could not be used".
 */
import type { TFunction } from 'i18next';

/** The facts those errors carry (electron/store/errors.ts); plain fields, so the shell needs no classes. */
export interface StoreFailureFacts {
  code?: unknown;
  dataFile?: string;
  action?: string;
  problem?: string;
  where?: string;
  linkTarget?: string;
  systemCode?: string;
  cause?: unknown;
}

/** The sentence, or undefined if `error` is not one of these failures. */
export function describeStoreFailure(error: unknown, t: TFunction, fallbackFile = ''): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const facts = error as StoreFailureFacts;
  const file = facts.dataFile ?? fallbackFile;
  if (facts.code === 'store-encrypted') return t('storage:encrypted', { file });
  if (facts.code === 'store-passphrase-wrong') return t('storage:wrongPassphrase', { file });
  if (facts.code !== 'store-io' || typeof facts.action !== 'string') return undefined;
  if (facts.problem === 'dangling-link')
    return t('storage:danglingLink', { file, target: facts.linkTarget ?? '?' });
  if (facts.problem === 'read-only') return t('storage:readOnly', { file });
  const where = facts.where ?? file;
  const systemCode = (facts.cause as NodeJS.ErrnoException | undefined)?.code;
  const detail =
    systemCode ?? (facts.cause instanceof Error ? facts.cause.message : String(facts.cause ?? '?'));
  const reading = facts.action === 'read' || facts.action === 'open';
  const problem =
    facts.problem === 'no-permission' && reading ? 'no-permission-read' : (facts.problem ?? 'other');
  return t('storage:io', {
    action: t(`storage:action.${facts.action}`, { file, where }),
    problem: t(`storage:problem.${problem}`, { detail }),
    // The system's own code helps whoever is asked for help; `other` shows it already.
    code: systemCode && problem !== 'other' ? ` (${systemCode})` : '',
  });
}
