// Electronegativity (@doyensec/electronegativity) over the Electron code (electron/) and the built renderer
// (out/renderer), through its programmatic API: its command line exits 0 even with findings.
//
// Every finding of medium severity or above fails this test unless it is justified:
//   - in the source, on the reported line: `// eng-disable CHECK_ID -- why this is safe here` (Electronegativity
//     itself honours `eng-disable`; this test insists on the ` -- reason`), or
//   - where no comment can go (built files, global checks), in test/electronegativity-allowlist.json.
//
// Offline: Electronegativity fetches translations and Electron's release list from the internet. The
// translation fetch is answered locally with a failure (its own fallback: the bundled English texts), the
// release check (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, "is this Electron the newest?") is excluded, and
// any other connection attempt during a scan fails the test.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, Module } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const rendererDir = join(root, 'out/renderer');
const allowListPath = join(root, 'test/electronegativity-allowlist.json');
const MEDIUM = 2;
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

interface Level {
  value: number;
  name: string;
}
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: Level;
  confidence: Level;
  manualReview: boolean;
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
interface Allowed {
  id: string;
  file: string;
  justification: string;
}
type Run = (options: {
  input: string;
  electronVersionOverride: string;
  isRelative: boolean;
  excludeFromScan: string[];
}) => Promise<ScanResult>;

const engRequire = createRequire(join(root, 'node_modules/@doyensec/electronegativity/package.json'));
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

/** Electronegativity's runner, with its translation download (`got`) answered by a local failure. */
function loadElectronegativity(): Run {
  const gotPath = engRequire.resolve('got');
  const offline = () => Promise.reject(new Error('offline: Tiefgang tests make no network requests'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = Object.assign(offline, { get: offline, head: offline });
  engRequire.cache[gotPath] = stub;
  return engRequire('./dist/runner.js') as Run;
}

/** Runs a scan with every outgoing connection refused and recorded. */
async function scanOffline(run: Run, input: string) {
  const attempts: string[] = [];
  const connect = net.Socket.prototype.connect;
  const log = console.log;
  net.Socket.prototype.connect = function refuse(this: net.Socket, ...args: unknown[]) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0]; // net.connect() passes [options, callback]
    if (typeof first === 'object' && first !== null && 'path' in first)
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args); // a local socket, no network
    attempts.push(JSON.stringify(first));
    throw new Error('network access refused by electronegativity.test.ts');
  } as typeof connect;
  console.log = () => {}; // "Could not retrieve updated translations": the stub above, not a problem
  try {
    const result = await run({
      input,
      electronVersionOverride: electronVersion,
      isRelative: true,
      excludeFromScan: OFFLINE_EXCLUDED,
    });
    return { result, attempts };
  } finally {
    net.Socket.prototype.connect = connect;
    console.log = log;
  }
}

const describeFinding = (f: Finding) =>
  `${f.id} (${f.severity.name}, ${f.confidence.name}) in ${f.file}:${f.location.line}:${f.location.column} — ${f.description}`;

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('Electronegativity over electron/ and out/renderer', () => {
  let run: Run;
  let work = '';
  let scan: { result: ScanResult; attempts: string[] };
  let allowed: Allowed[];

  beforeAll(async () => {
    if (!existsSync(join(rendererDir, 'index.html'))) {
      // `npm test` builds before vitest; a bare `vitest run` builds the renderer here.
      const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), 'renderer'], {
        cwd: root,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`could not build the renderer for the scan:\n${r.stderr}`);
    }
    allowed = (JSON.parse(readFileSync(allowListPath, 'utf8')) as { allowed: Allowed[] }).allowed;
    // One input folder laid out like the repository, so that global checks (CSP, navigation limits,
    // permission handler) see main and renderer together, and reported paths are repository paths.
    work = mkdtempSync(join(tmpdir(), 'tiefgang-electronegativity-'));
    cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true });
    cpSync(rendererDir, join(work, 'out/renderer'), { recursive: true });
    run = loadElectronegativity();
    scan = await scanOffline(run, work);
    const findings = scan.result.issues.map(describeFinding);
    console.info(`Electronegativity: ${findings.length} finding(s)\n${findings.join('\n')}`);
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs all its checks but the online one, parses every file and makes no network request', () => {
    expect(scan.result.atomicChecks).toBeGreaterThan(30);
    expect(scan.result.globalChecks).toBeGreaterThan(3);
    expect(scan.result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`)).toEqual([]);
    expect(scan.attempts).toEqual([]);
  });

  it('finds nothing of medium severity or above that is not justified', () => {
    const unjustified = scan.result.issues
      .filter((f) => f.severity.value >= MEDIUM)
      .filter((f) => !allowed.some((a) => a.id === f.id && a.file === f.file))
      .map(describeFinding);
    expect(
      unjustified,
      'fix each finding, or justify it: `// eng-disable ID -- reason` on the line, or test/electronegativity-allowlist.json',
    ).toEqual([]);
  });

  it('has a reason for every allow-list entry, and no entry that matches nothing', () => {
    for (const a of allowed) {
      expect(a.justification.trim().split(/\s+/).length, `${a.id} in ${a.file}`).toBeGreaterThanOrEqual(6);
      expect(
        scan.result.issues.some((f) => f.id === a.id && f.file === a.file),
        `allow-list entry ${a.id} in ${a.file} matches no finding: remove it`,
      ).toBe(true);
    }
  });

  it('has a reason on every inline eng-disable comment', () => {
    const sources = [join(root, 'electron'), join(root, 'renderer')].flatMap(filesBelow);
    const bare: string[] = [];
    for (const file of sources.filter((f) => /\.(?:[cm]?[jt]sx?|html?)$/.test(f))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (
            /eng-disable/.test(line) &&
            !/eng-disable[ \t]+[\w, \t]+?[ \t]--[ \t]+\S+(?:\s+\S+){3,}/.test(line)
          )
            bare.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(bare, 'write `// eng-disable CHECK_ID -- why this is safe here`').toEqual([]);
  });

  it('does report an unguarded window without isolation or sandbox (the scan is not blind)', async () => {
    const canary = join(work, 'canary');
    mkdirSync(canary);
    writeFileSync(
      join(canary, 'main.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n',
    );
    const { result, attempts } = await scanOffline(run, canary);
    const ids = result.issues.filter((f) => f.severity.value >= MEDIUM).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
    expect(attempts).toEqual([]);
  });
});
