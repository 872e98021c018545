/**
 * The first ego map's layout: "me" in the centre, every person on a circle around it, one line to
 * each, its width growing with the square root of the encounter count (so one very frequent contact
 * does not dwarf everyone else). Pure and deterministic: the same input gives the same picture.
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

export interface EgoNode extends EgoPersonInput {
  x: number;
  y: number;
  /** Where the label sits relative to the node: outward, away from the centre. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
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
  /** Space kept free left/right and above/below the circle for labels (labels run sideways). */
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
}

export const EGO_DEFAULTS = {
  marginX: 160,
  marginY: 44,
  minWidth: 1,
  maxWidth: 10,
  fullWidthAt: 8,
  maxLabelLength: 22,
} as const;
/** Above this many people, every second one sits on an inner circle so neighbouring labels do not collide. */
const STAGGER_FROM = 14;

export function layoutEgoMap(people: readonly EgoPersonInput[], options: EgoLayoutOptions): EgoLayout {
  const { width, height } = options;
  const marginX = options.marginX ?? EGO_DEFAULTS.marginX;
  const marginY = options.marginY ?? EGO_DEFAULTS.marginY;
  const maxLabel = options.maxLabelLength ?? EGO_DEFAULTS.maxLabelLength;
  const centre = { x: width / 2, y: height / 2 };
  const radius = Math.max(40, Math.min(width / 2 - marginX, height / 2 - marginY));

  const ordered = [...people].sort(
    (a, b) => b.encounterCount - a.encounterCount || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  const maxCount = Math.max(
    options.fullWidthAt ?? EGO_DEFAULTS.fullWidthAt,
    ...ordered.map((p) => p.encounterCount),
  );
  const lineWidth = scaleSqrt()
    .domain([0, maxCount])
    .range([options.minWidth ?? EGO_DEFAULTS.minWidth, options.maxWidth ?? EGO_DEFAULTS.maxWidth]);

  const stagger = ordered.length > STAGGER_FROM;
  const nodes = ordered.map((person, i): EgoNode => {
    // Start at the top and go clockwise; the most frequent contact sits at twelve o'clock.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ordered.length;
    const r = stagger && i % 2 === 1 ? radius * 0.72 : radius;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const x = centre.x + r * cos;
    const y = centre.y + r * sin;
    const anchor = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
    const offset = 16;
    return {
      ...person,
      x,
      y,
      label: {
        text: shorten(person.name, maxLabel),
        x: x + offset * cos,
        // Labels above or below a node need a little extra room for the text height.
        y: y + offset * sin + (anchor === 'middle' ? (sin > 0 ? 10 : -4) : 4),
        anchor,
      },
    };
  });
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
