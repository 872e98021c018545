/**
 * The names of every IPC channel, and nothing else. The preload imports only this file (so it stays
 * tiny under `sandbox: true`); `contract.ts` must define exactly these channels (checked by its types).
 */
export const INVOKE_CHANNELS = [
  'app.info',
  'db.snapshot',
  'people.create',
  'people.update',
  'people.delete',
  'encounters.create',
  'encounters.update',
  'encounters.delete',
  'contexts.create',
  'ties.create',
  'settings.update',
  'map.pin',
  'map.unpin',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Events pushed from main to renderer. */
export const EVENT_CHANNELS = ['db.changed'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** The prefix of event channels on the wire, so they never collide with invoke channels. */
export const EVENT_WIRE_PREFIX = 'event:';
