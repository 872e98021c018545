// The app:// protocol handler, with real files in a temp folder and Node's own Request/Response.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSP } from '../../electron/app-page/csp';
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  mimeTypeOf,
  registerAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../electron/app-page/protocol';

let dir: string;
let renderer: string;
let handle: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiefgang-protocol-'));
  renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Tiefgang</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(renderer, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(renderer, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(renderer, 'assets', 'font.woff2'), 'x');
  await writeFile(join(renderer, 'assets', 'mit leerzeichen.txt'), 'spaces');
  await writeFile(join(dir, 'secret.json'), '{"password":"hunter2"}');
  await symlink(join(dir, 'secret.json'), join(renderer, 'assets', 'link.json'));
  handle = createAppRequestHandler(renderer);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme that does not bypass CSP', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
    registerAppProtocol(protocol, renderer);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves index.html for / with the CSP header and the HTML type', async () => {
    for (const url of ['app://tiefgang/', 'app://tiefgang/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Tiefgang</title>');
    }
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/mit%20leerzeichen.txt', 'text/plain; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(`app://tiefgang/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://tiefgang/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://tiefgang/..%2fsecret.json',
    'app://tiefgang/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'app://tiefgang/assets/..%2f..%2fsecret.json',
    'app://tiefgang/%2e%2e%2fsecret.json',
    'app://tiefgang/..%5csecret.json',
    'app://tiefgang/index.html%00.js',
    'app://tiefgang/assets/link.json',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('hunter2');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('never reaches outside the folder via plain ../ either (the URL parser flattens it)', async () => {
    const response = await get('app://tiefgang/../../secret.json');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('hunter2');
  });

  it.each([
    ['a missing file', 'app://tiefgang/nope.js', 404],
    ['a folder', 'app://tiefgang/assets', 404],
    ['another host', 'app://evil/index.html', 404],
    ['broken percent-encoding', 'app://tiefgang/%E0%A4%A', 400],
  ])('answers %s with %i', async (_label, url, status) => {
    expect((await get(url)).status).toBe(status);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://tiefgang/index.html', 'POST')).status).toBe(405);
  });

  it('resolveAppPath stays inside the folder for every hostile path', () => {
    for (const path of ['/..', '/../x', '/%2e%2e/x', '/a/../../x', '/..%2f..%2fx', '/%2f..%2fx']) {
      const result = resolveAppPath('/srv/renderer', path);
      if (result.ok) expect(result.file.startsWith('/srv/renderer/')).toBe(true);
    }
    expect(resolveAppPath('/srv/renderer', '/')).toEqual({ ok: true, file: '/srv/renderer/index.html' });
    expect(resolveAppPath('/srv/renderer', '/..%2fx')).toEqual({ ok: false, status: 403 });
  });

  it('knows the MIME types of what Vite emits and falls back to octet-stream', () => {
    expect(mimeTypeOf('a/b.MJS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('x.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeOf('x.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});
