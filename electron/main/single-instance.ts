/** One Tiefgang per user: a second launch hands over to the first (which comes to the front) and exits. */
import type { App } from 'electron';

/** Returns false (after asking the app to quit) if another instance already runs. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit'> & {
    on(event: 'second-instance', listener: () => void): unknown;
  },
  focusExisting: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}
