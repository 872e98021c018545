/** Where people were dragged on the map (map.*): pin and give back to the layout. */
import type { HandlerSlice, ServiceContext } from '../context';
import { label, nameOf } from '../history/labels';
import { pinPerson, unpinPerson } from './map-pins';

export function mapHandlers({ history }: ServiceContext): HandlerSlice<'map'> {
  return {
    'map.pin': (request) =>
      history.record(
        (_pins, before) => label('pin', { name: nameOf(before, request.personId) }),
        (db) => pinPerson(db, request),
      ),
    'map.unpin': ({ layout, personId }) =>
      history.record(
        (_pins, before) =>
          personId ? label('unpin', { name: nameOf(before, personId) }) : label('unpinAll'),
        (db) => unpinPerson(db, layout, personId),
      ),
  };
}
