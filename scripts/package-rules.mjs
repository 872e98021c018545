// What `npm run package:check` demands of app.asar, as plain functions over file lists so that the rules
// are unit-tested (test/unit/package-rules.test.ts) without running electron-builder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built files that must be in app.asar (at least these; every other built file is checked too). */
export const REQUIRED_ENTRIES = [
  'package.json',
  'out/main/index.cjs',
  // Started by the main process for every import preview (worker_threads; Electron reads it from app.asar).
  'out/main/import-worker.cjs',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/cli/import-worker.mjs',
];

const TEST_DIR = /^(?:test|tests|__tests__|__mocks__|spec|fixtures|__fixtures__|coverage)$/i;
const TEST_FILE = /\.(?:test|spec|bench)\.[cm]?[jt]sx?$/i;
const SOURCE_MAP = /\.map$/i;
const TS_SOURCE = /\.(?:ts|tsx|mts|cts)$/i;
const TS_DECLARATION = /\.d\.(?:ts|mts|cts)$/i;
const ALLOWED_TOP = new Set(['package.json', 'out', 'node_modules']);
const ALLOWED_OUT = new Set(['main', 'preload', 'renderer', 'cli']);

const toPosix = (p) => p.split(sep).join('/');

/**
 * Install paths (relative to `root`, posix, e.g. `node_modules/lowdb`, `node_modules/a/node_modules/b`) of
 * every package the app needs at run time: package.json "dependencies", their dependencies, optional
 * dependencies that are installed and non-optional peer dependencies, resolved the way Node resolves them.
 * Throws when a required package is not installed.
 */
export function productionPackages(root) {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const found = new Map(); // install path -> package name
  const queue = [{ fromDir: root, deps: requiredDeps(rootPkg), optional: optionalDeps(rootPkg) }];
  while (queue.length > 0) {
    const { fromDir, deps, optional } = queue.shift();
    for (const name of [...deps, ...optional]) {
      const dir = resolvePackageDir(root, fromDir, name);
      if (dir === null) {
        if (optional.includes(name)) continue;
        throw new Error(
          `production dependency "${name}" (needed by ${relative(root, fromDir) || 'the app'}) is not installed: run npm install`,
        );
      }
      const key = toPosix(relative(root, dir));
      if (found.has(key)) continue;
      found.set(key, name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      queue.push({ fromDir: dir, deps: requiredDeps(pkg), optional: optionalDeps(pkg) });
    }
  }
  return found;
}

function requiredDeps(pkg) {
  const peers = Object.keys(pkg.peerDependencies ?? {}).filter(
    (name) => !pkg.peerDependenciesMeta?.[name]?.optional,
  );
  return [...new Set([...Object.keys(pkg.dependencies ?? {}), ...peers])];
}

function optionalDeps(pkg) {
  return Object.keys(pkg.optionalDependencies ?? {});
}

/** Node's lookup: <dir>/node_modules/<name>, then the parent folders' node_modules, up to `root`. */
function resolvePackageDir(root, fromDir, name) {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root) return null;
    const parent = join(dir, '..');
    if (relative(root, parent).startsWith('..')) return null;
    dir = parent;
  }
}

/** Every file below `dir`, as posix paths relative to `base`. */
export function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else out.push(toPosix(relative(base, full)));
  }
  return out;
}

/** The install path of the package a node_modules file belongs to (`node_modules/@s/a/node_modules/b`). */
export function packageOf(file) {
  const parts = file.split('/');
  let end = -1;
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'node_modules') continue;
    const scoped = parts[i + 1]?.startsWith('@');
    end = scoped ? i + 2 : i + 1;
    i = end;
  }
  return end < 0 ? null : parts.slice(0, end + 1).join('/');
}

/**
 * Checks the file list of app.asar (posix paths without a leading slash).
 * @param {object} input
 * @param {string[]} input.asarFiles files (not folders) in app.asar
 * @param {string[]} input.builtFiles files of the local build (out/main, out/preload, out/renderer, out/cli)
 * @param {Map<string,string>} input.production install path -> name of every production package
 * @param {string[]} input.devDependencies names in package.json "devDependencies"
 * @returns {string[]} problems, each a sentence naming the file and what is wrong; empty when all is well
 */
export function checkAsarFiles({ asarFiles, builtFiles, production, devDependencies }) {
  const problems = [];
  const files = new Set(asarFiles);

  for (const entry of REQUIRED_ENTRIES) {
    if (!files.has(entry)) problems.push(`missing ${entry}: the built app is incomplete`);
  }
  if (!asarFiles.some((f) => /^out\/renderer\/assets\/.+\.js$/.test(f))) {
    problems.push('missing out/renderer/assets/*.js: the renderer bundle is not in app.asar');
  }
  for (const file of builtFiles) {
    if (SOURCE_MAP.test(file)) continue;
    if (!files.has(file)) problems.push(`missing ${file}: built locally but not packed`);
  }
  for (const path of production.keys()) {
    if (!files.has(`${path}/package.json`)) {
      problems.push(`missing production dependency ${path} (${production.get(path)})`);
    }
  }

  const devOnly = new Set(devDependencies.filter((name) => ![...production.values()].includes(name)));
  const strays = new Set();
  for (const file of asarFiles) {
    const parts = file.split('/');
    const top = parts[0] ?? '';
    if (!ALLOWED_TOP.has(top)) {
      problems.push(`unexpected ${file}: only package.json, out/ and node_modules/ belong in app.asar`);
      continue;
    }
    if (top === 'out' && !ALLOWED_OUT.has(parts[1] ?? '')) {
      problems.push(`unexpected ${file}: only out/main, out/preload, out/renderer and out/cli are shipped`);
      continue;
    }
    if (SOURCE_MAP.test(file))
      problems.push(`source map ${file} must not be shipped (it embeds the sources)`);
    else if (TS_SOURCE.test(file) && !TS_DECLARATION.test(file)) problems.push(`TypeScript source ${file}`);
    if (TEST_FILE.test(file)) problems.push(`test file ${file}`);
    const testDir = parts.slice(0, -1).find((p) => TEST_DIR.test(p));
    if (testDir) problems.push(`test or fixture folder "${testDir}" in ${file}`);
    if (top === 'node_modules') {
      const pkg = packageOf(file);
      if (pkg === null || production.has(pkg)) continue;
      const name = pkg.split('node_modules/').pop();
      if (!strays.has(pkg)) {
        strays.add(pkg);
        problems.push(
          devOnly.has(name)
            ? `dev dependency ${pkg} is packed`
            : `package ${pkg} is packed but is no production dependency`,
        );
      }
    }
  }
  return problems;
}
