/**
 * React's view of the app store: `useAppState(selector)` re-renders a component only when its slice
 * changes (by identity). Selectors return parts of the state or memoised derived values (derived.ts),
 * never a new object per call.
 */
import { useSyncExternalStore } from 'react';
import type { AppState } from './app-store';
import { useAppStore } from './context';

export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = useAppStore();
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.get()),
    () => selector(store.get()),
  );
}

export function useActions() {
  return useAppStore().actions;
}
