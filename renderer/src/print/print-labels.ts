/**
 * Label placement for print. On screen, labels come and go with the zoom; on paper every label that is
 * printed must be readable and none may touch another, a node or a ring or group name. Each person, the
 * most important first, gets the first of these that fits inside the map:
 *   1. the full name, 2. a shortened name ("Maximiliane B."), 3. a number, explained in a key beside
 *   the map (only as many numbers as the key has room for),
 * each tried at eight spots around the node, on the side away from the centre first. Whoever gets
 * none stays unlabelled and is counted ("12 people without a label"). A uniform grid keeps each
 * collision test O(1), so a thousand people take milliseconds. Pure.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PrintLabelItem {
  id: string;
  /** Node centre and radius in drawing coordinates. */
  x: number;
  y: number;
  r: number;
  priority: number;
  /** The texts to try, preferred first (e.g. the full name, then a shortened one). */
  texts: readonly string[];
  /** What the key says for this person if they get a number. */
  keyText: string;
}

export interface PlacedPrintLabel extends Box {
  id: string;
  text: string;
  kind: 'name' | 'number';
  fontSize: number;
}

export interface KeyEntry {
  number: number;
  id: string;
  text: string;
}

export interface PrintLabelOptions {
  /** Labels must lie inside this box. */
  bounds: Box;
  /** Boxes taken already (ring and group names); no label may touch them. */
  obstacles?: readonly Box[];
  /** Every drawn node; a label may touch no node but its own. */
  nodes: readonly { id: string; x: number; y: number; r: number }[];
  /** Where the centre of the picture is: labels prefer the side away from it. */
  centre: { x: number; y: number };
  fontSize: number;
  numberFontSize: number;
  /** How many numbers the key can hold (0: no numbers). */
  maxNumbers: number;
  measure: (text: string, fontSize: number) => number;
  /** Space between a node and its label. */
  gap?: number;
}

export interface PrintLabelResult {
  labels: PlacedPrintLabel[];
  key: KeyEntry[];
  /** Ids of the people that got no label at all. */
  unlabelled: string[];
}

const CELL = 32;

/** A set of boxes with a uniform grid for fast overlap tests. */
export class BoxGrid {
  private readonly cells = new Map<number, { box: Box; owner: string }[]>();

  add(box: Box, owner = ''): void {
    this.visit(box, (list) => {
      list.push({ box, owner });
      return false;
    });
  }

  /** True if `box` overlaps a stored box not owned by `ignore`. */
  hits(box: Box, ignore?: string): boolean {
    return this.visit(
      box,
      (list) =>
        list.some(
          (e) =>
            e.owner !== ignore &&
            box.x < e.box.x + e.box.width &&
            e.box.x < box.x + box.width &&
            box.y < e.box.y + e.box.height &&
            e.box.y < box.y + box.height,
        ),
      false,
    );
  }

  private visit(box: Box, fn: (list: { box: Box; owner: string }[]) => boolean, create = true): boolean {
    const x0 = Math.floor(box.x / CELL);
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y0 = Math.floor(box.y / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = (cx + 32768) * 65536 + (cy + 32768);
        let list = this.cells.get(key);
        if (!list) {
          if (!create) continue;
          list = [];
          this.cells.set(key, list);
        }
        if (fn(list)) return true;
      }
    }
    return false;
  }
}

/** Candidate top-left corners for a w × h label around a node, the side away from the centre first. */
function spots(item: PrintLabelItem, w: number, h: number, gap: number, centre: { x: number; y: number }) {
  const { x, y, r } = item;
  const d = r * Math.SQRT1_2;
  const east: [number, number][] = [
    [x + r + gap, y - h / 2],
    [x + d + gap, y - d - gap - h],
    [x + d + gap, y + d + gap],
  ];
  const west: [number, number][] = [
    [x - r - gap - w, y - h / 2],
    [x - d - gap - w, y - d - gap - h],
    [x - d - gap - w, y + d + gap],
  ];
  const north: [number, number] = [x - w / 2, y - r - gap - h];
  const south: [number, number] = [x - w / 2, y + r + gap];
  const vertical: [number, number][] = y < centre.y ? [north, south] : [south, north];
  return x >= centre.x ? [...east, ...vertical, ...west] : [...west, ...vertical, ...east];
}

