/**
 * Navigation, new windows, <webview>, permissions and the network, in one place (Electron's security
 * checklist). Everything is refused unless it is the app's own origin; http(s) links that the page
 * tries to open in a new window go to the user's browser instead.
 */
import type { Session, WebContents } from 'electron';
import type { OriginPolicy } from '../app-page/origin';

export type ExternalOpener = (url: string) => Promise<void>;

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Opens `url` in the user's browser only if it is http: or https: (never file:, javascript:, smb:,
 * custom handlers …). Resolves to whether it was opened.
 */
export async function openExternalSafely(url: string, opener: ExternalOpener): Promise<boolean> {
  if (!isHttpUrl(url)) return false;
  await opener(new URL(url).href);
  return true;
}

type Guarded = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applied to every web contents the app creates (`app.on('web-contents-created')`). */
export function guardWebContents(
  contents: Guarded,
  policy: Pick<OriginPolicy, 'isTrustedUrl'>,
  openExternal: ExternalOpener,
  log: (message: string, error?: unknown) => void,
): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!policy.isTrustedUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => refuseForeign(event, url));
  contents.on('will-redirect', (event, url) => refuseForeign(event, url));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, openExternal).catch((error: unknown) => log(`could not open ${url}`, error));
    return { action: 'deny' };
  });
}

type Secured = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Schemes that never reach the network: the app's own files, inline data, DevTools. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:', 'chrome-devtools:']);

/** Whether the renderer may load `url`: only the app's origin (and the dev server in development). */
export function isAllowedRequest(
  url: string,
  policy: Pick<OriginPolicy, 'isTrustedUrl' | 'devOrigin'>,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (policy.isTrustedUrl(url)) return true;
  // Vite's hot reload talks over a WebSocket to the dev server.
  if (policy.devOrigin && parsed.protocol === 'ws:') return `http://${parsed.host}` === policy.devOrigin;
  return false;
}

/** Denies every permission (camera, notifications, geolocation …) and cancels every foreign request. */
export function installSessionSecurity(
  session: Secured,
  policy: Pick<OriginPolicy, 'isTrustedUrl' | 'devOrigin'>,
  log: (message: string) => void,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy);
    if (!allowed) log(`blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
