/**
 * Import benchmark (`npm run bench -- import`): preview and commit of
 *   import.encounters-csv  a generated 100,000-row encounters CSV (2,000 people, names and addresses,
 *                          English and German channels, dates and date-times) into an empty store,
 *   import.vcard           a generated 5,000-contact vCard file (3.0 through ical.js, a third 2.1 with
 *                          quoted-printable) into an empty store.
 * Each is measured as the app and the CLI run it: read the file, detect, parse and plan (preview), then
 * apply inside one store.update until the write is durable (commit). Median of 3 fresh stores; the first
 * run is reported as firstMs. `<name>.again` is the preview of the same file against the store that
 * now holds it (every row matched, nothing added). Targets: encounters ≤ 5,000 ms, vCard ≤ 2,000 ms
 * (preview + commit).
 *
 * Hostile files, each as the time to preview (parse and plan) and how it grows with the input:
 *   import.vcard-qp-soft-breaks  one vCard 2.1 NOTE in quoted-printable over 100,000 / 200,000 / 400,000
 *                                soft line breaks (was 57 s / 271 s / — when every break copied the value)
 *   import.sniff-one-line        detecting the format of a 30 MB and a 120 MB file without a line break, in a
 *                                fresh Node process each, with that process's peak memory (was 53 s and
 *                                2.7 GB / 174 s and 4.5 GB to be called "unknown")
 *   import.ics-every-second      200 and 2,000 events repeating every second (25 KB / 250 KB): preview time
 *                                and encounters, capped per event and per file (was 1,000,000 encounters
 *                                and a 273 MB data file for 200; out of memory after 216 s for 2,000)
 *   import.worker                the preview of the 100,000-row encounters CSV (against a store holding
 *                                it, and an empty one) in the import worker and in the calling thread: time,
 *                                and the longest the calling thread's event loop was blocked
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  applyImport,
  detectFormat,
  ImportError,
  parseImport,
  previewImport,
} from '../../electron/import/index';
import type { PreviewJob } from '../../electron/import/preview/job';
import {
  inlinePreviewRunner,
  type PreviewRunner,
  workerPreviewRunner,
} from '../../electron/import/preview/runner';
import { openStore } from '../../electron/store/index';
import { importWorkerOptions } from '../../scripts/build-entries.mjs';
import { emptyDatabase } from '../../shared/domain/schema';

const RUNS = 3;

/** `import.bench.ts sniff <megabytes>`: the child process of import.sniff-one-line. */
if (process.argv[2] === 'sniff') {
  const bytes = Buffer.from('name,'.repeat(Math.round((Number(process.argv[3]) * 1024 * 1024) / 5)));
  const start = performance.now();
  let reason = 'detected';
  try {
    detectFormat('one-line.csv', bytes);
  } catch (error) {
    reason = error instanceof ImportError ? error.reason : String(error);
  }
  const ms = performance.now() - start;
  process.stdout.write(
    `${JSON.stringify({ ms, reason, bytes: bytes.length, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
  process.exit(0);
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms);

/** A small deterministic generator, so every run imports the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const GIVEN = [
  'Anna',
  'Jörg',
  'Chloé',
  'Tomasz',
  'Priya',
  'Ben',
  'Lea',
  'Mehmet',
  'Sofia',
  'Lukas',
  'Emma',
  'Noah',
  'Mia',
  'Elias',
  'Zoë',
  'Karl',
];
const FAMILY = [
  'Berg',
  'Müller',
  'Dubois',
  'Nowak',
  'Raman',
  'Okafor',
  'Schmidt',
  'Yılmaz',
  'Rossi',
  'Weiß',
  'Lindqvist',
  'Haddad',
  'Köhler',
  'Novák',
  'García',
  'Smith',
];
const SUFFIXES = [
  '',
  'mann',
  'er',
  'hoff',
  'ski',
  'sen',
  'feld',
  'ow',
  'ini',
  'stedt',
  'hausen',
  'ez',
  'son',
  'dorf',
  'ich',
  'ová',
  'eau',
  'wald',
  'ling',
  'thal',
];

/** Person number i as given and family name: 6,400 different names, no digits (real names have none). */
function nameOf(i: number): [string, string] {
  const family = `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}${SUFFIXES[Math.floor(i / (GIVEN.length * FAMILY.length)) % SUFFIXES.length]}`;
  return [GIVEN[i % GIVEN.length]!, family];
}

const CHANNELS = [
  'in_person',
  'persönlich',
  'call',
  'Anruf',
  'video',
  'Video',
  'message',
  'Nachricht',
  'email',
  'E-Mail',
  'event',
  'Veranstaltung',
  'social',
];

function encountersCsv(rows: number, peopleCount: number): string {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const people = Array.from({ length: peopleCount }, (_, i) => {
    const [given, family] = nameOf(i);
    const email = `${given}.${family}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9.-]/g, '');
    // The same person written three ways across the file: name, "Family, Given", or with the address.
    return [`${given} ${family}`, `${family}, ${given}`, `${given} ${family} <${email}@example.org>`];
  });
  const lines = ['date,participants,channel,context,duration_min,notes'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 3 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const date =
      next() < 0.3 ? `${day}T${String(8 + Math.floor(next() * 10)).padStart(2, '0')}:30+01:00` : day;
    const count = next() < 0.8 ? 1 : 2 + Math.floor(next() * 3);
    const participants = Array.from({ length: count }, () => pick(pick(people))).join(';');
    const context = next() < 0.2 ? `Club ${Math.floor(next() * 20)}` : '';
    const minutes = next() < 0.5 ? String(15 + Math.floor(next() * 120)) : '';
    const notes = next() < 0.4 ? `"Talked about project ${i % 97}, and ""next steps"""` : '';
    lines.push(`${date},"${participants}",${pick(CHANNELS)},${context},${minutes},${notes}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function vcards(count: number): string {
  const next = random(7);
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const [given, family] = nameOf(i);
    const mail = `${given}.${family}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9.]/g, '');
    if (i % 3 === 2) {
      const qp = (s: string) =>
        [...Buffer.from(s, 'utf8')]
          .map((b) => (b > 0x7e || b === 0x3d ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b)))
          .join('');
      cards.push(
        [
          'BEGIN:VCARD',
          'VERSION:2.1',
          `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(family)};${qp(given)};;;`,
          `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(`${given} ${family}`)}`,
          `TEL;CELL;PREF:+49 171 ${1000000 + i}`,
          `EMAIL;PREF;INTERNET:${mail}@example.org`,
          `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp('Größte Freude am Segeln.')}=0D=0A=`,
          `${qp('Zweite Zeile.')}`,
          'END:VCARD',
        ].join('\r\n'),
      );
    } else {
      cards.push(
        [
          'BEGIN:VCARD',
          'VERSION:3.0',
          `N:${family};${given};;;`,
          `FN:${given} ${family}`,
          `ORG:Example ${Math.floor(next() * 200)} GmbH;Sales`,
          'TITLE:Head of Things\\, Europe',
          `item1.EMAIL;type=INTERNET;type=pref:${mail}@example.org`,
          'item1.X-ABLabel:_$!<Work>!$_',
          `EMAIL;type=INTERNET:${mail}@home.example`,
          `TEL;type=CELL:+49 160 ${2000000 + i}`,
          `TEL;type=WORK:+49 30 ${3000000 + i}`,
          `BDAY:--${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
          'CATEGORIES:Kunden,Newsletter',
          `NOTE:Met at the fair in ${2015 + (i % 10)}.\\nLikes sailing.`,
          'END:VCARD',
        ].join('\r\n'),
      );
    }
  }
  return `${cards.join('\r\n')}\r\n`;
}

async function measure(
  name: string,
  fileName: string,
  text: string,
  size: Record<string, number>,
  targetMs: number,
) {
  const dir = await mkdtemp(join(tmpdir(), 'tiefgang-import-bench-'));
  try {
    const file = join(dir, fileName);
    await writeFile(file, text);
    const bytes = Buffer.byteLength(text);
    const previews: number[] = [];
    const commits: number[] = [];
    const totals: number[] = [];
    let counts: Record<string, number> = {};
    let reimport = { ms: 0, skipped: 0, added: 0 };
    for (let run = 0; run < RUNS; run++) {
      gc();
      const store = await openStore({ path: join(dir, `tiefgang-${run}.json`) });
      const start = performance.now();
      const preview = previewImport(
        { fileName, bytes: await readFile(file), plan: { now: new Date().toISOString(), newId: randomUUID } },
        store.read(),
      );
      const previewed = performance.now();
      await store.update((draft) => applyImport(preview, draft));
      const done = performance.now();
      if (run === RUNS - 1) {
        // The same file again, against the store that now holds it: matching every row, nothing to add.
        gc();
        const again = performance.now();
        const second = previewImport(
          {
            fileName,
            bytes: await readFile(file),
            plan: { now: new Date().toISOString(), newId: randomUUID },
          },
          store.read(),
        );
        reimport = {
          ms: performance.now() - again,
          skipped: second.counts.skipped,
          added: second.counts.encounters,
        };
      }
      await store.close();
      previews.push(previewed - start);
      commits.push(done - previewed);
      totals.push(done - start);
      counts = {
        newPeople: preview.counts.newPeople,
        encounters: preview.counts.encounters,
        skipped: preview.counts.skipped,
      };
    }
    emit({
      name,
      value: round(median(totals)),
      unit: 'ms',
      size: { ...size, bytes },
      previewMs: round(median(previews)),
      commitMs: round(median(commits)),
      firstMs: round(totals[0]!),
      targetMs,
      withinTarget: median(totals) <= targetMs,
      counts,
    });
    emit({
      name: `${name}.again`,
      value: round(reimport.ms),
      unit: 'ms',
      size: { ...size, bytes },
      note: 'preview only: the same file against the store that holds it',
      counts: { alreadyPresent: reimport.skipped, added: reimport.added },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await measure(
  'import.encounters-csv',
  'encounters.csv',
  encountersCsv(100_000, 2_000),
  { rows: 100_000, people: 2_000 },
  5_000,
);
await measure('import.vcard', 'contacts.vcf', vcards(5_000), { contacts: 5_000 }, 2_000);

/** Median milliseconds of `runs` calls of `work`. */
function timed(work: () => void, runs = 3): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    gc();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function qpSoftBreaks(lines: number): string {
  const note = `${'=C3=A4=\r\n'.repeat(lines)}=C3=A4`;
  return `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Long Note\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${note}\r\nEND:VCARD\r\n`;
}

{
  const series = [100_000, 200_000, 400_000].map((lines) => {
    const text = qpSoftBreaks(lines);
    const ms = timed(() => parseImport('vcard', 'long.vcf', text));
    return { lines, bytes: Buffer.byteLength(text), ms: round(ms) };
  });
  const [, middle, last] = series as [unknown, { ms: number; bytes: number }, { ms: number }];
  emit({
    name: 'import.vcard-qp-soft-breaks',
    value: middle.ms,
    unit: 'ms',
    size: { continuationLines: 200_000, bytes: middle.bytes },
    series,
    growthPerDoubling: Number((last.ms / Math.max(1, middle.ms)).toFixed(2)),
    note: 'parse only; linear growth doubles the time when the lines double (was 57 s at 100,000, 271 s at 200,000)',
  });
}

{
  const series = [30, 120].map((megabytes) => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', new URL(import.meta.url).pathname, 'sniff', String(megabytes)],
      { encoding: 'utf8', env: process.env },
    );
    if (child.status !== 0) throw new Error(`sniff ${megabytes} MB failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim()) as {
      ms: number;
      reason: string;
      bytes: number;
      maxRssMb: number;
    };
    return {
      megabytes,
      bytes: result.bytes,
      ms: round(result.ms),
      reason: result.reason,
      maxRssMb: round(result.maxRssMb),
    };
  });
  emit({
    name: 'import.sniff-one-line',
    value: series[0]!.ms,
    unit: 'ms',
    size: { bytes: series[0]!.bytes, lines: 1 },
    series,
    note: 'detect only (decode + sniff), fresh process each; maxRssMb includes the file bytes and Node itself (was 53 s / 2.7 GB at 30 MB)',
  });
}

