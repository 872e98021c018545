/** The app and the whole data as one snapshot. Request and response schemas; `shared/ipc/contract.ts` lists them per channel. */
import { z } from 'zod';
import { Context, Coverage, Encounter, MapPins, Person, Settings, Tie } from '../../domain/schema';

/** Everything the renderer needs to draw, with a revision that grows with every write. */
export const Snapshot = z.object({
  revision: z.number().int().min(0),
  people: z.array(Person),
  encounters: z.array(Encounter),
  contexts: z.array(Context),
  ties: z.array(Tie),
  settings: Settings,
  mapPins: MapPins,
  coverage: z.array(Coverage),
});

export type Snapshot = z.infer<typeof Snapshot>;
