/**
 * Unexpected errors in the main process and crashed renderers: logged to the local log file and shown
 * to the user in a dialog, instead of a silent exit. Nothing is ever reported over the network.
 */
import type { RenderProcessGoneDetails } from 'electron';
import type { TFunction } from 'i18next';
import type { FileLog } from './log-file';

export interface CrashDeps {
  log: FileLog;
  /** dialog.showErrorBox: synchronous, and safe even before the app is ready. */
  showErrorBox: (title: string, content: string) => void;
  t: () => TFunction;
  now?: () => number;
}

/** At most one dialog per this many milliseconds, so an error in a loop does not bury the screen. */
const DIALOG_INTERVAL_MS = 10_000;

export function createCrashReporter(deps: CrashDeps): (kind: string, error: unknown) => void {
  const now = deps.now ?? Date.now;
  let lastDialog = Number.NEGATIVE_INFINITY;
  return (kind, error) => {
    deps.log.error(kind, error);
    if (now() - lastDialog < DIALOG_INTERVAL_MS) return;
    lastDialog = now();
    const t = deps.t();
    const message = error instanceof Error ? error.message : String(error);
    try {
      deps.showErrorBox(
        t('crash.title'),
        `${t('crash.message', { message })}\n\n${t('crash.detail', { log: deps.log.file })}`,
      );
    } catch (dialogError) {
      deps.log.error('could not show the error dialog', dialogError);
    }
  };
}

/** Routes the process's last-resort error events to the reporter (and so keeps the app alive). */
export function installCrashHandlers(
  proc: {
    on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
  },
  report: (kind: string, error: unknown) => void,
): void {
  proc.on('uncaughtException', (error) => report('uncaught exception', error));
  proc.on('unhandledRejection', (reason) => report('unhandled promise rejection', reason));
}

export interface RendererGoneDeps {
  log: FileLog;
  showMessageBox: (options: {
    type: 'error';
    title: string;
    message: string;
    detail: string;
    buttons: string[];
    defaultId: number;
    cancelId: number;
  }) => Promise<{ response: number }>;
  t: () => TFunction;
  reload: () => void;
  quit: () => void;
}

/** A renderer that died (not one that closed normally): log it and offer to reload or quit. */
export async function handleRendererGone(
  details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>,
  deps: RendererGoneDeps,
) {
  if (details.reason === 'clean-exit') return;
  deps.log.error(`renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
  const t = deps.t();
  const { response } = await deps.showMessageBox({
    type: 'error',
    title: t('rendererGone.title'),
    message: t('rendererGone.message', { reason: details.reason }),
    detail: t('rendererGone.detail'),
    buttons: [t('buttons.reload'), t('buttons.quit')],
    defaultId: 0,
    cancelId: 1,
  });
  if (response === 0) deps.reload();
  else deps.quit();
}
