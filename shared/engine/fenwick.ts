/** A Fenwick (binary indexed) tree of counts: add at a position, count everything before a position. */
export class Fenwick {
  private readonly tree: Int32Array;

  constructor(readonly size: number) {
    this.tree = new Int32Array(size + 1);
  }

  add(position: number, delta: number): void {
    for (let i = position + 1; i <= this.size; i += i & -i) this.tree[i] = (this.tree[i] as number) + delta;
  }

  /** Sum of the counts at positions 0 … end − 1. */
  prefix(end: number): number {
    let sum = 0;
    for (let i = Math.min(end, this.size); i > 0; i -= i & -i) sum += this.tree[i] as number;
    return sum;
  }
}
