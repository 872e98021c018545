/**
 * Loads `db.snapshot` and loads it again whenever main reports a change (`db.changed`), so every
 * view draws from one consistent copy of the data. Older answers never replace newer ones.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Snapshot } from '../../../shared/ipc/contract';
import { type ApiError, type Client, toApiError } from './client';

export type SnapshotState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; snapshot: Snapshot };

export function useSnapshot(client: Client): SnapshotState & { reload: () => void } {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });
  const latest = useRef(-1);

  const reload = useCallback(() => {
    client.db
      .snapshot({})
      .then((snapshot) => {
        if (snapshot.revision < latest.current) return;
        latest.current = snapshot.revision;
        setState({ status: 'ready', snapshot });
      })
      .catch((error: unknown) => setState({ status: 'error', error: toApiError(error) }));
  }, [client]);

  useEffect(() => {
    reload();
    return client.on.dbChanged(() => reload());
  }, [client, reload]);

  return { ...state, reload };
}
