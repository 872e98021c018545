/**
 * Sending the map's data to the layout worker quickly. Structured-cloning 100,000 encounter objects
 * takes hundreds of milliseconds; the same encounters as columns (typed arrays, transferred, plus
 * one array of dates and one of ids) cross in a few. `unpackSource` rebuilds the MapSource (an
 * encounter's source only as the fact that it was imported: all the engine reads of it).
 */
import { CHANNELS, type Channel } from '../../../shared/domain/schema';
import type { MapSource, MapSourceEncounter } from './map-data';

export interface PackedSource {
  people: MapSource['people'];
  contexts: MapSource['contexts'];
  ties: MapSource['ties'];
  coverage: MapSource['coverage'];
  settings: MapSource['settings'];
  encounters: {
    ids: string[];
    dates: string[];
    /** Index into CHANNELS. */
    channel: Uint8Array;
    /** Minutes; NaN where unknown. */
    duration: Float64Array;
    /** 0 unknown, 1 me, 2 them. */
    initiator: Uint8Array;
    /** Bit 0: an attempt (no contact); bit 1: imported (has a source). */
    flags: Uint8Array;
    /** Participants of encounter i: participant[offset[i] … offset[i + 1]), indices into `idTable`. */
    offset: Int32Array;
    participant: Int32Array;
    idTable: string[];
  };
}

export function packSource(source: MapSource): { packed: PackedSource; transfer: ArrayBuffer[] } {
  const E = source.encounters.length;
  const idIndex = new Map<string, number>();
  const idTable: string[] = [];
  const indexOf = (id: string) => {
    let i = idIndex.get(id);
    if (i === undefined) {
      i = idTable.length;
      idIndex.set(id, i);
      idTable.push(id);
    }
    return i;
  };
  for (const p of source.people) indexOf(p.id);
  const channelIndex = new Map<Channel, number>(CHANNELS.map((c, i) => [c, i]));
  const ids = new Array<string>(E);
  const dates = new Array<string>(E);
  const channel = new Uint8Array(E);
  const duration = new Float64Array(E);
  const initiator = new Uint8Array(E);
  const flags = new Uint8Array(E);
  const offset = new Int32Array(E + 1);
  let total = 0;
  for (const e of source.encounters) total += e.participants.length;
  const participant = new Int32Array(total);
  let k = 0;
  source.encounters.forEach((e, i) => {
    ids[i] = e.id;
    dates[i] = e.date;
    channel[i] = channelIndex.get(e.channel) ?? 0;
    duration[i] = e.durationMinutes ?? Number.NaN;
    initiator[i] = e.initiator === 'me' ? 1 : e.initiator === 'them' ? 2 : 0;
    flags[i] = (e.attempt ? 1 : 0) | (e.source ? 2 : 0);
    offset[i] = k;
    for (const p of e.participants) participant[k++] = indexOf(p);
  });
  offset[E] = k;
  return {
    packed: {
      people: source.people,
      contexts: source.contexts,
      ties: source.ties,
      coverage: source.coverage,
      settings: source.settings,
      encounters: { ids, dates, channel, duration, initiator, flags, offset, participant, idTable },
    },
    transfer: [
      channel.buffer,
      duration.buffer,
      initiator.buffer,
      flags.buffer,
      offset.buffer,
      participant.buffer,
    ],
  };
}

/** Stands for "imported" in the worker's copy of the data. */
const IMPORTED = Object.freeze({ format: 'import', key: 'imported' });

export function unpackSource(packed: PackedSource): MapSource {
  const { ids, dates, channel, duration, initiator, flags, offset, participant, idTable } = packed.encounters;
  const encounters: MapSourceEncounter[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const participants: string[] = [];
    for (let k = offset[i]!; k < offset[i + 1]!; k++) participants.push(idTable[participant[k]!]!);
    const e: MapSourceEncounter = {
      id: ids[i]!,
      date: dates[i]!,
      participants,
      channel: CHANNELS[channel[i]!]!,
    };
    const d = duration[i]!;
    if (!Number.isNaN(d)) e.durationMinutes = d;
    if (initiator[i] === 1) e.initiator = 'me';
    else if (initiator[i] === 2) e.initiator = 'them';
    if (flags[i]! & 1) e.attempt = true;
    // The engine reads only that an encounter was imported; the worker does not need which item it was.
    if (flags[i]! & 2) e.source = IMPORTED;
    encounters[i] = e;
  }
  return {
    people: packed.people,
    contexts: packed.contexts,
    ties: packed.ties,
    coverage: packed.coverage,
    settings: packed.settings,
    encounters,
  };
}
