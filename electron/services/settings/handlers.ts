/** Settings (settings.*) and the weekly plan (plan.*), both kept in the data file's settings. */
import type { SettingsPatch } from '../../../shared/ipc/contract';
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import { setPlan } from '../review/review';
import { changeSettings } from './settings';

/** "Undo: change the language" / "… the reminders" / "… the calendar file" / "… the settings". */
function settingsLabel(patch: SettingsPatch): string {
  const keys = Object.keys(patch);
  if (keys.length !== 1) return 'settings';
  if (patch.language) return 'language';
  if (patch.reminders) return 'reminders';
  if (patch.calendarFile) return 'calendarFile';
  return 'settings';
}

export function settingsHandlers({ history }: ServiceContext): HandlerSlice<'settings'> {
  return {
    'settings.update': (patch) =>
      history.record(label(settingsLabel(patch)), (db) => changeSettings(db, patch)),
  };
}

export function planHandlers({ history }: ServiceContext): HandlerSlice<'plan'> {
  return {
    'plan.update': (plan) => history.record(label('plan'), (db) => setPlan(db, plan)),
  };
}
