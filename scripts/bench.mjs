#!/usr/bin/env node
// `npm run bench [-- name…]`: runs every test/bench/*.bench.ts (or those whose name contains one of the
// given words) one after another, each in its own Node process via tsx. Each benchmark prints JSON
// lines: {"name", "value", "unit", "size", ...}. Results go to stdout unchanged.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/bench');
const words = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => words.length === 0 || words.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  console.error(`bench: no benchmark matches ${words.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) {
    console.error(`bench: ${file} exited with ${r.status}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
