/**
 * What every domain's handlers get: the store, the undo history every change goes through, the ids
 * and clock (`deps`), what only the desktop shell can do, and the app's version and locale.
 */
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { Handlers } from '../ipc/handlers';
import type { Store } from '../store/types';
import type { CalendarFile } from './calendar/calendar-file';
import type { DesktopActions } from './data/data-file';
import type { ServiceDeps } from './deps';
import type { History } from './history/history';
import type { ImportServiceOptions } from './import-service';

export interface AppInfo {
  version: string;
  systemLocale: string;
}

export interface ServiceContext {
  store: Store;
  history: History;
  deps: ServiceDeps;
  desktop: DesktopActions;
  info: AppInfo;
  /** Where import previews run and where their progress goes. */
  imports: ImportServiceOptions;
  /** The calendar file beside the data file, kept by the core (absent in unit tests of the handlers). */
  calendar?: CalendarFile;
}

/** The handlers of one namespace of channels (`people.*`): each domain returns its slice. */
export type HandlerSlice<N extends string> = Pick<Handlers, Extract<InvokeChannel, `${N}.${string}`>>;
