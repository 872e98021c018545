/**
 * Print benchmark (`npm run bench -- print`): the coaching pack (map, figures, drift: three pages) for a
 * synthetic network, printed from the command line exactly as a user would — a new process running
 * `tiefgang print --pack --drift` (through tsx, as `npm run cli` does), which reads the data file,
 * starts Debian Chromium, renders the print page and writes the PDF. Wall time from spawn to exit,
 * median of 3 runs (the first, cold run is reported as firstMs). Target: 1,000 people ≤ 10 s.
 * Needs the built renderer (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultModelParams } from '../../shared/domain/model-params';
import { emptyDatabase } from '../../shared/domain/schema';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = [200, 1_000, 2_000];
const RUNS = 3;
const END = '2026-11-27';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function bench(people: number, dir: string): Promise<void> {
  const encounters = people * 20;
  const net = generateSyntheticNetwork({ seed: 11, people, encounters, end: END });
  const db = emptyDatabase();
  db.people = net.people;
  db.encounters = net.encounters;
  db.contexts = net.contexts;
  db.ties = net.ties;
  db.settings = { ...db.settings, ownerName: 'Bench Owner', model: defaultModelParams };
  const dbPath = join(dir, `db-${people}.json`);
  await writeFile(dbPath, JSON.stringify(db));
  const out = join(dir, `pack-${people}.pdf`);
  const times: number[] = [];
  let stdout = '';
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'electron/cli/index.ts',
        'print',
        '--out',
        out,
        '--db',
        dbPath,
        '--as-of',
        END,
        '--pack',
        '--drift',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } },
    );
    times.push(performance.now() - started);
    if (r.status !== 0) throw new Error(`print failed (${r.status}): ${r.stderr}`);
    stdout = r.stdout;
  }
  const pages = Number(/: (\d+) pages?,/.exec(stdout)?.[1]);
  const ms = median(times);
  process.stdout.write(
    `${JSON.stringify({
      name: 'print.pack-cli',
      value: Math.round(ms),
      unit: 'ms',
      size: people,
      encounters,
      ties: net.ties.length,
      pages,
      pdfBytes: (await stat(out)).size,
      firstMs: Math.round(times[0]!),
      runs: times.map((t) => Math.round(t)),
      targetMs: people === 1_000 ? 10_000 : undefined,
    })}\n`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'tiefgang-print-bench-'));
try {
  for (const size of SIZES) await bench(size, dir);
} finally {
  await rm(dir, { recursive: true, force: true });
}
