/** Print data → the map's source (the same projection the map view makes of a snapshot). */
import type { PrintData } from '../../../shared/print/options';
import type { MapSource } from '../scene/map-data';

export function mapSourceFromPrintData(data: PrintData): MapSource {
  return {
    people: data.people.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      kind: p.kind,
      tags: p.tags,
      contexts: p.contexts,
      ...(p.archived ? { archived: true } : {}),
      ...(p.closeness !== undefined ? { closeness: p.closeness } : {}),
      ...(p.pinnedRing !== undefined ? { pinnedRing: p.pinnedRing } : {}),
      ...(p.cadenceDays !== undefined ? { cadenceDays: p.cadenceDays } : {}),
    })),
    encounters: data.encounters.map((e) => ({
      id: e.id,
      date: e.date,
      participants: e.participants,
      channel: e.channel,
      ...(e.durationMinutes !== undefined ? { durationMinutes: e.durationMinutes } : {}),
      ...(e.initiator !== undefined ? { initiator: e.initiator } : {}),
      ...(e.attempt ? { attempt: true } : {}),
      // The engine reads that an encounter was imported and from which export format.
      ...(e.imported ? { source: { format: e.imported, key: e.id } } : {}),
    })),
    contexts: data.contexts.map((c) => ({ id: c.id, name: c.name })),
    ties: data.ties.map((t) => ({
      a: t.a,
      b: t.b,
      ...(t.strength !== undefined ? { strength: t.strength } : {}),
    })),
    coverage: (data.coverage ?? []).map((c) => ({ ...c })),
    settings: data.settings.model,
  };
}