export function placePrintLabels(
  items: readonly PrintLabelItem[],
  options: PrintLabelOptions,
): PrintLabelResult {
  const { bounds, fontSize, numberFontSize, measure, centre } = options;
  const gap = options.gap ?? 1.5;
  const grid = new BoxGrid();
  for (const o of options.obstacles ?? []) grid.add(o);
  for (const n of options.nodes)
    grid.add({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r }, n.id);
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height;

  const sorted = [...items].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const labels: PlacedPrintLabel[] = [];
  const key: KeyEntry[] = [];
  const unlabelled: string[] = [];

  const tryPlace = (item: PrintLabelItem, text: string, size: number, kind: 'name' | 'number') => {
    // The box is the text's extent plus a hair: the white halo around printed text needs room too.
    const w = Math.ceil(measure(text, size)) + 2;
    const h = Math.ceil(size * 1.2);
    for (const [x, y] of spots(item, w, h, gap, centre)) {
      const box = { x, y, width: w, height: h };
      if (!inside(box) || grid.hits(box, item.id)) continue;
      grid.add(box);
      labels.push({ id: item.id, text, kind, fontSize: size, ...box });
      return true;
    }
    return false;
  };

  for (const item of sorted) {
    let placed = false;
    for (const text of item.texts) {
      if (tryPlace(item, text, fontSize, 'name')) {
        placed = true;
        break;
      }
    }
    if (!placed && key.length < options.maxNumbers) {
      const number = key.length + 1;
      if (tryPlace(item, String(number), numberFontSize, 'number')) {
        key.push({ number, id: item.id, text: item.keyText });
        placed = true;
      }
    }
    if (!placed) unlabelled.push(item.id);
  }
  return { labels, key, unlabelled };
}

/**
 * A long name made short for a label: up to `max` characters it stays as it is; otherwise the first
 * given name and the initial of the last name ("Maximiliane Sophie Beispielfrau-Lang" → "Maximiliane B."),
 * titles such as "Dr." left out, a part in brackets dropped; a single long word is cut with "…".
 */
export function shortName(name: string, max = 18): string {
  const text =
    name
      .trim()
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .trim() || name.trim();
  if ([...text].length <= max) return text;
  const words = text.split(/\s+/).filter((w) => w !== '' && !/\.$/.test(w));
  if (words.length >= 2) {
    const first = words[0]!;
    const initial = [...words[words.length - 1]!][0]!;
    const head = [...first].length > max - 3 ? `${[...first].slice(0, max - 4).join('')}…` : first;
    return `${head} ${initial}.`;
  }
  return `${[...text].slice(0, max - 1).join('')}…`;
}

/** The texts to try for a name: the full name if it is not too long, then the short form. */
export function labelTexts(name: string, maxFull = 24): string[] {
  const full = name.trim();
  const short = shortName(full);
  const out: string[] = [];
  if ([...full].length <= maxFull) out.push(full);
  if (!out.includes(short)) out.push(short);
  return out;
}

/** Cuts `text` with "…" so that it fits `width` at `fontSize`. */
export function fitText(
  text: string,
  width: number,
  fontSize: number,
  measure: (text: string, fontSize: number) => number,
): string {
  if (measure(text, fontSize) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, fontSize) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** True if any two boxes overlap (for tests and checks). */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const out: [number, number][] = [];
  const order = boxes.map((b, i) => [b, i] as const).sort((a, b) => a[0].x - b[0].x);
  for (let i = 0; i < order.length; i++) {
    const [a, ai] = order[i]!;
    for (let j = i + 1; j < order.length; j++) {
      const [b, bi] = order[j]!;
      if (b.x >= a.x + a.width) break;
      if (a.y < b.y + b.height && b.y < a.y + a.height) out.push([ai, bi]);
    }
  }
  return out;
}
