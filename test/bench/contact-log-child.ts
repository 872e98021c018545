/**
 * One measured import in a fresh process (so its peak memory is its own): reads the export streamed,
 * plans it against the store and, unless `--preview`, commits it in one write. Prints one JSON line
 * with the time, the peak resident memory and what was read. Used by import-contact-logs.bench.ts.
 *
 *   node --import tsx contact-log-child.ts FILE DB [--preview] [--me ADDRESS]
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { applyContactLog } from '../../electron/import/contact-log/apply';
import { fileSource, readContactLog } from '../../electron/import/contact-log/index';
import { planContactLog } from '../../electron/import/contact-log/plan';
import { ImportError } from '../../electron/import/errors';
import { openStore } from '../../electron/store/index';

const [file, db, ...flags] = process.argv.slice(2);
const me = flags.includes('--me') ? [flags[flags.indexOf('--me') + 1]!] : [];
const started = performance.now();
/**
 * Peak resident memory of this process, from the kernel (VmHWM). Not `resourceUsage().maxRSS`: that
 * survives exec and so reports the parent's peak when the parent was larger.
 */
function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return Math.round((Number.isFinite(kb) ? kb * 1024 : process.memoryUsage.rss()) / (1024 * 1024));
}
try {
  const source = await fileSource(file!, basename(file!));
  const log = await readContactLog(source, {
    owner: { names: me, emails: me.filter((m) => m.includes('@')), phones: [], countryCode: '+43' },
    offsetAt: () => 60,
    offsetAtWallClock: () => 60,
  });
  if (!log) throw new Error('not recognised');
  const read = performance.now();
  const store = await openStore({ path: db! });
  const preview = planContactLog(log, store.read(), { now: new Date().toISOString(), newId: randomUUID });
  const planned = performance.now();
  if (!flags.includes('--preview')) await store.update((draft) => applyContactLog(preview, draft));
  await store.close();
  const done = performance.now();
  process.stdout.write(
    `${JSON.stringify({
      ok: true,
      ms: Math.round(done - started),
      readMs: Math.round(read - started),
      planMs: Math.round(planned - read),
      commitMs: Math.round(done - planned),
      maxRssMb: peakRssMb(),
      seen: log.seen,
      encounters: preview.counts.encounters,
      people: preview.counts.newPeople + preview.counts.matchedPeople,
      skipped: preview.counts.skipped,
    })}\n`,
  );
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({
      ok: false,
      ms: Math.round(performance.now() - started),
      maxRssMb: peakRssMb(),
      error: error instanceof ImportError ? error.reason : String(error),
      message: (error as Error).message.slice(0, 300),
    })}\n`,
  );
}
