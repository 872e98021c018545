/**
 * The legend on paper: every encoding the printed map uses, drawn with the same colours, widths and
 * dashes as the map at the map's scale (so a 2 pt line in the legend is a 2 pt line on the map). Each
 * encoding reads in greyscale as well: frequency is width, recency is lightness (the blue ramp only gets
 * lighter), neglect is a dash and a dotted ring, rings are numbered. Entries are blocks that flow into
 * columns; their texts come from the scene's legend (namespace `map`).
 */
import {
  GAP_COLOUR,
  NEGLECT_COLOUR,
  NEGLECT_DASH,
  NODE_STROKE,
  RING_COLOUR,
  strokeScale,
} from '../scene/encodings';
import { esc } from '../scene/svg-text';
import { resolveText, type Translate } from '../scene/text';
import type { LegendEntry, LegendSample } from '../scene/types';
import { fmt, text, wrapText } from './svg-util';

export type Measure = (text: string, fontSize: number) => number;

export interface LegendStyle {
  width: number;
  /** World → paper scale of the map the legend explains. */
  k: number;
  titleSize: number;
  labelSize: number;
  noteSize: number;
  t: Translate;
  measure: Measure;
}

export interface Block {
  height: number;
  /** The block's markup with its top-left corner at (x, y). */
  render(x: number, y: number): string;
}

const SAMPLE_W = 26;
const INK = '#1f2933';
const MUTED = '#52606d';

/** One block per legend entry. */
export function legendBlocks(entries: readonly LegendEntry[], style: LegendStyle): Block[] {
  return entries.map((entry) => entryBlock(entry, style));
}

/** A block of wrapped text (explanations, notes). */
export function paragraphBlock(content: string, style: LegendStyle, size = style.labelSize): Block {
  const lines = wrapText(content, style.width, size, style.measure);
  const lineHeight = size * 1.3;
  return {
    height: lines.length * lineHeight + 4,
    render: (x, y) =>
      lines
        .map((line, i) => text(x, y + (i + 1) * lineHeight - size * 0.25, line, { size, fill: MUTED }))
        .join(''),
  };
}

function entryBlock(entry: LegendEntry, style: LegendStyle): Block {
  const { t, titleSize, labelSize, noteSize, measure, width } = style;
  const title = resolveText(t, entry.title);
  const titleLines = wrapText(title, width, titleSize, measure);
  const rowHeight = Math.max(labelSize * 1.35, 9);
  const labelWidth = width - SAMPLE_W - 4;
  const rows = entry.samples.map((s) => ({
    sample: s,
    lines: wrapText(resolveText(t, s.label), labelWidth, labelSize, measure),
  }));
  const note = entry.note ? wrapText(resolveText(t, entry.note), width, noteSize, measure) : [];
  const titleHeight = titleLines.length * titleSize * 1.25;
  const rowsHeight = rows.reduce((h, r) => h + Math.max(1, r.lines.length) * rowHeight, 0);
  const noteHeight = note.length * noteSize * 1.3;
  const height = titleHeight + 2 + rowsHeight + (note.length ? noteHeight + 2 : 0) + 7;
  return {
    height,
    render(x, y) {
      const out: string[] = [`<g class="legend-entry" data-entry="${esc(entry.id)}">`];
      titleLines.forEach((line, i) => {
        out.push(
          text(x, y + (i + 1) * titleSize * 1.25 - titleSize * 0.2, line, {
            size: titleSize,
            weight: 'bold',
            fill: INK,
          }),
        );
      });
      let cy = y + titleHeight + 2;
      for (const row of rows) {
        const h = Math.max(1, row.lines.length) * rowHeight;
        out.push(sampleMarkup(entry, row.sample, x, cy + rowHeight / 2, style));
        row.lines.forEach((line, i) => {
          out.push(
            text(x + SAMPLE_W + 4, cy + (i + 1) * rowHeight - rowHeight * 0.3, line, {
              size: labelSize,
              fill: INK,
            }),
          );
        });
        cy += h;
      }
      if (note.length) {
        cy += 2;
        note.forEach((line, i) => {
          out.push(
            text(x, cy + (i + 1) * noteSize * 1.3 - noteSize * 0.3, line, {
              size: noteSize,
              italic: true,
              fill: MUTED,
            }),
          );
        });
      }
      out.push('</g>');
      return out.join('');
    },
  };
}

