/**
 * The main-process IPC router: the one place where a request from the renderer enters the app.
 * It knows no Electron (the shell registers it, the browser-test harness calls it directly), validates
 * every payload against the contract, calls the handler and always answers with a `Result` — it never
 * throws, because Electron would pass only an error's message across IPC and lose its code.
 */
import { ZodError } from 'zod';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channels';
import { contract, type ErrorCode, type IpcError, type Result } from '../../shared/ipc/contract';
import { AppError } from '../errors';
import type { Handlers } from './handlers';
import { readableIssues } from './validation-errors';

export interface Logger {
  error(message: string, error?: unknown): void;
}

export interface RouterOptions {
  /** Where unexpected errors (with their stacks) go; never sent to the renderer. Default: console. */
  logger?: Logger;
  /**
   * Check every response against the contract too. Meant for development and tests: it catches a
   * service that drifts from the contract, at the cost of validating every snapshot.
   */
  validateResponses?: boolean;
}

export interface Router {
  handle(channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

const KNOWN_CHANNELS: ReadonlySet<string> = new Set(INVOKE_CHANNELS);

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && KNOWN_CHANNELS.has(channel);
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const logger = options.logger ?? consoleLogger;
  const validateResponses = options.validateResponses ?? false;

  async function handle(channel: unknown, payload: unknown): Promise<Result<unknown>> {
    if (!isInvokeChannel(channel)) {
      return fail({ code: 'unknown-channel', message: `unknown channel ${describe(channel)}` });
    }
    const spec = contract[channel];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      const { message, fields } = readableIssues(parsed.error);
      return fail({ code: 'invalid-request', message, fields });
    }
    try {
      // The cast is safe: `parsed.data` is exactly the parsed request type of `channel`.
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      const data = await handler(parsed.data);
      if (validateResponses) {
        const checked = spec.response.safeParse(data);
        if (!checked.success) {
          logger.error(
            `response of ${channel} does not match the contract: ${readableIssues(checked.error).message}`,
          );
          return fail(internalError());
        }
      }
      return { ok: true, data };
    } catch (error) {
      return fail(toIpcError(error, channel, logger));
    }
  }

  return {
    async handle(channel, payload) {
      try {
        return await handle(channel, payload);
      } catch (error) {
        // Only reachable through a bug in the router itself (or a hostile payload with a throwing getter).
        logger.error(`router failed on ${describe(channel)}`, error);
        return fail(internalError());
      }
    },
  };
}

/** Maps anything a handler threw to an IPC error; unexpected errors are logged, never passed on. */
export function toIpcError(error: unknown, channel: string, logger: Logger): IpcError {
  if (error instanceof AppError) return error.toIpcError();
  if (error instanceof ZodError) {
    // A service re-validated data it was about to store (e.g. referential integrity) and refused it.
    const { message, fields } = readableIssues(error);
    return { code: 'invalid-request', message, fields };
  }
  const storeCode = storeErrorCode(error);
  if (storeCode) return { code: storeCode, message: (error as Error).message };
  logger.error(`unexpected error in ${channel}`, error);
  return internalError();
}

/** Errors from `electron/store` carry a `code`; map the ones the contract knows. */
function storeErrorCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  switch (error.code) {
    case 'store-locked':
      return 'store-locked';
    // A file that turns corrupt while open can only be noticed on a write: report it as a write failure.
    case 'store-io':
    case 'store-corrupt':
      return 'store-io';
    default:
      return undefined;
  }
}

function internalError(): IpcError {
  return { code: 'internal', message: 'an unexpected error occurred; it was written to the log' };
}

function fail(error: IpcError): Result<never> {
  return { ok: false, error };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 100));
  return typeof value;
}

const consoleLogger: Logger = {
  error(message, error) {
    console.error(`[tiefgang] ${message}`, error ?? '');
  },
};
