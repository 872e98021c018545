/**
 * Contact-log import benchmark (`npm run bench -- import`):
 *   import.mbox-1gb            a generated 1 GB Thunderbird mailbox (≈ 70,000 mails, a third newsletters,
 *                              attachments, long HTML lines), streamed, planned and committed into an empty
 *                              store, in its own process: time and peak RSS. Targets: ≤ 60 s, ≤ 300 MB.
 *   import.mbox-100mb          the same at a tenth of the size: peak memory must not grow with the file.
 *   import.whatsapp-100k       preview (read + plan) of a 100,000-message chat; median of 3. Target ≤ 3 s.
 *   import.whatsapp-100k.peer  whatsapp-chat-parser's parseString on the same text, side by side.
 *   import.hostile.*           10 million tiny WhatsApp messages, a line of 100 MB, a zip bomb: each
 *                              must end (imported or refused with a message) in bounded time and memory.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseString } from 'whatsapp-chat-parser';
import { bytesSource, readContactLog } from '../../electron/import/contact-log/index';
import { planContactLog } from '../../electron/import/contact-log/plan';
import { emptyDatabase } from '../../shared/domain/schema';
import { zipBytes } from '../harness/zip-writer';
import { whatsappChat, writeMbox } from './contact-log-data';

const ROOT = resolve(import.meta.dirname, '../..');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function child(file: string, db: string, ...flags: string[]): Record<string, unknown> {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/bench/contact-log-child.ts'), file, db, ...flags],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { ok: false, error: `child exited ${r.status}`, stderr: r.stderr.slice(0, 500) };
  }
}

const dir = await mkdtemp(join(tmpdir(), 'tiefgang-bench-logs-'));
try {
  // -- mailboxes ----------------------------------------------------------------------------------
  for (const [name, bytes] of [
    ['import.mbox-100mb', 100 * 1024 * 1024],
    ['import.mbox-1gb', 1024 * 1024 * 1024],
  ] as const) {
    const file = join(dir, `${name}.mbox`);
    const mails = await writeMbox(file, bytes);
    const result = child(file, join(dir, `${name}.json`), '--me', 'max@mustermann.at');
    emit({
      name,
      value: result.ms,
      unit: 'ms',
      size: { bytes, mails },
      maxRssMb: result.maxRssMb,
      readMs: result.readMs,
      planMs: result.planMs,
      commitMs: result.commitMs,
      encounters: result.encounters,
      people: result.people,
      skipped: result.skipped,
      targetMs: 60_000,
      targetRssMb: 300,
      withinTarget: result.ok === true && Number(result.ms) <= 60_000 && Number(result.maxRssMb) <= 300,
      ...(result.ok ? {} : { error: result.error, message: result.message }),
    });
    await rm(file, { force: true });
  }

  // -- a 100,000-message WhatsApp chat: preview in process, and the peer library on the same text ---
  const text = whatsappChat(100_000);
  const bytes = Buffer.from(text);
  const previews: number[] = [];
  let encounters = 0;
  for (let run = 0; run < 3; run++) {
    gc();
    const start = performance.now();
    const log = await readContactLog(bytesSource('WhatsApp Chat mit Anna Berg.txt', bytes), {
      owner: { names: ['Max Mustermann'], emails: [], phones: [], countryCode: '+43' },
      offsetAt: () => 60,
      offsetAtWallClock: () => 60,
    });
    const preview = planContactLog(log!, emptyDatabase(), {
      now: new Date().toISOString(),
      newId: () => `b${Math.random()}`,
    });
    previews.push(performance.now() - start);
    encounters = preview.counts.encounters;
  }
  emit({
    name: 'import.whatsapp-100k',
    value: Math.round(median(previews)),
    unit: 'ms',
    size: { messages: 100_000, bytes: bytes.length },
    firstMs: Math.round(previews[0]!),
    encounters,
    targetMs: 3000,
    withinTarget: median(previews) <= 3000,
  });
  const peer: number[] = [];
  let peerMessages = 0;
  for (let run = 0; run < 3; run++) {
    gc();
    const start = performance.now();
    peerMessages = parseString(text).length;
    peer.push(performance.now() - start);
  }
  emit({
    name: 'import.whatsapp-100k.peer',
    value: Math.round(median(peer)),
    unit: 'ms',
    size: { messages: 100_000, bytes: bytes.length },
    library: 'whatsapp-chat-parser parseString (parse only: no days, no owner, no plan)',
    messages: peerMessages,
  });

  // -- hostile files ---------------------------------------------------------------------------------
  const tiny = join(dir, 'WhatsApp Chat mit Anna Berg.txt');
  const out = createWriteStream(tiny, { highWaterMark: 1 << 20 });
  const block = Array.from(
    { length: 10_000 },
    (_, i) => `0${1 + (i % 9)}.03.24, 10:00 - ${i % 2 ? 'Anna Berg' : 'Max Mustermann'}: x`,
  ).join('\n');
  for (let i = 0; i < 1000; i++) if (!out.write(`${block}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  const flood = child(tiny, join(dir, 'flood.json'), '--preview', '--me', 'Max Mustermann');
  emit({
    name: 'import.hostile.10m-messages',
    value: flood.ms,
    unit: 'ms',
    size: { messages: 10_000_000 },
    maxRssMb: flood.maxRssMb,
    outcome: flood.ok ? 'imported' : flood.error,
    seen: flood.seen,
  });
  await rm(tiny, { force: true });

  const long = join(dir, 'WhatsApp Chat mit Ben.txt');
  await writeFile(
    long,
    Buffer.concat([
      Buffer.from('02.03.24, 09:12 - Ben: '),
      Buffer.alloc(100 * 1024 * 1024, 0x61),
      Buffer.from('\n'),
    ]),
  );
  const line = child(long, join(dir, 'long.json'), '--preview');
  emit({
    name: 'import.hostile.100mb-line',
    value: line.ms,
    unit: 'ms',
    size: { bytes: 100 * 1024 * 1024 },
    maxRssMb: line.maxRssMb,
    outcome: line.ok ? 'imported' : line.error,
  });
  await rm(long, { force: true });

  const bomb = join(dir, 'WhatsApp Chat - Bomb.zip');
  await writeFile(bomb, zipBytes([{ name: '_chat.txt', data: Buffer.alloc(1024 * 1024 * 1024, 0x0a) }]));
  const refused = child(bomb, join(dir, 'bomb.json'), '--preview');
  emit({
    name: 'import.hostile.zip-bomb',
    value: refused.ms,
    unit: 'ms',
    size: { unpackedBytes: 1024 * 1024 * 1024 },
    maxRssMb: refused.maxRssMb,
    outcome: refused.ok ? 'imported' : refused.error,
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}
