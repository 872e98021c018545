/** The calendar file (calendar.*): where it is, whether it is written, and how the last write went. */
import type { HandlerSlice, ServiceContext } from '../context';
import { calendarPathFor } from './calendar-file';

export function calendarHandlers({ store, calendar }: ServiceContext): HandlerSlice<'calendar'> {
  return {
    'calendar.state': async () => {
      const last = calendar?.last();
      return {
        path: calendar?.path ?? calendarPathFor(store.path),
        enabled: store.read().settings.calendarFile?.enabled === true,
        encrypted: store.key !== undefined,
        ...(last ? { last } : {}),
      };
    },
  };
}
