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
 * Records are never mutated in place (see Store.update), so each record's bytes can be cached by object
 * identity: after one record changes, a write encodes only that record and hands the cached pieces to
 * one gathering write (`writev`), without building the whole file as one string.
 */

const SEPARATOR = ',\n    ';
const SEPARATOR_BYTES = Buffer.byteLength(SEPARATOR);

export class RecordSerializer {
  /** The UTF-8 bytes of `SEPARATOR + JSON.stringify(record)`; the first record of a list skips the separator. */
  readonly #cache = new WeakMap<object, Buffer>();

  /** The whole file as byte pieces, in order. Concatenated they are `serialize(data)`. */
  chunks(data: object): Buffer[] {
    const out: Buffer[] = [];
    let first = true;
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const lead = `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
      first = false;
      if (Array.isArray(value) && value.length > 0) {
        out.push(Buffer.from(`${lead}[\n    `));
        for (let i = 0; i < value.length; i++) {
          const bytes = this.#bytes(value[i]);
          out.push(i === 0 ? bytes.subarray(SEPARATOR_BYTES) : bytes);
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

  /**
   * Fills the cache for `records` a slice at a time between other work (after a load, so that the first
   * write does not pay for serialising every record). Returns a function that stops it.
   */
  warm(records: readonly unknown[], sliceSize = 2000): () => void {
    let index = 0;
    let stopped = false;
    let timer: NodeJS.Immediate | undefined;
    const step = () => {
      if (stopped) return;
      const end = Math.min(records.length, index + sliceSize);
      for (; index < end; index++) this.#bytes(records[index]);
      if (index < records.length) timer = setImmediate(step);
    };
    timer = setImmediate(step);
    return () => {
      stopped = true;
      if (timer) clearImmediate(timer);
    };
  }

  #bytes(record: unknown): Buffer {
    if (typeof record !== 'object' || record === null) return Buffer.from(SEPARATOR + JSON.stringify(record));
    let bytes = this.#cache.get(record);
    if (bytes === undefined) {
      bytes = Buffer.from(SEPARATOR + JSON.stringify(record));
      this.#cache.set(record, bytes);
    }
    return bytes;
  }
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
