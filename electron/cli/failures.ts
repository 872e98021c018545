/** Errors from the store and the services → sentences for the terminal, in the terminal's language. */
import type { TFunction } from 'i18next';
import { ZodError } from 'zod';
import { AppError } from '../errors';
import { readableIssues } from '../ipc/validation-errors';
import { LookupError } from '../services/lookup';
import {
  type CorruptReason,
  StoreCorruptError,
  StoreEncryptedError,
  StoreIoError,
  StoreLockedError,
  StoreTooNewError,
  StoreUnreadableError,
} from '../store/index';
import { describeStoreFailure } from '../store-messages';
import { PassphraseFileError } from './passphrase';

export function describeFailure(error: unknown, t: TFunction): string {
  if (error instanceof StoreLockedError) {
    const { holder } = error;
    return holder
      ? t('cli:failure.locked', {
          file: error.dataFile,
          pid: holder.pid,
          host: holder.hostname,
          since: holder.startedAt,
          lockFile: error.lockFile,
        })
      : t('cli:failure.lockedBusy', { file: error.dataFile });
  }
  if (error instanceof StoreCorruptError) {
    const newest = error.backups[0];
    return [
      t('cli:failure.corrupt', {
        file: error.dataFile,
        reason: reasonText(error.reason, t),
        corruptPath: error.corruptPath,
      }),
      newest
        ? t('cli:failure.corruptBackup', { backup: newest.path, day: newest.day, file: error.dataFile })
        : t('cli:failure.corruptNoBackup'),
    ].join('\n');
  }
  if (error instanceof StoreUnreadableError) {
    return t('cli:failure.unreadable', { file: error.file, reason: reasonText(error.reason, t) });
  }
  if (error instanceof StoreTooNewError) {
    return t('cli:failure.tooNew', {
      file: error.dataFile,
      fileVersion: error.fileVersion,
      supportedVersion: error.supportedVersion,
    });
  }
  if (error instanceof StoreEncryptedError) {
    return [describeStoreFailure(error, t) ?? error.message, t('cli:failure.passphraseHint')].join('\n');
  }
  if (error instanceof StoreIoError) return describeStoreFailure(error, t) ?? error.message;
  if (error instanceof PassphraseFileError) {
    return error.problem === 'empty'
      ? t('cli:failure.passphraseFileEmpty', { file: error.file })
      : t('cli:failure.passphraseFileUnreadable', { file: error.file, reason: error.reason });
  }
  if (error instanceof LookupError) return lookupText(error, t);
  if (error instanceof AppError) return t('cli:failure.app', { message: error.message });
  // Data a service was about to store and refused: the fields and what is wrong, never raw JSON.
  if (error instanceof ZodError) return t('cli:failure.app', { message: readableIssues(error).message });
  return t('cli:failure.internal', { message: error instanceof Error ? error.message : String(error) });
}

export function reasonText(reason: CorruptReason, t: TFunction): string {
  switch (reason.kind) {
    case 'empty':
      return t('cli:reason.empty');
    case 'syntax':
      return reason.line !== undefined
        ? t('cli:reason.syntax', { line: reason.line, column: reason.column, message: reason.message })
        : t('cli:reason.syntaxNoPosition', { message: reason.message });
    case 'format':
      return t('cli:reason.format', { message: reason.message });
    case 'validation':
      return t('cli:reason.validation', {
        issues: reason.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        count: reason.issues.length + reason.moreIssues,
      });
  }
}

export function lookupText(error: LookupError, t: TFunction): string {
  if (error.kind === 'unknown') {
    return t(error.what === 'person' ? 'cli:lookup.unknownPerson' : 'cli:lookup.unknownContext', {
      query: error.query,
    });
  }
  const candidates = error.candidates
    .map(
      (c) =>
        `  ${'displayName' in c ? `${c.displayName}${c.emails[0] ? ` <${c.emails[0]}>` : ''}` : c.name}  (${c.id})`,
    )
    .join('\n');
  return `${t(error.what === 'person' ? 'cli:lookup.ambiguousPerson' : 'cli:lookup.ambiguousContext', {
    query: error.query,
    count: error.candidates.length,
  })}\n${candidates}`;
}
