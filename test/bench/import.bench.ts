/**
 * Import benchmark (`npm run bench -- import`): preview and commit of
 *   import.encounters-csv  a generated 100,000-row encounters CSV (2,000 people, names and addresses,
 *                          English and German channels, dates and date-times) into an empty store,
 *   import.vcard           a generated 5,000-contact vCard file (3.0 through ical.js, a third 2.1 with
 *                          quoted-printable) into an empty store.
 * Each is measured as the app and the CLI run it: read the file, detect, parse and plan (preview), then
 * apply inside one store.update until the write is durable (commit). Median of 3 fresh stores; the first
 * run is reported as firstMs. `<name>.again` is the preview of the same file against the store that
 * now holds it (every row matched, nothing added). Targets: encounters ≤ 5,000 ms, vCard ≤ 2,000 ms (preview + commit).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyImport, previewImport } from '../../electron/import/index';
import { openStore } from '../../electron/store/index';

const RUNS = 3;
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
