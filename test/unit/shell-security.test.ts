// Navigation, window-open, <webview>, permissions, network and external links: every handler the shell
// installs, driven through fake web contents and a fake session that record what the app registered.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createOriginPolicy } from '../../electron/app-page/origin';
import {
  guardWebContents,
  installSessionSecurity,
  isAllowedRequest,
  isHttpUrl,
  openExternalSafely,
} from '../../electron/main/security';

type WindowOpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler) {
    this.windowOpenHandler = handler;
  }
  /** Emits a cancellable event the way Electron does and says whether the app cancelled it. */
  attempt(event: string, url: string): boolean {
    const e = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(event, e, url);
    return e.defaultPrevented;
  }
}

const prod = createOriginPolicy({ isPackaged: true, devUrl: 'http://localhost:5173' });
const dev = createOriginPolicy({ isPackaged: false, devUrl: 'http://localhost:5173/' });

function guarded(policy = prod) {
  const contents = new FakeContents();
  const opener = vi.fn(async (_url: string) => {});
  const log = vi.fn();
  guardWebContents(contents as never, policy, opener, log);
  return { contents, opener, log };
}

describe('origin policy', () => {
  it('trusts only app://tiefgang in a packaged app, even with TIEFGANG_DEV_URL set', () => {
    expect(prod.entryUrl).toBe('app://tiefgang/index.html');
    expect(prod.trustedOrigins).toEqual(['app://tiefgang']);
    expect(prod.isTrustedUrl('app://tiefgang/assets/x.js')).toBe(true);
    expect(prod.isTrustedUrl('http://localhost:5173/')).toBe(false);
    expect(prod.isTrustedUrl('app://tiefgang.evil/')).toBe(false);
    expect(prod.isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(prod.isTrustedUrl('not a url')).toBe(false);
  });

  it('adds a loopback dev server in development, and ignores a remote one', () => {
    expect(dev.entryUrl).toBe('http://localhost:5173/');
    expect(dev.isTrustedUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.isTrustedUrl('http://localhost:5174/')).toBe(false);
    const remote = createOriginPolicy({ isPackaged: false, devUrl: 'https://evil.example/' });
    expect(remote.entryUrl).toBe('app://tiefgang/index.html');
    expect(remote.trustedOrigins).toEqual(['app://tiefgang']);
  });
});

describe('navigation and new windows', () => {
  it.each([
    'https://example.org/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
  ])('blocks will-navigate, will-redirect and will-frame-navigate to %s', (url) => {
    const { contents } = guarded();
    expect(contents.attempt('will-navigate', url)).toBe(true);
    expect(contents.attempt('will-redirect', url)).toBe(true);
    expect(contents.attempt('will-frame-navigate', url)).toBe(true);
  });

  it('lets the app navigate within its own origin', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-navigate', 'app://tiefgang/index.html#people')).toBe(false);
  });

  it('lets the dev server page reload itself in development only', () => {
    expect(guarded(dev).contents.attempt('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(guarded(prod).contents.attempt('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('refuses every <webview>', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-attach-webview', 'app://tiefgang/index.html')).toBe(true);
  });

  it('denies every new window and opens only http(s) links in the browser', async () => {
    const { contents, opener } = guarded();
    const handler = contents.windowOpenHandler!;
    for (const url of [
      'https://example.org/a b',
      'http://example.org/',
      'file:///etc/passwd',
      'app://tiefgang/index.html',
      'smb://server/share',
      'javascript:alert(1)',
    ]) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    await vi.waitFor(() => expect(opener).toHaveBeenCalledTimes(2));
    expect(opener.mock.calls.map(([url]) => url)).toEqual([
      'https://example.org/a%20b',
      'http://example.org/',
    ]);
  });

  it('logs (and survives) a browser that fails to open', async () => {
    const contents = new FakeContents();
    const log = vi.fn();
    guardWebContents(contents as never, prod, async () => Promise.reject(new Error('no browser')), log);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith('could not open https://example.org/', expect.any(Error)),
    );
  });
});

describe('openExternalSafely', () => {
  it.each([
    ['https://example.org/', true],
    ['http://example.org/path?q=1', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['mailto:ada@example.org', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['smb://attacker/share', false],
    ['app://tiefgang/', false],
    ['/relative/path', false],
    ['', false],
  ])('%s → opened: %s', async (url, opened) => {
    const opener = vi.fn(async () => {});
    expect(await openExternalSafely(url, opener)).toBe(opened);
    expect(opener).toHaveBeenCalledTimes(opened ? 1 : 0);
    expect(isHttpUrl(url)).toBe(opened);
  });
});

describe('session', () => {
  function fakeSession() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    return session;
  }

  it('denies every permission request, check and device', () => {
    const session = fakeSession();
    installSessionSecurity(session as never, prod, () => {});
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://tiefgang', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://tiefgang' })).toBe(false);
  });

  it('cancels every network request that is not to the app itself', () => {
    const session = fakeSession();
    const log = vi.fn();
    installSessionSecurity(session as never, prod, log);
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0];
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('app://tiefgang/assets/index.js')).toEqual({ cancel: false });
    expect(decide('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('ws://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(log).toHaveBeenCalledWith('blocked a request to https://fonts.googleapis.com/css');
  });

  it('allows the dev server and its hot-reload socket only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequest('https://example.org/', dev)).toBe(false);
  });
});
