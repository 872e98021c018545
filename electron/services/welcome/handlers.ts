/** The first run: start empty (welcome.*) or load the sample network (sample.*). */
import type { HandlerSlice, ServiceContext } from '../context';
import { label } from '../history/labels';
import { finishWelcome } from '../review/review';
import { loadSample } from './sample';

export function welcomeHandlers({ history }: ServiceContext): HandlerSlice<'welcome'> {
  return {
    'welcome.finish': () => history.record(label('welcome'), (db) => finishWelcome(db)),
  };
}

export function sampleHandlers({ history }: ServiceContext): HandlerSlice<'sample'> {
  return {
    'sample.load': ({ locale, today }) =>
      history.record(label('sample'), (db) => loadSample(db, { locale, today })),
  };
}
