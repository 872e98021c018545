// The built main process (out/main/index.cjs, CommonJS) loaded by plain Node 22 with a stand-in for
// the `electron` module: proves the bundle resolves its paths from __dirname, loads its production
// dependencies (lowdb is ESM-only), opens a real data file and answers IPC.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../electron/app-page/csp';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

// Plain JavaScript, run in a child process so the app's crash handlers and lock stay out of vitest.
const RUNNER = `
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const [bundle, userData, dataFile] = process.argv.slice(2);
const ready = Promise.withResolvers();
const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  getPath: (name) => userData + '/' + (name === 'userData' ? '' : name),
  requestSingleInstanceLock: () => true,
  quit: () => app.emit('quit-called'),
  whenReady: () => ready.promise,
  getPreferredSystemLanguages: () => ['en-GB'],
  getSystemLocale: () => 'en-GB',
  getLocale: () => 'en',
  getVersion: () => '0.1.0',
  getAppPath: () => userData,
});
const windows = [];
class BrowserWindow extends EventEmitter {
  static getAllWindows() { return windows; }
  constructor(options) {
    super();
    this.options = options;
    this.sent = [];
    this.webContents = Object.assign(new EventEmitter(), {
      send: (channel, payload) => this.sent.push([channel, payload]),
      isDestroyed: () => false,
      setWindowOpenHandler: () => {},
    });
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) { this.url = url; return Promise.resolve(); }
  show() {} focus() {} maximize() {}
  isMinimized() { return false; }
  isMaximized() { return false; }
}
const ipc = new Map();
const protocols = new Map();
const electron = {
  app,
  BrowserWindow,
  dialog: {
    showMessageBox: async (box) => { throw new Error('unexpected dialog: ' + box.message); },
    showErrorBox: (title, content) => { throw new Error('unexpected error box: ' + content); },
  },
  ipcMain: { handle: (channel, handler) => ipc.set(channel, handler), removeHandler: (c) => ipc.delete(c) },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: (scheme, handler) => protocols.set(scheme, handler) },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: { defaultSession: {
    setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {},
    webRequest: { onBeforeRequest() {} },
  } },
  shell: { openExternal: async () => {}, openPath: async () => '', showItemInFolder: () => {} },
  Menu: { buildFromTemplate: (template) => ({ template }), setApplicationMenu: () => {} },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') return electron;
  return load.call(this, request, ...rest);
};
process.argv.push('--db', dataFile);
const main = require(bundle);
ready.resolve();
main.started.then(async (running) => {
  const trusted = { senderFrame: { url: 'app://tiefgang/index.html', parent: null } };
  const created = await ipc.get('people.create')(trusted, { displayName: 'Ada' });
  const forbidden = await ipc.get('people.create')({ senderFrame: { url: 'https://evil.example/', parent: null } }, { displayName: 'Eve' });
  const page = await protocols.get('app')(new Request('app://tiefgang/index.html'));
  const window = windows[0];
  const result = {
    channels: [...ipc.keys()],
    created, forbidden,
    pageStatus: page.status,
    pageCsp: page.headers.get('content-security-policy'),
    url: window.url,
    preload: window.options.webPreferences.preload,
    sent: window.sent,
  };
  await running.core.close();
  console.log(JSON.stringify(result));
}, (error) => { console.error(error); process.exit(1); });
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-bundle-'));
  await run(process.execPath, ['scripts/build.mjs', 'main'], { cwd: root });
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('built main process', () => {
  it('starts, serves app://, answers IPC from the app only and writes the data file', async () => {
    const runner = join(dir, 'runner.cjs');
    await writeFile(runner, RUNNER);
    const dataFile = join(dir, 'tiefgang.json');
    const { stdout } = await run(
      process.execPath,
      [runner, join(root, 'out/main/index.cjs'), join(dir, 'userData'), dataFile],
      {
        cwd: dir,
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(result.channels.length).toBeGreaterThan(10);
    expect(result.created).toMatchObject({ ok: true, data: { displayName: 'Ada' } });
    expect(result.forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(result.url).toBe('app://tiefgang/index.html');
    expect(result.preload).toBe(join(root, 'out/preload/index.cjs'));
    // out/renderer exists only after a full build; either way the response carries the CSP.
    expect([200, 404]).toContain(result.pageStatus);
    expect(result.pageCsp).toBe(CSP);
    expect(result.sent).toEqual([['event:db.changed', { revision: 1 }]]);
    const disk = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(disk.people.map((p: { displayName: string }) => p.displayName)).toEqual(['Ada']);
  });
});