/** The little drawing in front of a legend row, centred vertically on `cy`. */
function sampleMarkup(
  entry: LegendEntry,
  s: LegendSample,
  x: number,
  cy: number,
  style: LegendStyle,
): string {
  const scale = strokeScale(style.k);
  const sw = (w: number) => fmt(Math.max(0.25, w * scale));
  const dash = (d: readonly number[] | undefined) =>
    d && d.length > 0 ? ` stroke-dasharray="${d.map((v) => fmt(v * scale)).join(' ')}"` : '';
  const mid = x + SAMPLE_W / 2;
  switch (entry.sampleKind) {
    case 'line':
      return `<line x1="${fmt(x + 1)}" y1="${fmt(cy)}" x2="${fmt(x + SAMPLE_W - 1)}" y2="${fmt(cy)}" stroke="${s.colour ?? INK}" stroke-opacity="${fmt(s.opacity ?? 1)}" stroke-width="${sw(s.size ?? 1)}" stroke-linecap="round"${dash(s.dash)}/>`;
    case 'ring': {
      // A numbered circle: the ring's number carries the meaning without colour; "known" is dashed.
      const n = s.size;
      const outline = `<circle cx="${fmt(mid)}" cy="${fmt(cy)}" r="4.6" fill="#ffffff" stroke="${s.colour ?? RING_COLOUR}" stroke-width="0.9"${n === undefined ? ' stroke-dasharray="1.6 1.2"' : ''}/>`;
      return n === undefined
        ? outline
        : `${outline}${text(mid, cy + 2.2, String(n), { size: 6, anchor: 'middle', fill: INK, weight: 'bold' })}`;
    }
    case 'node': {
      const r = Math.min(7, Math.max(1, (s.size ?? 3) * style.k));
      return `<circle cx="${fmt(mid)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="${s.colour ?? '#ffffff'}" stroke="${NODE_STROKE}" stroke-width="${sw(0.75)}"/>`;
    }
    case 'swatch':
      return `<circle cx="${fmt(mid)}" cy="${fmt(cy)}" r="3.8" fill="${s.colour ?? '#ffffff'}" stroke="${NODE_STROKE}" stroke-width="0.5"/>`;
    case 'marker':
      return markerMarkup(entry, s, x, cy, style);
  }
}

function markerMarkup(
  entry: LegendEntry,
  s: LegendSample,
  x: number,
  cy: number,
  style: LegendStyle,
): string {
  const scale = strokeScale(style.k);
  const sw = (w: number) => fmt(Math.max(0.25, w * scale));
  const nodeX = x + SAMPLE_W - 6;
  if (entry.id === 'neglected') {
    // As on the map: the dashed vermillion line, a vermillion outline and the dotted outer ring.
    const r = 3;
    const outer = r + Math.max(1.5, 3.5 * style.k);
    return [
      `<line x1="${fmt(x + 1)}" y1="${fmt(cy)}" x2="${fmt(nodeX - outer)}" y2="${fmt(cy)}" stroke="${NEGLECT_COLOUR}" stroke-width="${sw(1.5)}" stroke-dasharray="${NEGLECT_DASH.map((d) => fmt(d * scale * 0.6)).join(' ')}"/>`,
      `<circle cx="${fmt(nodeX)}" cy="${fmt(cy)}" r="${r}" fill="#ffffff" stroke="${NEGLECT_COLOUR}" stroke-width="${sw(2)}"/>`,
      `<circle cx="${fmt(nodeX)}" cy="${fmt(cy)}" r="${fmt(outer)}" fill="none" stroke="${NEGLECT_COLOUR}" stroke-width="${sw(1.5)}" stroke-dasharray="${fmt(2 * scale)} ${fmt(1.5 * scale)}"/>`,
    ].join('');
  }
  if (entry.id === 'ring-gap') {
    return [
      `<line x1="${fmt(x + 2)}" y1="${fmt(cy)}" x2="${fmt(nodeX - 3)}" y2="${fmt(cy)}" stroke="${GAP_COLOUR}" stroke-width="${sw(1)}" stroke-dasharray="3 2"/>`,
      `<circle cx="${fmt(nodeX)}" cy="${fmt(cy)}" r="3.2" fill="none" stroke="${GAP_COLOUR}" stroke-width="${sw(1.5)}"/>`,
    ].join('');
  }
  // Pinned: the small square in a node's corner.
  return [
    `<circle cx="${fmt(nodeX)}" cy="${fmt(cy)}" r="3.5" fill="#ffffff" stroke="${NODE_STROKE}" stroke-width="0.6"/>`,
    `<rect x="${fmt(nodeX + 1.5)}" y="${fmt(cy - 5)}" width="3" height="3" fill="${s.colour ?? INK}"/>`,
  ].join('');
}

export interface Column {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Puts blocks into columns in order, starting a new column when the next block does not fit; a block
 * taller than a whole column goes into an empty one anyway. Returns the markup, the height used in the
 * last column used, and how many blocks did not fit at all.
 */
export function flowBlocks(
  blocks: readonly Block[],
  columns: readonly Column[],
): { svg: string; lastColumn: number; usedInLast: number; dropped: number } {
  const out: string[] = [];
  let c = 0;
  let used = 0;
  let dropped = 0;
  for (const block of blocks) {
    while (c < columns.length && used > 0 && used + block.height > columns[c]!.height) {
      c++;
      used = 0;
    }
    const col = columns[c];
    if (!col) {
      dropped++;
      continue;
    }
    out.push(block.render(col.x, col.y + used));
    used += block.height;
  }
  return { svg: out.join(''), lastColumn: Math.min(c, columns.length - 1), usedInLast: used, dropped };
}

/** Total height of blocks stacked in one column. */
export function stackHeight(blocks: readonly Block[]): number {
  return blocks.reduce((h, b) => h + b.height, 0);
}
