/**
 * Label placement: greedy by priority in screen space, so which labels show depends on importance and
 * zoom. Each label tries four spots around its node (right, left, above, below) and takes the first
 * whose rectangle touches no label placed before it; a uniform grid makes each check O(1). A budget
 * (labels per screen area) keeps a zoomed-out map of thousands readable. Pure: both renderers and the
 * print page use it; text widths come from a measure function (canvas measureText) or an estimate.
 */

export interface LabelCandidate {
  id: string;
  text: string;
  /** Node centre in world coordinates. */
  x: number;
  y: number;
  /** Node radius in world units. */
  r: number;
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Top-left corner of the label box in screen coordinates, and its size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelView {
  /** Zoom factor and translation: screen = world × k + (tx, ty). */
  k: number;
  tx: number;
  ty: number;
  /** Screen size; labels whose node lies outside are skipped. */
  width: number;
  height: number;
}

export interface LabelOptions {
  fontSize?: number;
  measure?: (text: string, fontSize: number) => number;
  /** At most this many labels (defaults to one per 7,000 px² of screen). */
  maxLabels?: number;
  /** Nodes smaller than this on screen get a label only if their priority is at least `alwaysPriority`. */
  minScreenRadius?: number;
  alwaysPriority?: number;
  /** Ids placed first whatever their priority (selected, highlighted). */
  force?: ReadonlySet<string>;
  /** Screen boxes already taken (group names): no label may cover them. */
  obstacles?: readonly Box[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GroupLabelBox extends Box {
  id: string;
  text: string;
}

/**
 * Group names (contexts) on screen: the biggest groups first, each only if it overlaps no name placed
 * before it, so two hundred small contexts do not pile up. `anchor` says where (x, y) sits on the text.
 */
export function placeGroupLabels(
  groups: readonly {
    id: string;
    text: string;
    x: number;
    y: number;
    anchor: 'start' | 'middle' | 'end';
    count: number;
  }[],
  view: LabelView,
  fontSize: number,
  measure: (text: string, fontSize: number) => number = estimateTextWidth,
  maxCount = MAX_GROUP_LABELS,
): GroupLabelBox[] {
  const height = Math.ceil(fontSize * 1.25);
  const placed: GroupLabelBox[] = [];
  const sorted = [...groups].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  for (const g of sorted) {
    const w = Math.ceil(measure(g.text, fontSize)) + 2;
    const sx = g.x * view.k + view.tx;
    const sy = g.y * view.k + view.ty;
    const x = g.anchor === 'start' ? sx : g.anchor === 'end' ? sx - w : sx - w / 2;
    const box = { id: g.id, text: g.text, x, y: sy - height / 2, width: w, height };
    if (box.x + w < 0 || box.y + height < 0 || box.x > view.width || box.y > view.height) continue;
    if (
      placed.some(
        (p) => box.x < p.x + p.width && p.x < box.x + w && box.y < p.y + p.height && p.y < box.y + height,
      )
    ) {
      continue;
    }
    placed.push(box);
    if (placed.length >= maxCount) break;
  }
  return placed;
}

export const LABEL_FONT_SIZE = 11;
/** Group names beyond the dozen biggest groups say little and crowd the edge of the map. */
export const MAX_GROUP_LABELS = 12;
const GAP = 3;
const CELL = 48;

/** Width estimate for a proportional sans-serif font (used where no canvas is at hand). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if ("iljI.,:;'|!()[] ".includes(ch)) em += 0.3;
    else if ('mwMW@'.includes(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Shortens a long name for a label: "Maximiliane Sophie Beispielfrau-Lang" → "Maximiliane Sophie B…". */
export function shortenLabel(name: string, maxChars = 22): string {
  const s = name.trim();
  if (s.length <= maxChars) return s;
  return `${s.slice(0, maxChars - 1).trimEnd()}…`;
}

/** The text inside the centre circle: a short name as it is, a longer one as initials ("Stefan Reiter" → "SR"). */
export function centreLabel(name: string): string {
  const s = name.trim();
  if (s.length <= 6) return s;
  const words = s.split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words[words.length - 1]![0]}` : s.slice(0, 2)).toUpperCase();
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: LabelView,
  options: LabelOptions = {},
): PlacedLabel[] {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const measure = options.measure ?? estimateTextWidth;
  const maxLabels = options.maxLabels ?? Math.max(8, Math.floor((view.width * view.height) / 7000));
  const minScreenRadius = options.minScreenRadius ?? 2.5;
  const alwaysPriority = options.alwaysPriority ?? Number.POSITIVE_INFINITY;
  const force = options.force ?? new Set<string>();
  const height = Math.ceil(fontSize * 1.25);
  const margin = 40;

  const eligible = candidates.filter((c) => {
    const sx = c.x * view.k + view.tx;
    const sy = c.y * view.k + view.ty;
    if (sx < -margin || sy < -margin || sx > view.width + margin || sy > view.height + margin) return false;
    return force.has(c.id) || c.r * view.k >= minScreenRadius || c.priority >= alwaysPriority;
  });
  eligible.sort(
    (a, b) =>
      Number(force.has(b.id)) - Number(force.has(a.id)) || b.priority - a.priority || (a.id < b.id ? -1 : 1),
  );

  const grid = new Map<number, PlacedLabel[]>();
  const key = (cx: number, cy: number) => (cx + 4096) * 8192 + (cy + 4096);
  const cellsOf = (x: number, y: number, w: number, h: number, visit: (k: number) => boolean | undefined) => {
    const x0 = Math.floor(x / CELL);
    const x1 = Math.floor((x + w) / CELL);
    const y0 = Math.floor(y / CELL);
    const y1 = Math.floor((y + h) / CELL);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) if (visit(key(cx, cy))) return true;
    return false;
  };
  const collides = (x: number, y: number, w: number, h: number) =>
    cellsOf(x, y, w, h, (k) =>
      grid.get(k)?.some((p) => x < p.x + p.width && p.x < x + w && y < p.y + p.height && p.y < y + h),
    );

  for (const o of options.obstacles ?? []) {
    cellsOf(o.x, o.y, o.width, o.height, (k) => {
      (grid.get(k) ?? grid.set(k, []).get(k)!).push({ id: '', text: '', ...o });
      return false;
    });
  }
  const placed: PlacedLabel[] = [];
  for (const c of eligible) {
    if (placed.length >= maxLabels && !force.has(c.id)) break;
    const text = shortenLabel(c.text);
    const w = Math.ceil(measure(text, fontSize)) + 2;
    const sx = c.x * view.k + view.tx;
    const sy = c.y * view.k + view.ty;
    const sr = c.r * view.k;
    // Right, left, above, below; then the four corners (a person close to me or to a ring's name often
    // finds its side taken).
    const d = sr * 0.7;
    const spots: [number, number][] = [
      [sx + sr + GAP, sy - height / 2],
      [sx - sr - GAP - w, sy - height / 2],
      [sx - w / 2, sy - sr - GAP - height],
      [sx - w / 2, sy + sr + GAP],
      [sx + d + GAP, sy - d - height],
      [sx + d + GAP, sy + d],
      [sx - d - GAP - w, sy - d - height],
      [sx - d - GAP - w, sy + d],
    ];
    for (const [x, y] of spots) {
      // Inside the view (a print must not cut names off at the paper's edge), clear of other labels.
      if (x < 0 || y < 0 || x + w > view.width || y + height > view.height) continue;
      if (collides(x, y, w, height)) continue;
      const label = { id: c.id, text, x, y, width: w, height };
      placed.push(label);
      cellsOf(x, y, w, height, (k) => {
        (grid.get(k) ?? grid.set(k, []).get(k)!).push(label);
        return false;
      });
      break;
    }
  }
  return placed;
}

/** True if any two boxes overlap (used by tests and the print check). */
export function anyOverlap(
  boxes: readonly { x: number; y: number; width: number; height: number }[],
): boolean {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x >= a.x + a.width) break;
      if (a.y < b.y + b.height && b.y < a.y + a.height) return true;
    }
  }
  return false;
}
