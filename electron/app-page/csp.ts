/**
 * The Content-Security-Policy of the renderer, in one place. The protocol handler sends `CSP` as a
 * response header on every app:// response; `renderer/index.html` carries `CSP_META` in a <meta> tag
 * (a second line of defence, and the policy the browser tests see).
 *
 * No 'unsafe-inline' anywhere: React and D3 set styles through the CSSOM (`element.style`), which CSP
 * does not restrict, and Vite's production build emits only external scripts and stylesheets.
 * Nothing remote: every source is 'self' (app://tiefgang), plus data:/blob: for images and workers.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives that browsers ignore (with a console warning) when the policy comes from a <meta> tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy sent as the `Content-Security-Policy` header of every app:// response. */
export const CSP = serialise(DIRECTIVES);

/** The same policy for `<meta http-equiv="Content-Security-Policy">` (without header-only directives). */
export const CSP_META = serialise(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));

/** Parses a policy into directive → sources, for tests and checks. */
export function parseCsp(policy: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) result.set(name.toLowerCase(), sources);
  }
  return result;
}
