/**
 * Store benchmark (`npm run bench -- store`): at 1,000 / 10,000 / 100,000 encounters (with a tenth as
 * many people), measures
 *   store.serialize   the file's byte pieces after one record changed, with the record cache (median of 9;
 *                     coldMs: with nothing cached),
 *   store.load        read + JSON.parse + migrate + zod validation of the whole file (median of 5; the
 *                     first, cold run is reported as firstMs),
 *   store.open        openStore as the app calls it (lock, load, freeze), once,
 *   store.log-durable one `encounters.create` through the service until the write is durable (median of
 *                     9; firstMs is the first log after opening, which also takes the day's backup),
 *   store.open-encrypted / store.log-durable-encrypted  the same on the file encrypted at rest (keyMs: the
 *                     scrypt derivation of the key, paid once per start without the keychain),
 * and beside each the floor: writing and fsyncing the same bytes with plain fs (store.write-fsync-floor,
 * median of 9; also floorMs on the log line), and reading them (readFloorMs on the load line).
 * cpuMs is the process CPU time of the same runs (all threads, so GC helpers count): on a busy machine
 * wall time grows while cpuMs stays put, which tells the two apart.
 * Targets: 10k log ≤ 50 ms; 100k log ≤ 400 ms and ≤ 3× floor; 100k load ≤ 500 ms.
 */
import { mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addEncounter } from '../../electron/services/encounters/encounters';
import { decodeDatabase } from '../../electron/store/decode';
import { writeFileDurable } from '../../electron/store/durable-write';
import { deriveKey } from '../../electron/store/encryption';
import { unlockWithKey } from '../../electron/store/file-format';
import { openStore } from '../../electron/store/index';
import { RecordSerializer } from '../../electron/store/serialize';
import { syntheticDatabase } from '../harness/synthetic-db';

const SIZES = [1_000, 10_000, 100_000];
const LOAD_RUNS = 5;
const LOG_RUNS = 9;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** The floor: the same bytes written and fsynced with plain fs (no temp file, no rename). */
async function floorMs(path: string, bytes: Buffer): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < LOG_RUNS; i++) {
    const t = performance.now();
    const handle = await open(path, 'w');
    await handle.write(bytes);
    await handle.sync();
    await handle.close();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function bench(encounters: number, dir: string): Promise<void> {
  let t: number;
  const people = Math.round(encounters / 10);
  const size = { encounters, people };
  const file = join(dir, `tiefgang-${encounters}.json`);
  const data = syntheticDatabase(encounters);
  await writeFileDurable(file, new RecordSerializer().serialize(data));
  gc();

  // The record cache: all pieces of the file from nothing, and again after one record changed.
  const serializer = new RecordSerializer();
  t = performance.now();
  serializer.chunks(data);
  const coldMs = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < LOG_RUNS; i++) {
    const changed = {
      ...data,
      encounters: data.encounters.map((e, j) => (j === i ? { ...e, notes: `n${i}` } : e)),
    };
    t = performance.now();
    serializer.chunks(changed);
    warm.push(performance.now() - t);
  }
  emit({
    name: 'store.serialize',
    value: round(median(warm)),
    unit: 'ms',
    size,
    coldMs: round(coldMs),
    runs: LOG_RUNS,
  });
  gc();

  const loads: number[] = [];
  const loadCpu: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    decodeDatabase(await readFile(file, 'utf8'));
    loads.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    loadCpu.push((used.user + used.system) / 1000);
    gc();
  }
  const reads: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    t = performance.now();
    await readFile(file);
    reads.push(performance.now() - t);
  }
  const bytes = (await readFile(file)).length;
  emit({
    name: 'store.load',
    value: round(median(loads)),
    unit: 'ms',
    size,
    bytes,
    firstMs: round(loads[0]!),
    cpuMs: round(median(loadCpu)),
    readFloorMs: round(median(reads)),
    runs: LOAD_RUNS,
  });

  t = performance.now();
  const store = await openStore({ path: file });
  emit({ name: 'store.open', value: round(performance.now() - t), unit: 'ms', size });

  const person = store.read().people[0]!.id;
  const logs: number[] = [];
  const logCpu: number[] = [];
  for (let i = 0; i < LOG_RUNS; i++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    await store.update((db) =>
      addEncounter(db, { date: '2026-11-27', participants: [person], channel: 'call', notes: `bench ${i}` }),
    );
    logs.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    logCpu.push((used.user + used.system) / 1000);
  }
  await store.close();
  const floor = await floorMs(join(dir, 'floor.json'), await readFile(file));
  const value = median(logs);
  emit({
    name: 'store.write-fsync-floor',
    value: round(floor),
    unit: 'ms',
    size,
    bytes: (await readFile(file)).length,
  });
  emit({
    name: 'store.log-durable',
    value: round(value),
    unit: 'ms',
    size,
    floorMs: round(floor),
    ratioToFloor: round(value / floor),
    firstMs: round(logs[0]!),
    cpuMs: round(median(logCpu)),
    runs: LOG_RUNS,
  });
  await rm(file, { force: true });
  await rm(join(dir, 'floor.json'), { force: true });
  await rm(join(dir, 'backups'), { recursive: true, force: true });
  gc();
  await benchEncrypted(data, size, dir);
}

/**
 * The same file encrypted (encryption at rest): opening it with the key already derived (as with a key
 * from the keychain; the scrypt derivation is measured once, as keyMs), and logging one encounter, which
 * encrypts and writes the whole file.
 */
async function benchEncrypted(
  data: ReturnType<typeof syntheticDatabase>,
  size: Record<string, number>,
  dir: string,
): Promise<void> {
  const file = join(dir, `tiefgang-encrypted-${size.encounters}.json`);
  await writeFileDurable(file, new RecordSerializer().serialize(data));
  let t = performance.now();
  const key = await deriveKey('benchmark passphrase');
  const keyMs = performance.now() - t;
  const plain = await openStore({ path: file });
  await plain.setEncryption(key);
  await plain.close();
  await rm(join(dir, 'backups'), { recursive: true, force: true });
  gc();
  t = performance.now();
  const store = await openStore({ path: file, unlock: unlockWithKey(key) });
  emit({
    name: 'store.open-encrypted',
    value: round(performance.now() - t),
    unit: 'ms',
    size,
    keyMs: round(keyMs),
  });
  const person = store.read().people[0]!.id;
  const logs: number[] = [];
  const logCpu: number[] = [];
  for (let i = 0; i < LOG_RUNS; i++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    await store.update((db) =>
      addEncounter(db, { date: '2026-11-27', participants: [person], channel: 'call', notes: `e ${i}` }),
    );
    logs.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    logCpu.push((used.user + used.system) / 1000);
  }
  await store.close();
  emit({
    name: 'store.log-durable-encrypted',
    value: round(median(logs)),
    unit: 'ms',
    size,
    bytes: (await readFile(file)).length,
    firstMs: round(logs[0]!),
    cpuMs: round(median(logCpu)),
    runs: LOG_RUNS,
  });
  for (const name of await readdir(dir))
    if (name !== 'floor.json') await rm(join(dir, name), { recursive: true, force: true });
  gc();
}

const dir = await mkdtemp(join(tmpdir(), 'tiefgang-bench-'));
try {
  for (const n of SIZES) await bench(n, dir);
} finally {
  await rm(dir, { recursive: true, force: true });
}
