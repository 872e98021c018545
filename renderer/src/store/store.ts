/**
 * A small external store: state, `set` (a patch or a function of the state), `subscribe`. React reads
 * it with `useSyncExternalStore` through selectors (store/hooks.ts); menu commands, the test hook and
 * the map controller read and write it without React.
 */
export type Listener = () => void;

export interface Store<S> {
  get(): S;
  /** Replaces the named fields; listeners hear of it only when something changed. */
  set(update: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: Listener): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      let changed = false;
      for (const key of Object.keys(patch) as (keyof S)[]) {
        if (!Object.is(state[key], patch[key])) {
          changed = true;
          break;
        }
      }
      if (!changed) return;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * `compute(input)` remembered for the last input (by identity of each element): derived values such
 * as the engine's results are computed once per snapshot and date, and a selector returns the same
 * object until its inputs change (what `useSyncExternalStore` needs).
 */
export function memoLast<I extends readonly unknown[], O>(compute: (...input: I) => O): (...input: I) => O {
  let last: { input: I; output: O } | undefined;
  return (...input: I) => {
    if (last && last.input.length === input.length && last.input.every((v, i) => Object.is(v, input[i])))
      return last.output;
    const output = compute(...input);
    last = { input, output };
    return output;
  };
}