function everySecond(events: number): string {
  const lines = ['BEGIN:VCALENDAR'];
  for (let i = 0; i < events; i++) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${i}@example.org`,
      'DTSTART:20250101T090000Z',
      'RRULE:FREQ=SECONDLY',
      `ATTENDEE;CN=Person ${i}:mailto:p${i}@example.org`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

{
  const series = [200, 2_000].map((events) => {
    const text = everySecond(events);
    const bytes = Buffer.from(text);
    let counts: Record<string, number> = {};
    const ms = timed(() => {
      const preview = previewImport(
        {
          fileName: 'every-second.ics',
          bytes,
          parse: { window: { from: '2025-01-01', to: '2025-12-31' } },
          plan: { now: new Date().toISOString(), newId: randomUUID },
        },
        emptyDatabase(),
      );
      counts = { encounters: preview.counts.encounters, skipped: preview.counts.skipped };
    }, 1);
    return { events, bytes: bytes.length, ms: round(ms), ...counts };
  });
  emit({
    name: 'import.ics-every-second',
    value: series[0]!.ms,
    unit: 'ms',
    size: { events: 200, bytes: series[0]!.bytes },
    series,
    note: 'preview in this thread; capped at 5,000 occurrences per event and 50,000 per file (was 1,000,000 encounters for 200 events)',
  });
}

{
  // The worker as scripts/build.mjs bundles it, built from the current sources beside node_modules.
  const root = resolve(import.meta.dirname, '../..');
  const dir = await mkdtemp(join(root, 'node_modules/.cache/tiefgang-bench-worker-'));
  const workerFile = join(dir, 'import-worker.cjs');
  await build({ ...importWorkerOptions('main', workerFile, root), sourcemap: false });
  const text = encountersCsv(100_000, 2_000);
  const filled = await mkdtemp(join(tmpdir(), 'tiefgang-import-bench-'));
  const store = await openStore({ path: join(filled, 'tiefgang.json') });
  const first = previewImport(
    {
      fileName: 'encounters.csv',
      bytes: Buffer.from(text),
      plan: { now: new Date().toISOString(), newId: randomUUID },
    },
    store.read(),
  );
  await store.update((draft) => applyImport(first, draft));
  const job = (): PreviewJob => ({
    fileName: 'encounters.csv',
    bytes: Buffer.from(text),
    parse: {},
    plan: { now: new Date().toISOString() },
  });
  /** Watches the calling thread's event loop: the longest stretch in which a 2 ms timer could not run. */
  const loopWatch = () => {
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 2);
    return async () => {
      await new Promise((done) => setTimeout(done, 10));
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    };
  };
  type Db = Parameters<PreviewRunner['start']>[1];
  /** Median of 3: until the summary is there, and (worker) until the whole preview has crossed. */
  const measureRunner = async (runner: PreviewRunner, db: Db) => {
    const summaryMs: number[] = [];
    const summaryBlocked: number[] = [];
    const wholeMs: number[] = [];
    const wholeBlocked: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      gc();
      let stop = loopWatch();
      const start = performance.now();
      const handle = await runner.start(job(), db);
      summaryMs.push(performance.now() - start);
      summaryBlocked.push(await stop());
      stop = loopWatch();
      const asked = performance.now();
      await handle.preview();
      wholeMs.push(performance.now() - asked);
      wholeBlocked.push(await stop());
      handle.release();
    }
    return {
      summaryMs: round(median(summaryMs)),
      summaryBlockedMs: round(median(summaryBlocked)),
      wholePreviewMs: round(median(wholeMs)),
      wholePreviewBlockedMs: round(median(wholeBlocked)),
    };
  };
  const variants = [] as Record<string, unknown>[];
  for (const [data, db] of [
    ['empty store', emptyDatabase()],
    ['store holding the file', store.read()],
  ] as const) {
    const worker = await measureRunner(workerPreviewRunner({ workerFile }), db);
    const inline = await measureRunner(inlinePreviewRunner(randomUUID), db);
    variants.push({ data, worker, inline });
  }
  await store.close();
  await rm(filled, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
  const [empty] = variants as {
    worker: { summaryBlockedMs: number };
    inline: { summaryBlockedMs: number };
  }[];
  emit({
    name: 'import.worker',
    value: empty!.worker.summaryBlockedMs,
    unit: 'ms',
    size: { rows: 100_000, people: 2_000, bytes: Buffer.byteLength(text) },
    variants,
    note:
      'value: the longest the calling thread was blocked while the worker made the preview (into an empty store); ' +
      'summary* until the summary the app shows is there, wholePreview* the records crossing when the user commits; ' +
      'inline runs block for the whole preview',
  });
}
