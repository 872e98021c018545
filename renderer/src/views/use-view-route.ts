/**
 * The current view, kept in the address's fragment (`#people`), so a reload of the window opens the
 * same view. Changing it replaces the fragment without a navigation (no history entry, no request).
 */
import { useCallback, useEffect, useState } from 'react';
import { VIEWS, type ViewId } from './nav';

export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '');
  return (VIEWS as readonly string[]).includes(id) ? (id as ViewId) : 'map';
}

export function useViewRoute(): [ViewId, (view: ViewId) => void] {
  const [view, setViewState] = useState<ViewId>(() => viewFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setViewState(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const setView = useCallback((next: ViewId) => {
    window.history.replaceState(null, '', next === 'map' ? window.location.pathname : `#${next}`);
    setViewState(next);
  }, []);
  return [view, setView];
}
