/**
 * Which origins the app trusts: its own `app://tiefgang`, and in development the Vite dev server.
 * Everything else (navigation, IPC senders, network requests) is refused by the checks built on this.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tiefgang';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]`, lower-cased, or undefined for a URL that cannot be parsed or has no host.
 * (WHATWG `URL.origin` is "null" for custom schemes such as app://, so it cannot be compared directly.)
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.host) return undefined;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export interface OriginPolicy {
  /** The URL the main window loads. */
  readonly entryUrl: string;
  /** Origins whose pages may navigate, call IPC and be loaded: the app's, plus the dev server's in development. */
  readonly trustedOrigins: readonly string[];
  /** The dev server's origin when developing, else undefined. */
  readonly devOrigin: string | undefined;
  isTrustedUrl(url: string): boolean;
}

/**
 * Builds the policy. `devUrl` (TIEFGANG_DEV_URL) is honoured only for an unpackaged app and only for a
 * loopback http server, so an environment variable cannot point an installed app at a remote page.
 */
export function createOriginPolicy(options: {
  devUrl?: string | undefined;
  isPackaged: boolean;
}): OriginPolicy {
  const devUrl = options.isPackaged ? undefined : acceptDevUrl(options.devUrl);
  const devOrigin = devUrl ? originOf(devUrl) : undefined;
  const trustedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
  return {
    entryUrl: devUrl ?? APP_ENTRY_URL,
    trustedOrigins,
    devOrigin,
    isTrustedUrl(url) {
      const origin = originOf(url);
      return origin !== undefined && trustedOrigins.includes(origin);
    },
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function acceptDevUrl(devUrl: string | undefined): string | undefined {
  if (!devUrl) return undefined;
  try {
    const url = new URL(devUrl);
    if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url.href;
  } catch {
    // fall through: an unusable dev URL is ignored and the built app is loaded instead
  }
  return undefined;
}
