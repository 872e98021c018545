/**
 * The first ego map's layout: "me" in the centre, every person on an ellipse around it (it fills the
 * wide map area better than a circle), one line to each, its width growing with the square root of the
 * encounter count (so one very frequent contact does not dwarf everyone else). Labels that would
 * overlap a more important one are hidden (the name stays in the node's accessible name and tooltip).
 * Pure and deterministic: the same input gives the same picture.
 *
 * The map issue replaces this with the depth engine's rings and a scene model; the renderer only
 * depends on `EgoLayout`, so swapping the layout does not touch the drawing code's callers.
 */
import { scaleSqrt } from 'd3';

export interface EgoPersonInput {
  id: string;
  name: string;
  encounterCount: number;
}

export interface EgoLabel {
  text: string;
  /** Text anchor point (baseline), in map coordinates. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** False when it would overlap a more important label or a node. */
  visible: boolean;
}

export interface EgoNode extends EgoPersonInput {
  x: number;
  y: number;
  /** Smaller when many people share the ellipse, so neighbours do not overlap. */
  radius: number;
  /** Outward from the node, away from the centre. */
  label: EgoLabel;
}

export interface EgoLink {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export interface EgoLayout {
  width: number;
  height: number;
  centre: { x: number; y: number };
  nodes: EgoNode[];
  links: EgoLink[];
}

export interface EgoLayoutOptions {
  width: number;
  height: number;
  /** Space kept free left/right and above/below the ellipse for labels (labels run sideways). */
  marginX?: number;
  marginY?: number;
  /** Line width for no encounters and for the most encounters. */
  minWidth?: number;
  maxWidth?: number;
  /**
   * The count that earns the full width at the least: with only a few encounters in the record, one
   * encounter must not already draw the heaviest line.
   */
  fullWidthAt?: number;
  /** Labels longer than this are shortened with an ellipsis (the full name stays in the aria-label). */
  maxLabelLength?: number;
  /** Font size of the labels in px; used to estimate label boxes for the overlap check. */
  fontSize?: number;
}

export const EGO_DEFAULTS = {
  marginX: 160,
  marginY: 44,
  minWidth: 1,
  maxWidth: 10,
  fullWidthAt: 8,
  maxLabelLength: 22,
  fontSize: 14,
} as const;

const NODE_RADIUS = 11;
const MIN_NODE_RADIUS = 4;
/** The "me" node in the centre. */
export const ME_RADIUS = 26;

export function layoutEgoMap(people: readonly EgoPersonInput[], options: EgoLayoutOptions): EgoLayout {
  const { width, height } = options;
  const o = { ...EGO_DEFAULTS, ...definedOnly(options) };
  const centre = { x: width / 2, y: height / 2 };
  const rx = Math.max(40, width / 2 - o.marginX);
  const ry = Math.max(40, height / 2 - o.marginY);

  const ordered = [...people].sort(
    (a, b) => b.encounterCount - a.encounterCount || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  let maxCount = o.fullWidthAt;
  for (const p of ordered) maxCount = Math.max(maxCount, p.encounterCount);
  const lineWidth = scaleSqrt().domain([0, maxCount]).range([o.minWidth, o.maxWidth]);
  // Ramanujan's approximation of the ellipse's perimeter, shared out among the people.
  const perimeter = Math.PI * (3 * (rx + ry) - Math.sqrt((3 * rx + ry) * (rx + 3 * ry)));
  const radius = Math.max(
    MIN_NODE_RADIUS,
    Math.min(NODE_RADIUS, (perimeter / Math.max(1, ordered.length)) * 0.4),
  );
  const labelOffset = radius + 5;

  const nodes = ordered.map((person, i): EgoNode => {
    // Start at the top and go clockwise; the most frequent contact sits at twelve o'clock.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ordered.length;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const x = centre.x + rx * cos;
    const y = centre.y + ry * sin;
    const anchor = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
    return {
      ...person,
      x,
      y,
      radius,
      label: {
        text: shorten(person.name, o.maxLabelLength),
        x: x + labelOffset * cos,
        // Labels above or below a node need extra room for the text height.
        y: y + labelOffset * sin + (anchor === 'middle' ? (sin > 0 ? 10 : -4) : 4),
        anchor,
        visible: true,
      },
    };
  });
  hideOverlappingLabels(nodes, centre, o.fontSize);

  const links = nodes.map((n) => ({
    id: n.id,
    x1: centre.x,
    y1: centre.y,
    x2: n.x,
    y2: n.y,
    width: round(lineWidth(n.encounterCount)),
  }));
  return { width, height, centre, nodes, links };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An estimate of the label's box; exact text metrics would need the DOM, and a margin covers the error. */
export function labelBox(label: EgoLabel, fontSize: number): Box {
  const w = [...label.text].length * fontSize * 0.56 + 4;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, y0: label.y - fontSize * 0.8, x1: x0 + w, y1: label.y + fontSize * 0.3 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Greedy, in order of importance (nodes are sorted by encounters): a label that collides is hidden. */
function hideOverlappingLabels(nodes: EgoNode[], centre: { x: number; y: number }, fontSize: number): void {
  const nodeBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
  const taken: Box[] = [
    nodeBox(centre.x, centre.y, ME_RADIUS),
    ...nodes.map((n) => nodeBox(n.x, n.y, n.radius)),
  ];
  for (const node of nodes) {
    const box = labelBox(node.label, fontSize);
    if (taken.some((t) => overlaps(t, box))) node.label.visible = false;
    else taken.push(box);
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const round = (n: number) => Math.round(n * 100) / 100;
