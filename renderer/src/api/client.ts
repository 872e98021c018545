/**
 * The renderer's only way to talk to main: wraps `window.tiefgang` so that every call resolves to
 * its data or rejects with an `ApiError` (code, message, field errors). Components never see `Result`.
 */
import type { EventApi, InvokeApi, TiefgangApi } from '../../../shared/ipc/api';
import type { ErrorCode, IpcError, Result } from '../../../shared/ipc/contract';

export class ApiError extends Error {
  readonly code: ErrorCode;
  /** Field path (dotted, as in the request) → message, for invalid-request errors. */
  readonly fields: Readonly<Record<string, string>>;

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

type Unwrapped<F> = F extends (request: infer R) => Promise<Result<infer T>>
  ? (request: R) => Promise<T>
  : never;

export type Client = {
  [N in keyof InvokeApi]: { [M in keyof InvokeApi[N]]: Unwrapped<InvokeApi[N][M]> };
} & { on: EventApi };

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw new ApiError(result.error);
}

/** A thrown value as an ApiError: a broken bridge (the call itself rejected) counts as `internal`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ code: 'internal', message });
}

export function createClient(api: TiefgangApi): Client {
  const client: Record<string, unknown> = { on: api.on };
  for (const [ns, methods] of Object.entries(api)) {
    if (ns === 'on') continue;
    const wrapped: Record<string, unknown> = {};
    for (const [name, call] of Object.entries(
      methods as Record<string, (request: unknown) => Promise<Result<unknown>>>,
    )) {
      wrapped[name] = async (request: unknown) => {
        let result: Result<unknown>;
        try {
          result = await call(request);
        } catch (error) {
          throw toApiError(error);
        }
        return unwrap(result);
      };
    }
    client[ns] = wrapped;
  }
  return client as Client;
}
