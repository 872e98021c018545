/**
 * The main process's local log (userData/logs/main.log). Unexpected errors are written here with their
 * stacks — and nowhere else: Tiefgang never sends anything over the network. Writes are synchronous so
 * that an entry made just before the process dies is on disk.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { inspect } from 'node:util';

export interface FileLog {
  readonly file: string;
  error(message: string, error?: unknown): void;
  warn(message: string, error?: unknown): void;
}

export function createFileLog(file: string, now: () => Date = () => new Date()): FileLog {
  const write = (level: string, message: string, error?: unknown) => {
    const details =
      error === undefined
        ? ''
        : `\n${error instanceof Error ? (error.stack ?? error.message) : inspect(error)}`;
    const entry = `${now().toISOString()} ${level} ${message}${details}\n`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, entry);
    } catch (failure) {
      // The log itself failed (read-only folder, full disk): stderr is the last place left.
      console.error(entry, failure);
    }
  };
  return {
    file,
    error: (message, error) => write('ERROR', message, error),
    warn: (message, error) => write('WARN', message, error),
  };
}
