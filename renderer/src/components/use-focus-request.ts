/**
 * Focuses an element when a command asked for it (Edit ▸ Find, File ▸ Import): the store keeps the
 * request until the component that owns the field is shown, which focuses it and takes the request
 * away. No polling, no timer: a view that mounts later finds the request waiting.
 */
import { type RefObject, useEffect } from 'react';
import type { FocusTarget } from '../store/app-store';
import { useActions, useAppState } from '../store/hooks';

export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  const focus = useAppState((s) => s.focus);
  const actions = useActions();
  useEffect(() => {
    const element = ref.current;
    if (focus?.target !== target || !element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus();
    actions.focusDone();
  }, [focus, target, ref, actions]);
}
