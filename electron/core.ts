/**
 * The app without its window: the store, the services and the router, wired once. The Electron main
 * process and the browser-test harness (plain Node) both open the app through this function, so a test
 * in Chromium runs exactly the code the desktop app runs.
 */
import type { EventChannel } from '../shared/ipc/channels';
import type { EventPayloadOf } from '../shared/ipc/contract';
import { workerPreviewRunner } from './import/preview/runner';
import { createRouter, type Logger, type Router } from './ipc/router';
import {
  type CalendarFile,
  type CalendarFileOptions,
  createCalendarFile,
  localDay,
} from './services/calendar/calendar-file';
import type { DesktopActions } from './services/data/data-file';
import { createHandlers } from './services/handlers';
import { localeOf, translateFor } from './services/i18n';
import type { Unlock } from './store/file-format';
import { openStore } from './store/index';
import type { OpenStoreOptions, Store } from './store/types';

export interface AppCoreOptions {
  /** Absolute path of the data file. */
  dataFile: string;
  /** The app's version, reported by `app.info`. */
  version: string;
  /** The system's BCP-47 locale (e.g. `de-AT`), reported by `app.info`; the renderer picks its language from it. */
  systemLocale: string;
  /** Check every response against the contract (development and tests). */
  validateResponses?: boolean;
  logger?: Logger;
  /** Passed to the store: a fixed clock for tests. */
  now?: OpenStoreOptions['now'];
  /** What only the desktop shell can do (show the data folder, move the file); absent in tests. */
  desktop?: DesktopActions;
  /** The key of an encrypted data file (the desktop shell asks its keychain and this session's keys). */
  unlock?: Unlock;
  /**
   * The bundled import worker (out/main/import-worker.cjs): import previews run there, off the main
   * thread. Without it they run in the calling thread (unit tests).
   */
  importWorker?: string;
  /** The calendar file's delay after a change and its timers (tests make it write at once). */
  calendarTimers?: Pick<CalendarFileOptions, 'delayMs' | 'setTimer' | 'clearTimer'>;
}

export type EventListener = <E extends EventChannel>(channel: E, payload: EventPayloadOf<E>) => void;

export interface AppCore {
  readonly store: Store;
  /** True while the data file waits for its passphrase (electron/locked-core.ts): `store` is not there. */
  readonly locked?: boolean;
  readonly router: Router;
  readonly dataFile: string;
  /**
   * Main → renderer events (`db.changed` after every durable write, `import.progress` while a preview
   * runs). Returns an unsubscribe function.
   */
  onEvent(listener: EventListener): () => void;
  /** Stops the events and releases the store's lock. Safe to call twice. */
  close(): Promise<void>;
}

/** Opens the store (rejecting with its `store-locked` / `store-corrupt` / `store-io` error) and wires the app. */
export async function openAppCore(options: AppCoreOptions): Promise<AppCore> {
  const storeOptions: OpenStoreOptions = { path: options.dataFile };
  if (options.now) storeOptions.now = options.now;
  if (options.unlock) storeOptions.unlock = options.unlock;
  const store = await openStore(storeOptions);
  const listeners = new Set<EventListener>();
  const emit: EventListener = (channel, payload) => {
    for (const listener of listeners) {
      // One failing listener (e.g. a window that is closing) must not keep the others from hearing it.
      try {
        listener(channel, payload);
      } catch (error) {
        (options.logger ?? console).error('an event listener failed', error);
      }
    }
  };
  // The calendar file beside the data file: written after changes, never part of a change (see
  // services/calendar/calendar-file.ts); how it went reaches the window as `calendar.written`.
  const now = () => options.now?.() ?? new Date();
  const calendar: CalendarFile = createCalendarFile({
    store,
    now,
    today: () => localDay(now()),
    translate: (language) => translateFor(localeOf(language, options.systemLocale)),
    onResult: (result) => emit('calendar.written', result),
    ...(options.calendarTimers ?? {}),
  });
  const handlers = createHandlers(
    store,
    { version: options.version, systemLocale: options.systemLocale },
    undefined,
    options.desktop,
    undefined,
    {
      ...(options.importWorker ? { runner: workerPreviewRunner({ workerFile: options.importWorker }) } : {}),
      emitProgress: (event) => emit('import.progress', event),
    },
    calendar,
  );
  const router = createRouter(handlers, {
    validateResponses: options.validateResponses ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
  });

  const stopStoreEvents = store.onChange((change) => {
    emit('db.changed', { revision: change.revision });
    calendar.changed();
  });
  // Changes made while the app was closed (the CLI) reach the calendar at start.
  calendar.changed();

  let closing: Promise<void> | undefined;
  return {
    store,
    router,
    dataFile: store.path,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        stopStoreEvents();
        calendar.close();
        listeners.clear();
        await store.close();
      })();
      return closing;
    },
  };
}
