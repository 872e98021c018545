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
  'history.state',
  'history.undo',
  'history.redo',
  'people.snooze',
  'people.duplicates',
  'people.mergePreview',
  'people.merge',
  'encounters.log',
  'contexts.update',
  'contexts.delete',
  'ties.delete',
  'plan.update',
  'welcome.finish',
  'sample.load',
  'import.preview',
  'import.choose',
  'import.cancel',
  'import.commit',
  'backups.list',
  'backups.restore',
  'data.location',
  'data.openFolder',
  'data.move',
  'print.print',
  'print.savePdf',
  'print.export',
  // Encryption at rest.
  'encryption.state',
  'encryption.enable',
  'encryption.disable',
  'encryption.remember',
  'encryption.unlock',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/**
 * Events pushed from main to renderer. `menu.command`: the application menu (electron/main/menu.ts);
 * `import.progress`: how far a running import preview is.
 */
export const EVENT_CHANNELS = ['db.changed', 'menu.command', 'import.progress'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** The prefix of event channels on the wire, so they never collide with invoke channels. */
export const EVENT_WIRE_PREFIX = 'event:';
