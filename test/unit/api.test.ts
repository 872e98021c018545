// The renderer API derived from the contract: exactly one function per channel, each bound to its own
// channel, and one subscription per event.
import { describe, expect, it, vi } from 'vitest';
import { buildApi, eventKey } from '../../shared/ipc/api';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { contract, events } from '../../shared/ipc/contract';

function paths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'function' ? [`${prefix}${key}`] : paths(child as object, `${prefix}${key}.`),
  );
}

describe('buildApi', () => {
  const invoke = vi.fn(async (channel: string) => ({ ok: true as const, data: channel }));
  const unsubscribe = vi.fn();
  const subscribe = vi.fn((_channel: string, _listener: (payload: unknown) => void) => unsubscribe);
  const api = buildApi(invoke, subscribe);

  it('the contract and the channel list name the same channels', () => {
    expect(Object.keys(contract).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it('has exactly one function per invoke channel and one per event, and nothing else', () => {
    const expected = [...INVOKE_CHANNELS, ...EVENT_CHANNELS.map((e) => `on.${eventKey(e)}`)];
    expect(paths(api).sort()).toEqual(expected.sort());
    expect(api.on.dbChanged).toBeTypeOf('function');
  });

  it('binds each function to exactly its channel', async () => {
    for (const channel of INVOKE_CHANNELS) {
      const [ns, method] = channel.split('.') as [string, string];
      const fn = (api as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>)[ns]![
        method
      ]!;
      invoke.mockClear();
      await expect(fn({ probe: channel })).resolves.toEqual({ ok: true, data: channel });
      expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, { probe: channel });
    }
  });

  it('sends {} for a call without arguments', async () => {
    invoke.mockClear();
    await (api.app.info as unknown as () => Promise<unknown>)();
    expect(invoke).toHaveBeenCalledWith('app.info', {});
  });

  it('subscribes listeners per event and hands back the unsubscribe function', () => {
    const listener = vi.fn();
    const stop = api.on.dbChanged(listener);
    expect(subscribe).toHaveBeenCalledWith('db.changed', listener);
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
