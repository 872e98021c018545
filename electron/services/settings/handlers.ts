/** Settings (settings.*) and the weekly plan (plan.*), both kept in the data file's settings. */
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import { setPlan } from '../review/review';
import { changeSettings } from './settings';

export function settingsHandlers({ history }: ServiceContext): HandlerSlice<'settings'> {
  return {
    'settings.update': (patch) =>
      history.record(
        label(patch.language && Object.keys(patch).length === 1 ? 'language' : 'settings'),
        (db) => changeSettings(db, patch),
      ),
  };
}

export function planHandlers({ history }: ServiceContext): HandlerSlice<'plan'> {
  return {
    'plan.update': (plan) => history.record(label('plan'), (db) => setPlan(db, plan)),
  };
}
