/**
 * Serves the built renderer (out/renderer) from `app://tiefgang/`, never from file://: a real origin for
 * CSP 'self', no access to the rest of the disk, and the CSP header on every response.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CSP } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * standard: a real origin with relative URLs; secure: treated like https (no mixed-content downgrades);
 * supportFetchAPI + corsEnabled: ES module scripts and fetch of the app's own files work.
 * Deliberately NOT bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every response carries, errors included, so no app:// document is ever without the CSP. */
function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Maps the URL path to a file inside `rendererDir`, or explains why not. Exported for tests.
 * Refuses anything that would leave the folder: `..` (also percent-encoded), backslashes, NUL bytes.
 */
export function resolveAppPath(
  rendererDir: string,
  pathname: string,
): { ok: true; file: string } | { ok: false; status: 400 | 403 } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };
  const relativePath = decoded.replace(/^\/+/, '') || 'index.html';
  const root = resolve(rendererDir);
  const file = resolve(root, relativePath);
  const rel = relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return { ok: false, status: 403 };
  return { ok: true, file };
}

/** The protocol handler itself: a plain function from Request to Response, tested without Electron. */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const rootReal = realpath(resolve(rendererDir)).catch(() => resolve(rendererDir));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST)
      return plain(404, 'not found');
    const target = resolveAppPath(rendererDir, url.pathname);
    if (!target.ok) return plain(target.status, target.status === 403 ? 'forbidden' : 'bad request');
    try {
      // A symbolic link inside the folder must not lead out of it either.
      const real = await realpath(target.file);
      const root = await rootReal;
      if (real !== root && !real.startsWith(root + sep)) return plain(403, 'forbidden');
      if (!(await stat(real)).isFile()) return plain(404, 'not found');
      const body = request.method === 'HEAD' ? null : await readFile(real);
      return new Response(body, {
        status: 200,
        headers: { ...baseHeaders(), 'Content-Type': mimeTypeOf(real) },
      });
    } catch (error) {
      if (isMissing(error)) return plain(404, 'not found');
      return plain(500, 'the file could not be read');
    }
  };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
