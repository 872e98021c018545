/**
 * Map pins: where the user dragged people on the network map, per layout. Pins of people who no longer
 * exist are dropped whenever the pins are written, so the file does not collect stale positions.
 */
import { type Database, type MapLayout, MapPins } from '../../../shared/domain/schema';
import { AppError } from '../../errors';

export interface PinRequest {
  layout: MapLayout;
  personId: string;
  x: number;
  y: number;
}

export function pinPerson(db: Database, { layout, personId, x, y }: PinRequest): MapPins {
  if (!db.people.some((p) => p.id === personId)) {
    throw new AppError('not-found', `there is no person with id ${personId} to place on the map`);
  }
  const pins = prunedPins(db);
  // Two decimals are far below a pixel; they keep the file small.
  pins[layout] = {
    ...pins[layout],
    [personId]: { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 },
  };
  return setPins(db, pins);
}

export function unpinPerson(db: Database, layout: MapLayout, personId?: string): MapPins {
  const pins = prunedPins(db);
  if (personId === undefined) pins[layout] = {};
  else {
    const { [personId]: _removed, ...rest } = pins[layout];
    pins[layout] = rest;
  }
  return setPins(db, pins);
}

function prunedPins(db: Readonly<Database>): MapPins {
  const known = new Set(db.people.map((p) => p.id));
  const keep = (layoutPins: MapPins[MapLayout]) =>
    Object.fromEntries(Object.entries(layoutPins).filter(([id]) => known.has(id)));
  return { ego: keep(db.mapPins.ego), force: keep(db.mapPins.force), context: keep(db.mapPins.context) };
}

/** The store validates records and settings, not pins: check them here before they are written. */
function setPins(db: Database, pins: MapPins): MapPins {
  db.mapPins = MapPins.parse(pins);
  return db.mapPins;
}
