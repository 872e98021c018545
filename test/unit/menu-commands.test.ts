// The window's side of the menu (renderer/src/menu/use-menu-commands.ts): commands for components that
// are not mounted yet wait for them briefly, the first taker wins, and a layout command names its layout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dispatchMenuCommand,
  layoutOf,
  PENDING_MS,
  subscribeMenuCommand,
} from '../../renderer/src/menu/use-menu-commands';
import { MENU_COMMANDS, MENU_LAYOUTS } from '../../shared/ipc/menu-commands';

const stops: (() => void)[] = [];
// Each test starts an hour after the one before, so nothing left waiting by one reaches the next.
let hour = 0;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 2, 5, hour++));
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

function taker(accepts: (command: string) => boolean) {
  const seen: string[] = [];
  stops.push(
    subscribeMenuCommand((command) => {
      seen.push(command);
      return accepts(command);
    }),
  );
  return seen;
}

describe('menu commands for components', () => {
  it('goes to the first component that takes it', () => {
    const first = taker(() => false);
    const second = taker((c) => c === 'layout.force');
    const third = taker(() => true);
    expect(dispatchMenuCommand('layout.force')).toBe(true);
    expect(first).toEqual(['layout.force']);
    expect(second).toEqual(['layout.force']);
    expect(third).toEqual([]);
  });

  it('waits for a component that mounts shortly after (the map after a view change)', () => {
    expect(dispatchMenuCommand('layout.context')).toBe(false);
    vi.advanceTimersByTime(PENDING_MS - 1);
    const map = taker((c) => layoutOf(c as never) !== undefined);
    expect(map).toEqual(['layout.context']);
    // Taken once: a component mounting later does not get it again.
    expect(taker(() => true)).toEqual([]);
  });

  it('forgets a command nobody took in time, and keeps only the newest', () => {
    dispatchMenuCommand('layout.force');
    vi.advanceTimersByTime(PENDING_MS + 1);
    expect(taker(() => true)).toEqual([]);
    stops.splice(0).forEach((stop) => {
      stop();
    });
    dispatchMenuCommand('layout.force');
    dispatchMenuCommand('layout.ego');
    expect(taker(() => true)).toEqual(['layout.ego']);
  });

  it('stops offering to a component that was removed', () => {
    const seen: string[] = [];
    const stop = subscribeMenuCommand((c) => {
      seen.push(c);
      return true;
    });
    stop();
    expect(dispatchMenuCommand('print')).toBe(false);
    expect(seen).toEqual([]);
  });

  it('reads the layout of a layout command only', () => {
    expect(MENU_LAYOUTS.map((l) => layoutOf(`layout.${l}`))).toEqual(['ego', 'force', 'context']);
    expect(MENU_COMMANDS.filter((c) => layoutOf(c)).length).toBe(3);
    expect(layoutOf('view.map')).toBeUndefined();
  });
});
