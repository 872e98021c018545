/**
 * The data file layout: human-readable JSON with every top-level key on its own line and one record per
 * line inside the arrays, e.g.
 *
 *   {
 *     "schemaVersion": 1,
 *     "people": [
 *       {"id":"…","displayName":"Anna Berger",…},
 *       {"id":"…","displayName":"Ben Okafor",…}
 *     ],
 *     …
 *     "settings": {
 *       "ownerName": "…",
 *       "model": {"ringCaps": [5,15,50,150], …}
 *     }
 *   }
 *
 * Records are never mutated in place (see Store.update), so each record's JSON can be cached by object
 * identity, and the bytes of blocks of records can be reused while the same records sit at the same
 * places: after one record is added or changed, a write serialises that record, re-encodes its block,
 * and hands the pieces to one gathering write (`writev`) — the whole file is never built as one string.
 */

const SEPARATOR = ',\n    ';
const SEPARATOR_BYTES = Buffer.from(SEPARATOR);
/** Records per block of bytes: big enough for few write pieces, small enough to re-encode quickly. */
const BLOCK = 256;

interface Blocks {
  /** The list the blocks were made from (kept to compare by identity, index by index). */
  records: readonly unknown[];
  bytes: Buffer[];
}

export class RecordSerializer {
  /** Each record's JSON, by identity (records are never mutated, so it stays true). */
  readonly #json = new WeakMap<object, string>();
  /** Per top-level list: its records' bytes in blocks of BLOCK, from the last time it was serialised. */
  readonly #blocks = new Map<string, Blocks>();

  /**
   * The whole file as byte pieces, in order; concatenated they are `serialize(data)`. A block of records
   * whose records are all the same objects at the same places as last time is reused as it is; others
   * are re-joined from the cached record JSON — so adding one encounter re-encodes one block.
   */
  chunks(data: object): Buffer[] {
    const out: Buffer[] = [];
    let first = true;
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const lead = `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
      first = false;
      if (Array.isArray(value) && value.length > 0) {
        out.push(Buffer.from(`${lead}[\n    `));
        const blocks = this.#blocksOf(key, value);
        for (let b = 0; b < blocks.length; b++) {
          if (b > 0) out.push(SEPARATOR_BYTES);
          out.push(blocks[b]!);
        }
        out.push(Buffer.from('\n  ]'));
      } else {
        out.push(Buffer.from(lead + (Array.isArray(value) ? '[]' : pretty(value, '  '))));
      }
    }
    out.push(Buffer.from(first ? '{}\n' : '\n}\n'));
    return out;
  }

  /** The whole file text (for export; the store writes `chunks` directly). */
  serialize(data: object): string {
    return Buffer.concat(this.chunks(data)).toString('utf8');
  }

  /** The cached JSON of one record. */
  record(record: unknown): string {
    if (typeof record !== 'object' || record === null) return JSON.stringify(record);
    let json = this.#json.get(record);
    if (json === undefined) {
      json = JSON.stringify(record);
      this.#json.set(record, json);
    }
    return json;
  }

  /**
   * Fills the record cache for `records` a slice at a time between other work (after a load, so that the
   * first write does not pay for serialising every record). Returns a function that stops it.
   */
  warm(records: readonly unknown[], sliceSize = 2000): () => void {
    let index = 0;
    let stopped = false;
    let timer: NodeJS.Immediate | undefined;
    const step = () => {
      if (stopped) return;
      const end = Math.min(records.length, index + sliceSize);
      for (; index < end; index++) this.record(records[index]);
      if (index < records.length) timer = setImmediate(step);
    };
    timer = setImmediate(step);
    return () => {
      stopped = true;
      if (timer) clearImmediate(timer);
    };
  }

  #blocksOf(key: string, records: readonly unknown[]): Buffer[] {
    const previous = this.#blocks.get(key);
    const bytes: Buffer[] = [];
    for (let start = 0; start < records.length; start += BLOCK) {
      const end = Math.min(records.length, start + BLOCK);
      const reusable = previous?.bytes[start / BLOCK];
      if (reusable && sameSlice(records, previous.records, start, end)) {
        bytes.push(reusable);
        continue;
      }
      const parts = new Array<string>(end - start);
      for (let i = start; i < end; i++) parts[i - start] = this.record(records[i]);
      bytes.push(Buffer.from(parts.join(SEPARATOR)));
    }
    this.#blocks.set(key, { records, bytes });
    return bytes;
  }
}

/** Whether the block [start, end) of `a` is exactly last time's block of `b`: same bounds, same objects. */
function sameSlice(a: readonly unknown[], b: readonly unknown[], start: number, end: number): boolean {
  if (Math.min(b.length, start + BLOCK) !== end) return false;
  for (let i = start; i < end; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Indented JSON like `JSON.stringify(v, null, 2)`, except that lists of plain values stay on one line. */
export function pretty(value: unknown, indent: string): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return JSON.stringify(value);
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const inner = `${indent}  `;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}
