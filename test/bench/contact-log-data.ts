/**
 * Generated exports for the contact-log benchmarks: a mailbox of any size (Thunderbird-style, with
 * newsletters, base64 attachments and long HTML lines, as a real one has) and WhatsApp chats of any
 * length. Deterministic: every run writes the same bytes.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const NAMES = [
  'Anna Berg',
  'Jörg Köhler',
  'Chloé Dubois',
  'Tomasz Nowak',
  'Priya Raman',
  'Ben Okafor',
  'Lea Schmidt',
  'Mehmet Yılmaz',
];
const pad = (n: number) => String(n).padStart(2, '0');
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Writes an mbox of about `bytes` bytes; returns the number of mails. */
export async function writeMbox(path: string, bytes: number): Promise<number> {
  const next = random(42);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const base64Line = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx'}\n`;
  const attachment = base64Line.repeat(400); // ≈ 30 kB, like a small PDF
  const htmlLine = `<p style="margin:0;font-family:Arial">${'Newsletter text with a link <a href="https://example.org/x">here</a>. '.repeat(60)}</p>\n`;
  let written = 0;
  let mails = 0;
  let t = Date.UTC(2019, 0, 1);
  const people = Array.from({ length: 3000 }, (_, i) => `person${i}@example${i % 50}.org`);
  while (written < bytes) {
    t += Math.floor(next() * 20 * 60_000);
    const d = new Date(t);
    const date = `${DAYS[(d.getUTCDay() + 6) % 7]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00 +0000`;
    const kind = next();
    const index = Math.floor(next() * next() * people.length);
    const other = people[index]!;
    const name = `${NAMES[index % NAMES.length]!.split(' ')[0]} ${NAMES[Math.floor(index / NAMES.length) % NAMES.length]!.split(' ')[1]}${index}`;
    const lines = [
      `From - ${date}`,
      'X-Mozilla-Status: 0001',
      `Received: from mx.example.org (mx.example.org [192.0.2.${mails % 250}])\n\tby mx.mustermann.at with ESMTPS id ${mails};\n\t${date}`,
    ];
    let body: string;
    if (kind < 0.35) {
      lines.push(
        `From: Newsletter <news@shop${mails % 40}.example.com>`,
        'To: max@mustermann.at',
        'List-Unsubscribe: <mailto:u@example.com>',
        'Precedence: bulk',
      );
      body = htmlLine.repeat(6);
    } else if (kind < 0.65) {
      lines.push(`From: ${name} <${other}>`, 'To: Max Mustermann <max@mustermann.at>');
      body = `Hallo Max,\n\n${'wie besprochen, hier die Unterlagen.\n'.repeat(8)}\nFrom my phone\n`;
    } else if (kind < 0.8) {
      lines.push(
        'From: Max Mustermann <max@mustermann.at>',
        `To: ${name} <${other}>`,
        `Cc: ${people[(mails * 7) % people.length]}`,
      );
      body = `Danke!\n${'> quoted text of the earlier mail\n'.repeat(30)}`;
    } else {
      lines.push(
        `From: ${name} <${other}>`,
        'To: max@mustermann.at',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
      );
      body = `--b1\nContent-Type: text/plain\n\nSiehe Anhang.\n--b1\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n${attachment}--b1--\n`;
    }
    lines.push(
      `Subject: =?UTF-8?Q?Nachricht_${mails}?=`,
      `Date: ${date}`,
      `Message-ID: <m${mails}@example.org>`,
      '',
      body,
    );
    const text = `${lines.join('\n')}\n`;
    written += Buffer.byteLength(text);
    mails++;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return mails;
}

/** A WhatsApp Android chat (German, 24 h) of `messages` messages between Max and Anna, some multi-line. */
export function whatsappChat(messages: number, senders = ['Anna Berg', 'Max Mustermann']): string {
  const next = random(7);
  const parts: string[] = [
    '02.01.19, 09:00 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.',
  ];
  let t = Date.UTC(2019, 0, 2, 9, 0);
  for (let i = 0; i < messages; i++) {
    t += Math.floor(next() * next() * 6 * 3600_000);
    const d = new Date(t);
    const stamp = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCFullYear() % 100)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    const who = senders[Math.floor(next() * senders.length)]!;
    const text =
      next() < 0.1
        ? 'Das ist eine längere Nachricht,\ndie über mehrere Zeilen geht\nund mit einem Gruß endet 🙂'
        : 'Alles klar, bis später!';
    parts.push(`${stamp} - ${who}: ${text}`);
  }
  return `${parts.join('\n')}\n`;
}
