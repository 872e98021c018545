#!/usr/bin/env node
// `npm run package:check`: packs the app the way the installers do and checks what ends up in app.asar,
// without internet.
//
// Real installers need the Electron binaries, which electron-builder downloads. Here electron-builder runs
// for `--linux --dir` with `electronDist` pointing at a stand-in Electron folder (a placeholder `electron`
// executable, nothing else), so it does everything up to and including app.asar: file selection from
// electron-builder.yml, the production dependencies, asar packing and its sanity check. The one step
// left out is flipping the Electron fuses: @electron/fuses patches the real binary and refuses a
// placeholder, so this run sets `electronFuses: null`. Every network connection is refused and reported.
//
// Then it opens app.asar with @electron/asar and fails (exit 1, one line per problem) unless it holds the
// built main, preload, renderer and CLI and exactly the production dependencies, and no tests, test
// folders, fixtures, source maps, TypeScript sources or dev dependencies. It ends with one JSON line.
//
//   npm run package:check [-- --build] [-- --keep]
//     --build  rebuild out/ first (otherwise it is built only when missing)
//     --keep   keep the packed app folder and print where it is
import { spawnSync } from 'node:child_process';
import dns from 'node:dns';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAsarFiles, listFiles, productionPackages, REQUIRED_ENTRIES } from './package-rules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const started = performance.now();

function fail(message) {
  console.error(`package:check: ${message}`);
  process.exit(1);
}

// 1. Refuse and record every network connection this process tries (electron-builder runs in-process).
const attempts = [];
function refuse(what) {
  attempts.push(what);
  throw new Error(`package:check forbids network access (${what})`);
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...a) {
  const first = Array.isArray(a[0]) ? a[0][0] : a[0]; // net.connect() passes [options, callback]
  const opts = typeof first === 'object' && first !== null ? first : { port: first, host: a[1] };
  if (opts.path) return connect.apply(this, a); // local IPC sockets are fine
  return refuse(`connect ${opts.host ?? 'localhost'}:${opts.port}`);
};
dns.lookup = (host) => refuse(`dns lookup ${host}`);
dns.promises.lookup = async (host) => refuse(`dns lookup ${host}`);

// 2. The build.
const built = REQUIRED_ENTRIES.filter((f) => f.startsWith('out/'));
const missing = () => built.filter((f) => !existsSync(join(root, f)));
if (args.has('--build') || missing().length > 0) {
  console.log(
    `package:check: building (${args.has('--build') ? '--build' : `missing ${missing().join(', ')}`})`,
  );
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) fail(`npm run build failed (exit ${r.status}); fix the build first`);
  if (missing().length > 0) fail(`the build did not produce ${missing().join(', ')}`);
}

// 3. A stand-in Electron distribution: electron-builder copies this folder as the app's runtime and
// renames `electron` to the executable name; it needs nothing else for a Linux `dir` target.
const work = await mkdtemp(join(tmpdir(), 'tiefgang-package-check-'));
const electronDist = join(work, 'electron-dist');
const output = join(work, 'dist');
await mkdir(electronDist, { recursive: true });
await writeFile(
  join(electronDist, 'electron'),
  '#!/bin/sh\necho "stand-in Electron from npm run package:check: it cannot run the app" >&2\nexit 1\n',
);
await chmod(join(electronDist, 'electron'), 0o755);

// 4. electron-builder, programmatically, with electron-builder.yml plus the overrides of this check.
const require = createRequire(import.meta.url);
const { build, Platform, Arch } = require('electron-builder');
const arch = Arch[process.arch] ?? Arch.x64;
try {
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', arch),
    publish: 'never',
    config: {
      electronDist,
      directories: { output },
      electronFuses: null, // a placeholder binary has no fuse wire; see the header comment
      npmRebuild: false, // nothing to rebuild (no native modules) and it would want Electron headers
    },
  });
} catch (error) {
  await cleanUp();
  fail(`electron-builder failed: ${error instanceof Error ? error.message : String(error)}`);
}
if (attempts.length > 0) {
  await cleanUp();
  fail(`network access was attempted: ${attempts.join('; ')}`);
}

// 5. The asar.
const archDir = arch === Arch.x64 ? 'linux-unpacked' : `linux-${Arch[arch]}-unpacked`;
const asarPath = join(output, archDir, 'resources', 'app.asar');
const asarStat = await stat(asarPath).catch(() => null);
if (asarStat === null) {
  await cleanUp();
  fail(`electron-builder produced no ${asarPath}`);
}
const asar = require('@electron/asar');
const asarFiles = asar
  .listPackage(asarPath, { isPack: false })
  .map((p) => p.replace(/\\/g, '/').replace(/^\//, ''))
  .filter((p) => {
    const entry = asar.statFile(asarPath, p, false);
    return !('files' in entry);
  });
const builtFiles = ['out/main', 'out/preload', 'out/renderer', 'out/cli']
  .filter((d) => existsSync(join(root, d)))
  .flatMap((d) => listFiles(join(root, d), root));
const pkg = require(join(root, 'package.json'));
let production;
try {
  production = productionPackages(root);
} catch (error) {
  await cleanUp();
  fail(error.message);
}
const problems = checkAsarFiles({
  asarFiles,
  builtFiles,
  production,
  devDependencies: Object.keys(pkg.devDependencies ?? {}),
});
if (args.has('--keep')) console.log(`package:check: packed app kept in ${join(output, archDir)}`);
else await cleanUp();

const mb = asarStat.size / 1024 / 1024;
if (problems.length > 0) {
  for (const p of problems) console.error(`package:check: ${p}`);
  fail(`${problems.length} problem(s) in app.asar (${asarStat.size} bytes)`);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `package:check: app.asar OK: ${asarStat.size} bytes (${mb.toFixed(2)} MB), ${asarFiles.length} files, ` +
    `${production.size} production packages; electron fuses not flipped (stand-in Electron)`,
);
console.log(
  JSON.stringify({
    name: 'app.asar size',
    value: asarStat.size,
    unit: 'bytes',
    mb: Number(mb.toFixed(2)),
    files: asarFiles.length,
    productionPackages: production.size,
    seconds: Number(seconds.toFixed(1)),
  }),
);

async function cleanUp() {
  await rm(work, { recursive: true, force: true });
}
