/**
 * The renderer-facing API, derived from the contract: `api.people.create(draft)` for channel
 * `people.create`. The preload (Electron) and the browser test harness both build it with
 * `buildApi`, so the renderer never knows which one it talks to.
 */
import { EVENT_CHANNELS, type EventChannel, INVOKE_CHANNELS, type InvokeChannel } from './channels';
import type { EventPayloadOf, RequestOf, ResponseOf, Result } from './contract';

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}.${infer M}` ? M : never;

export type InvokeApi = {
  [N in Namespace<InvokeChannel>]: {
    [M in Method<InvokeChannel, N>]: `${N}.${M}` extends infer C extends InvokeChannel
      ? (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
      : never;
  };
};

/** `on.dbChanged(listener)` for event `db.changed`; returns an unsubscribe function. */
export type EventApi = {
  [E in EventChannel as E extends `${infer A}.${infer B}` ? `${A}${Capitalize<B>}` : E]: (
    listener: (payload: EventPayloadOf<E>) => void,
  ) => () => void;
};

export interface TiefgangApi extends InvokeApi {
  on: EventApi;
}

export type Invoker = (channel: InvokeChannel, request: unknown) => Promise<Result<unknown>>;
export type Subscriber = (channel: EventChannel, listener: (payload: unknown) => void) => () => void;

export function eventKey(channel: EventChannel): string {
  const [a, b = ''] = channel.split('.');
  return `${a}${b.charAt(0).toUpperCase()}${b.slice(1)}`;
}

/** Builds the API object: one named function per channel, each bound to exactly that channel. */
export function buildApi(invoke: Invoker, subscribe: Subscriber): TiefgangApi {
  const api: Record<string, Record<string, unknown>> = { on: {} };
  for (const channel of INVOKE_CHANNELS) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (request: unknown) => invoke(channel, request ?? {});
  }
  for (const channel of EVENT_CHANNELS) {
    api.on![eventKey(channel)] = (listener: (payload: unknown) => void) => subscribe(channel, listener);
  }
  return api as unknown as TiefgangApi;
}
