/**
 * The one error type that crosses the IPC boundary. Services throw it; the router turns it into
 * `{ ok: false, error: { code, message, fields } }`. Anything else thrown becomes `internal`.
 */
import type { ErrorCode, IpcError } from '../shared/ipc/contract';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toIpcError(): IpcError {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}
