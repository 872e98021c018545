// The Content-Security-Policy constant: strict, no remote origins, no inline script or style.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_META, parseCsp } from '../../electron/app-page/csp';

describe('CSP', () => {
  const policy = parseCsp(CSP);

  it('is exactly the policy the app is built for', () => {
    expect(CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('denies by default and allows scripts and connections only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin, wildcard or unsafe keyword anywhere', () => {
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        expect(source, directive).not.toMatch(/^(https?:|wss?:|\*|'unsafe-|'wasm-unsafe)/);
      }
    }
  });

  it('has a <meta> variant that is the same policy minus the header-only frame-ancestors', () => {
    const meta = parseCsp(CSP_META);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...policy.keys()].filter((k) => k !== 'frame-ancestors'));
    for (const [directive, sources] of meta) expect(sources).toEqual(policy.get(directive));
  });

  it('is the policy in the <meta> tag of renderer/index.html, word for word', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
    expect(metas).toHaveLength(1);
    expect(metas[0]?.[1]).toBe(CSP_META);
  });
});
