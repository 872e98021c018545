/**
 * Reusable work buffers for the index builders. Building the index for 100,000 encounters needs several
 * arrays of that size that live only for the build; allocating them afresh each time makes the garbage
 * collector chase megabytes of external memory on every rebuild (each logged encounter triggers one).
 *
 * The engine is synchronous and never re-entered while building, so one buffer per name is enough. A
 * buffer handed out holds stale values from the last build: callers write before they read, and never
 * keep a buffer (copy out what the result needs).
 */
export class ScratchPool {
  private readonly ints = new Map<string, Int32Array>();
  private readonly floats = new Map<string, Float64Array>();
  private readonly bytes = new Map<string, Uint8Array>();

  /** A Uint8Array of at least `length` elements. */
  byte(name: string, length: number): Uint8Array {
    const have = this.bytes.get(name);
    if (have !== undefined && have.length >= length) return have;
    const fresh = new Uint8Array(Math.max(length, 16));
    this.bytes.set(name, fresh);
    return fresh;
  }

  /** An Int32Array of at least `length` elements. */
  int(name: string, length: number): Int32Array {
    const have = this.ints.get(name);
    if (have !== undefined && have.length >= length) return have;
    const fresh = new Int32Array(Math.max(length, 16));
    this.ints.set(name, fresh);
    return fresh;
  }

  /** A larger buffer for `name` that keeps the contents of the current one. */
  growInt(name: string, length: number): Int32Array {
    const have = this.ints.get(name);
    const fresh = new Int32Array(Math.max(length, 16));
    if (have !== undefined) fresh.set(have.subarray(0, Math.min(have.length, fresh.length)));
    this.ints.set(name, fresh);
    return fresh;
  }

  /** A Float64Array of at least `length` elements. */
  float(name: string, length: number): Float64Array {
    const have = this.floats.get(name);
    if (have !== undefined && have.length >= length) return have;
    const fresh = new Float64Array(Math.max(length, 16));
    this.floats.set(name, fresh);
    return fresh;
  }
}

export const pool = new ScratchPool();
