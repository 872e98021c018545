/** Undo and redo (history.*): the history lives in main, so a reload of the window keeps it. */
import type { HandlerSlice, ServiceContext } from '../context';

export function historyHandlers({ history }: ServiceContext): HandlerSlice<'history'> {
  return {
    'history.state': async () => history.state(),
    'history.undo': () => history.undo(),
    'history.redo': () => history.redo(),
  };
}
