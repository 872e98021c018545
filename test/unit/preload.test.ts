// The preload, twice: its source with `electron` mocked, and the built bundle (out/preload/index.cjs)
// run in a bare VM context whose `require` knows nothing but `electron` — as under `sandbox: true`.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventKey } from '../../shared/ipc/api';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => ({ ok: true, data: { channel, request } }),
      on: (channel: string, handler: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(handler);
      },
      removeListener: (channel: string, handler: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(handler);
      },
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

type Api = Record<string, Record<string, (arg: unknown) => unknown>>;

function functionPaths(api: Api): string[] {
  return Object.entries(api).flatMap(([ns, methods]) => Object.keys(methods).map((m) => `${ns}.${m}`));
}

/** What the page can reach from window.tiefgang: checks one API object as exposed by a preload. */
async function checkExposedApi(api: Api, listeners: Map<string, Set<(...args: unknown[]) => void>>) {
  const expected = [...INVOKE_CHANNELS, ...EVENT_CHANNELS.map((e) => `on.${eventKey(e)}`)];
  expect(functionPaths(api).sort()).toEqual(expected.sort());
  // No raw ipcRenderer and no generic invoke/send.
  expect(Object.keys(api)).not.toContain('invoke');
  expect(Object.keys(api)).not.toContain('ipcRenderer');

  const result = await api.people!.create!({ displayName: 'Ada' });
  expect(result).toEqual({ ok: true, data: { channel: 'people.create', request: { displayName: 'Ada' } } });

  const received: unknown[] = [];
  const stop = api.on!.dbChanged!((payload: unknown) => received.push(payload)) as () => void;
  const wire = listeners.get('event:db.changed');
  expect(wire?.size).toBe(1);
  for (const handler of wire!) handler({ sender: 'the IpcRendererEvent' }, { revision: 7 });
  expect(received).toEqual([{ revision: 7 }]); // the Electron event itself never reaches the page
  stop();
  expect(listeners.get('event:db.changed')?.size).toBe(0);
}

describe('preload source', () => {
  beforeEach(() => {
    electron.exposed.clear();
    electron.listeners.clear();
  });

  it('exposes exactly window.tiefgang, derived from the contract', async () => {
    await import('../../electron/preload/index');
    expect([...electron.exposed.keys()]).toEqual(['tiefgang']);
    await checkExposedApi(electron.exposed.get('tiefgang') as Api, electron.listeners);
  });
});

describe('preload bundle (out/preload/index.cjs)', () => {
  const root = resolve(import.meta.dirname, '../..');
  const bundlePath = resolve(root, 'out/preload/index.cjs');
  let code: string;

  beforeAll(async () => {
    // Build it with the project's build script, so the test checks what ships.
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', 'preload'], { cwd: root });
    code = await readFile(bundlePath, 'utf8');
  }, 60_000);

  it('requires nothing but electron (and is small, without zod)', () => {
    const required = [...code.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2]);
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toContain('ZodError');
    expect(code.length).toBeLessThan(10_000);
  });

  it('runs in a bare context with only `electron` available and exposes the same API', async () => {
    const exposed = new Map<string, unknown>();
    const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: {
        invoke: async (channel: string, request: unknown) => ({ ok: true, data: { channel, request } }),
        on: (channel: string, handler: (...args: unknown[]) => void) => {
          if (!listeners.has(channel)) listeners.set(channel, new Set());
          listeners.get(channel)!.add(handler);
        },
        removeListener: (channel: string, handler: (...args: unknown[]) => void) =>
          listeners.get(channel)?.delete(handler),
      },
    };
    const requested: string[] = [];
    const module = { exports: {} };
    const context = createContext({
      module,
      exports: module.exports,
      require: (name: string) => {
        requested.push(name);
        if (name === 'electron') return fakeElectron;
        throw new Error(`a sandboxed preload cannot require ${name}`);
      },
    });
    runInContext(code, context, { filename: bundlePath });
    expect(requested).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['tiefgang']);
    await checkExposedApi(exposed.get('tiefgang') as Api, listeners);
  });
});
