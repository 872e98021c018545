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
 *       …
 *     }
 *   }
 *
 * Records are never mutated in place (see Store.update), so each record's JSON can be cached by object
 * identity: after one record changes, a write re-serialises only that record and joins cached strings.
 */

export class RecordSerializer {
  readonly #cache = new WeakMap<object, string>();

  /** The whole file text. Arrays of objects are written one record per line; other values indented. */
  serialize(data: object): string {
    const lines: string[] = [];
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const body = Array.isArray(value) ? this.#array(value) : pretty(value, '  ');
      lines.push(`  ${JSON.stringify(key)}: ${body}`);
    }
    return `{\n${lines.join(',\n')}\n}\n`;
  }

  /** The cached JSON of one record. */
  record(record: unknown): string {
    if (typeof record !== 'object' || record === null) return JSON.stringify(record);
    let text = this.#cache.get(record);
    if (text === undefined) {
      text = JSON.stringify(record);
      this.#cache.set(record, text);
    }
    return text;
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
      for (; index < end; index++) this.record(records[index]);
      if (index < records.length) timer = setImmediate(step);
    };
    timer = setImmediate(step);
    return () => {
      stopped = true;
      if (timer) clearImmediate(timer);
    };
  }

  #array(records: readonly unknown[]): string {
    if (records.length === 0) return '[]';
    const parts = new Array<string>(records.length);
    for (let i = 0; i < records.length; i++) parts[i] = this.record(records[i]);
    return `[\n    ${parts.join(',\n    ')}\n  ]`;
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
