/**
 * Undo and redo from the window: the history lives in main (it survives a reload of this window), so
 * this hook only asks for its state whenever the data changes and sends `history.undo` / `history.redo`.
 * What was undone is announced in words ("Undone: Delete Anna Berger").
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryState, Label } from '../../../shared/ipc/contract-workflow';
import { type ApiError, type Client, toApiError } from '../api/client';

export interface HistoryControls {
  state: HistoryState | undefined;
  undo: () => void;
  redo: () => void;
}

export type HistoryNotice =
  | { kind: 'undone' | 'redone'; label: Label }
  | { kind: 'failed'; direction: 'undo' | 'redo'; error: ApiError };

export function useHistory(
  client: Client,
  revision: number | undefined,
  onNotice: (notice: HistoryNotice) => void,
): HistoryControls {
  const [state, setState] = useState<HistoryState | undefined>();
  const busy = useRef(false);
  const notice = useRef(onNotice);
  notice.current = onNotice;

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again whenever the data changed (revision)
  useEffect(() => {
    let current = true;
    client.history
      .state({})
      .then((next) => current && setState(next))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [client, revision]);

  const run = useCallback(
    (direction: 'undo' | 'redo') => {
      if (busy.current) return;
      busy.current = true;
      client.history[direction]({})
        .then((result) => {
          setState(result.state);
          notice.current({ kind: direction === 'undo' ? 'undone' : 'redone', label: result.label });
        })
        .catch((error: unknown) => notice.current({ kind: 'failed', direction, error: toApiError(error) }))
        .finally(() => {
          busy.current = false;
        });
    },
    [client],
  );

  return { state, undo: useCallback(() => run('undo'), [run]), redo: useCallback(() => run('redo'), [run]) };
}
