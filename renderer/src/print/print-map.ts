/**
 * Page 1 of a print: the map filling its part of the page as vector SVG, its labels placed for paper
 * (print-labels.ts), the legend and the number key beside it, title and footer. The map itself is drawn
 * by the scene's SVG renderer (scene/svg.ts), so print and screen share every encoding; this module only
 * frames it. Returns the page as one SVG document, plus what was placed (for checks and tests).
 */
import { buildLegend, ringLabel } from '../scene/legend';
import { renderSceneToSvg } from '../scene/svg';
import { esc } from '../scene/svg-text';
import { resolveText, type Translate } from '../scene/text';
import type { LegendEntry, Scene, SceneRing } from '../scene/types';
import {
  type Box,
  fitText,
  type KeyEntry,
  labelTexts,
  type PlacedPrintLabel,
  placePrintLabels,
} from './print-labels';
import { bottomBand, columnsOf, GUTTER, type PageFrame, type Rect, sideColumn } from './print-layout';
import {
  type Block,
  type Column,
  flowBlocks,
  legendBlocks,
  type Measure,
  paragraphBlock,
  stackHeight,
} from './print-legend';
import { fmt, text } from './svg-util';

export const PRINT_FONT = 'Helvetica, Arial, "Liberation Sans", sans-serif';

export interface PageTexts {
  title: string;
  subtitle: string;
  footer: string;
}

export interface MapPageInput {
  frame: PageFrame;
  scene: Scene;
  texts: PageTexts;
  /** The text in the centre circle ("Me", or the owner's name as initials). */
  meLabel: string;
  emptyRings: boolean;
  ringCadenceDays: readonly [number, number, number, number];
  t: Translate;
  measure: Measure;
}

export interface DrawnMap {
  /** The map's markup, already translated to its rectangle on the page. */
  svg: string;
  labels: PlacedPrintLabel[];
  key: KeyEntry[];
  unlabelled: string[];
  /** World → page: x' = x × k + tx. */
  transform: { k: number; tx: number; ty: number };
  /** Boxes of the drawn nodes on the page (for overlap checks). */
  nodes: Box[];
}

export interface MapPageResult extends DrawnMap {
  svg: string;
  mapRect: Rect;
}

const INK = '#1f2933';
const MUTED = '#52606d';

export function composeMapPage(input: MapPageInput): MapPageResult {
  const { frame, t, measure } = input;
  const type = frame.type;
  const scene = input.emptyRings ? emptyRingScene(input.scene, input.ringCadenceDays) : input.scene;
  const entries = printLegendEntries(scene, input.emptyRings, input.ringCadenceDays);

  let mapRect: Rect;
  let legendColumns: Column[];
  let legendBlocksList: Block[];
  const legendStyle = (width: number, k: number) => ({
    width,
    k,
    titleSize: type.legendTitle,
    labelSize: type.legendLabel,
    noteSize: type.legendNote,
    t,
    measure,
  });
  // The scale of the map is needed to draw the legend's samples at the map's widths, and the legend's
  // size decides the map's: first lay out with an estimate, then draw with the real scale.
  const blocksFor = (width: number, k: number) => {
    const blocks = legendBlocks(entries, legendStyle(width, k));
    if (input.emptyRings) blocks.push(paragraphBlock(t('print:legend.emptyRings'), legendStyle(width, k)));
    return blocks;
  };

  if (frame.landscape) {
    const { map, side } = sideColumn(frame);
    mapRect = map;
    legendColumns = [{ ...side }];
    legendBlocksList = blocksFor(side.width, 1);
  } else {
    const n = Math.max(
      2,
      Math.floor((frame.body.width + GUTTER) / (150 * (frame.paper === 'A3' ? 1.2 : 1) + GUTTER)),
    );
    const colWidth = (frame.body.width - GUTTER * (n - 1)) / n;
    legendBlocksList = blocksFor(colWidth, 1);
    const bandHeight = bandHeightFor(legendBlocksList, n);
    let { map, band } = bottomBand(frame, bandHeight);
    // A round map on a tall page leaves room above and below it: give that room to the legend and key.
    const natural = naturalHeight(scene, map.width);
    if (natural < map.height) {
      const spare = map.height - natural;
      map = { ...map, height: natural };
      band = { ...band, y: band.y - spare, height: band.height + spare };
    }
    mapRect = map;
    legendColumns = columnsOf(band, n);
  }

  const drawArgs = {
    scene,
    rect: mapRect,
    meLabel: input.meLabel,
    emptyRings: input.emptyRings,
    t,
    measure,
    labelSize: type.label,
    numberSize: type.number,
    ringSize: type.ring,
  };
  const drawn = drawMap({ ...drawArgs, maxNumbers: 0 });
  // Redo the legend blocks with the map's real scale (heights do not depend on it).
  legendBlocksList = blocksFor(legendColumns[0]!.width, drawn.transform.k);
  const legend = flowBlocks(legendBlocksList, legendColumns);

  // The key goes where the legend left room: below it in the side column, or in the band's free columns.
  const keySlots = keyColumns(legendColumns, legend.lastColumn, legend.usedInLast, frame.landscape);
  const keyLine = type.key * 1.35;
  const keyTitleHeight = type.legendTitle * 1.6;
  const slotsRows = keySlots.map((s) =>
    Math.max(0, Math.floor((s.height - keyTitleHeight - keyLine) / keyLine)),
  );
  const capacity = input.emptyRings ? 0 : slotsRows.reduce((a, b) => a + b, 0);
  // Only when names did not fit everywhere: a second placement that may use numbers.
  const final =
    capacity > 0 && drawn.unlabelled.length > 0 ? drawMap({ ...drawArgs, maxNumbers: capacity }) : drawn;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(frame.width)}" height="${fmt(frame.height)}" viewBox="0 0 ${fmt(frame.width)} ${fmt(frame.height)}" font-family="${esc(PRINT_FONT)}">`,
    `<rect width="${fmt(frame.width)}" height="${fmt(frame.height)}" fill="#ffffff"/>`,
    header(frame, input.texts),
    final.svg,
    `<g class="legend">${legend.svg}</g>`,
    keyMarkup(final.key, final.unlabelled.length, keySlots, slotsRows, frame, t, measure),
    footer(frame, input.texts.footer),
    '</svg>',
  ];
  return { ...final, svg: out.join('\n'), mapRect };
}

interface DrawMapArgs {
  scene: Scene;
  rect: Rect;
  meLabel: string;
  emptyRings: boolean;
  t: Translate;
  measure: Measure;
  labelSize: number;
  numberSize: number;
  ringSize: number;
  maxNumbers: number;
}

/** The map in `rect`: the scene's SVG without its own labels, then labels placed for print. */
export function drawMap(a: DrawMapArgs): DrawnMap {
  const { scene, rect } = a;
  const rendered = renderSceneToSvg(scene, {
    width: rect.width,
    height: rect.height,
    margin: 4,
    t: a.t,
    meLabel: a.meLabel,
    fontFamily: PRINT_FONT,
    fontSize: a.ringSize,
    labelIds: new Set<string>(),
    emptyRings: a.emptyRings,
    measure: a.measure,
    // Drawn again below on top of the lines, without the outline that doubles text in a PDF.
    texts: { ringNames: false, groupNames: false },
  });
  const { k, tx, ty } = rendered.transform;
  const visible = scene.nodes.filter((n) => n.visible);
  const nodes = visible.map((n) => ({ id: n.id, x: n.x * k + tx, y: n.y * k + ty, r: Math.max(1, n.r * k) }));
  const meR = Math.max(4, scene.me.r * k);
  const nodeObstacles = a.emptyRings ? [] : nodes;
  const ringBoxes = ringLabelBoxes(scene.rings, k, tx, ty, a.ringSize, a.t, a.measure);
  const obstacles: Box[] = [
    ...ringBoxes,
    ...rendered.groups,
    { x: tx - meR, y: ty - meR, width: 2 * meR, height: 2 * meR },
  ];
  const placed = a.emptyRings
    ? { labels: [], key: [], unlabelled: [] }
    : placePrintLabels(
        visible.map((n, i) => ({
          id: n.id,
          x: nodes[i]!.x,
          y: nodes[i]!.y,
          r: nodes[i]!.r,
          priority: n.labelPriority,
          texts: labelTexts(n.name),
          keyText: n.name,
        })),
        {
          bounds: { x: 0, y: 0, width: rect.width, height: rect.height },
          obstacles,
          nodes: nodeObstacles,
          centre: { x: tx, y: ty },
          fontSize: a.labelSize,
          numberFontSize: a.numberSize,
          maxNumbers: a.maxNumbers,
          measure: a.measure,
        },
      );
  // Labels sit on a white box rather than a white outline: an outline (paint-order stroke) makes
  // Chromium write every word into the PDF twice, which doubles the text layer.
  const labelMarkup = placed.labels.map(
    (l) =>
      `${backing(l)}${text(l.x + 1, l.y + l.fontSize * 0.92, l.text, {
        size: l.fontSize,
        weight: l.kind === 'number' ? 'bold' : 'normal',
        fill: INK,
      }).replace('<text ', `<text class="print-label" data-kind="${l.kind}" data-person="${esc(l.id)}" `)}`,
  );
  const ringNames = ringNameMarkup(scene.rings, ringBoxes, k, tx, ty, a.ringSize, a.t);
  const groupNames = rendered.groups
    .map(
      (g) =>
        `${backing(g)}${text(g.x + 1, g.y + g.height * 0.78, g.text, { size: a.ringSize, italic: true, fill: '#3e4c59' })}`,
    )
    .join('');
  const svg = [
    `<g class="map" transform="translate(${fmt(rect.x)} ${fmt(rect.y)})">`,
    rendered.svg,
    `<g class="print-ring-names">${ringNames}</g>`,
    `<g class="print-groups">${groupNames}</g>`,
    `<g class="print-labels">${labelMarkup.join('')}</g>`,
    '</g>',
  ].join('\n');
  const shift = <T extends Box>(b: T): T => ({ ...b, x: b.x + rect.x, y: b.y + rect.y });
  return {
    svg,
    labels: placed.labels.map(shift),
    key: placed.key,
    unlabelled: placed.unlabelled,
    transform: { k, tx: tx + rect.x, ty: ty + rect.y },
    nodes: nodeObstacles.map((n) => shift({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r })),
  };
}

/** Where the ring names go (at the top of each circle, as on screen), as boxes. */
function ringLabelBoxes(
  rings: readonly SceneRing[],
  k: number,
  tx: number,
  ty: number,
  fontSize: number,
  t: Translate,
  measure: Measure,
): Box[] {
  return rings.map((ring) => {
    const w = measure(resolveText(t, ring.label), fontSize * 0.9);
    const baseline = -ring.radius * k + ty + fontSize + 2;
    return { x: tx - w / 2 - 2, y: baseline - fontSize, width: w + 4, height: fontSize * 1.3 };
  });
}

function ringNameMarkup(
  rings: readonly SceneRing[],
  boxes: readonly Box[],
  k: number,
  tx: number,
  ty: number,
  fontSize: number,
  t: Translate,
): string {
  return rings
    .map(
      (ring, i) =>
        `${boxes[i] ? backing(boxes[i]) : ''}${text(
          tx,
          -ring.radius * k + ty + fontSize + 2,
          resolveText(t, ring.label),
          {
            size: fontSize * 0.9,
            anchor: 'middle',
            fill: '#52606d',
          },
        )}`,
    )
    .join('');
}

/** A white box behind a label, so lines under it do not cross the letters. */
function backing(b: Box): string {
  return `<rect x="${fmt(b.x)}" y="${fmt(b.y)}" width="${fmt(b.width)}" height="${fmt(b.height)}" fill="#ffffff" fill-opacity="0.85"/>`;
}

/** The legend entries worth printing: what is on this map (no "wanted ring" if nobody has one…). */
export function printLegendEntries(
  scene: Scene,
  emptyRings: boolean,
  ringCadenceDays: readonly [number, number, number, number],
): LegendEntry[] {
  if (emptyRings) {
    return buildLegend({
      layout: 'ego',
      colourBy: 'kind',
      showTies: false,
      drift: 0,
      ringCadenceDays,
      contextColours: [],
      hasOtherContexts: false,
      anyPinned: false,
    })
      .filter((e) => e.id === 'rings')
      .map((e) => ({ ...e, samples: e.samples.filter((s) => s.size !== undefined) }));
  }
  const visible = scene.nodes.filter((n) => n.visible);
  return scene.legend.filter((e) => {
    if (e.id === 'ring-gap') return scene.gaps.length > 0;
    if (e.id === 'pinned') return visible.some((n) => n.pinned);
    if (e.id === 'drift') return scene.drift.length > 0;
    if (e.id === 'ties') return scene.ties.length > 0;
    return true;
  });
}

/** The rings 1–4 evenly spaced and nobody in them: a sheet for the client to write names into. */
export function emptyRingScene(
  scene: Scene,
  ringCadenceDays: readonly [number, number, number, number],
): Scene {
  const R = 400;
  const rings: SceneRing[] = ([1, 2, 3, 4] as const).map((ring) => ({
    ring,
    radius: (R * ring) / 4,
    innerRadius: (R * (ring - 1)) / 4,
    label: ringLabel(ring, ringCadenceDays),
    count: 0,
  }));
  return {
    ...scene,
    layout: 'ego',
    nodes: scene.nodes.map((n) => ({ ...n, visible: false })),
    egoLines: [],
    ties: [],
    rings,
    groups: [],
    gaps: [],
    drift: [],
    bounds: { minX: -R, minY: -R, maxX: R, maxY: R },
  };
}

/** The height the map needs at `width` (its shape, plus room for the labels at its top and bottom). */
function naturalHeight(scene: Scene, width: number): number {
  const b = scene.bounds;
  const aspect = (b.maxY - b.minY) / Math.max(1, b.maxX - b.minX);
  return Math.ceil((width - 8) * aspect + 8 + 24);
}

/** The smallest band height (in 4 px steps) at which the legend fits into `n` columns. */
function bandHeightFor(blocks: readonly Block[], n: number): number {
  const tallest = Math.max(0, ...blocks.map((b) => b.height));
  let h = Math.max(tallest, stackHeight(blocks) / n);
  const columns = (height: number) => Array.from({ length: n }, (_, i) => ({ x: i, y: 0, width: 1, height }));
  for (let i = 0; i < 200; i++) {
    const flow = flowBlocks(blocks, columns(h));
    if (flow.dropped === 0 && (flow.lastColumn < n - 1 || flow.usedInLast <= h)) break;
    h += 4;
  }
  return Math.ceil(h);
}

/** Free space for the key: below the legend in its last column, and any columns it did not use. */
function keyColumns(
  columns: readonly Column[],
  lastColumn: number,
  usedInLast: number,
  landscape: boolean,
): Rect[] {
  const slots: Rect[] = [];
  const last = columns[lastColumn]!;
  const spare = last.height - usedInLast - 8;
  if (spare > 40) slots.push({ x: last.x, y: last.y + usedInLast + 8, width: last.width, height: spare });
  for (const c of columns.slice(lastColumn + 1)) slots.push({ ...c });
  // A wide side column holds two columns of numbers.
  if (landscape && slots.length === 1 && slots[0]!.width >= 200) {
    const s = slots[0]!;
    return columnsOf(s, 2, 8).map((c, i) => (i === 0 ? c : { ...c }));
  }
  return slots;
}

function keyMarkup(
  key: readonly KeyEntry[],
  unlabelled: number,
  slots: readonly Rect[],
  rows: readonly number[],
  frame: PageFrame,
  t: Translate,
  measure: Measure,
): string {
  if (key.length === 0 && unlabelled === 0) return '';
  const type = frame.type;
  const line = type.key * 1.35;
  const titleHeight = type.legendTitle * 1.6;
  const out: string[] = ['<g class="key">'];
  let i = 0;
  const first = slots[0];
  if (first && key.length > 0)
    out.push(
      text(first.x, first.y + type.legendTitle, t('print:key.title'), {
        size: type.legendTitle,
        weight: 'bold',
        fill: INK,
      }),
    );
  slots.forEach((slot, s) => {
    // In a pair of key columns side by side (landscape), both start below the one title.
    const top = slot.y + titleHeight;
    for (let r = 0; r < (rows[s] ?? 0) && i < key.length; r++, i++) {
      const entry = key[i]!;
      const y = top + (r + 1) * line - line * 0.25;
      const numberWidth = type.key * 2.2;
      out.push(
        text(slot.x + numberWidth, y, String(entry.number), {
          size: type.key,
          weight: 'bold',
          anchor: 'end',
          fill: INK,
        }),
      );
      out.push(
        text(
          slot.x + numberWidth + 3,
          y,
          fitText(entry.text, slot.width - numberWidth - 4, type.key, measure),
          { size: type.key, fill: INK },
        ),
      );
    }
  });
  if (unlabelled > 0) {
    // Below the key; without room for a key, at the left of the footer line.
    const note = t('print:key.unlabelled', { count: unlabelled });
    const style = { size: type.legendNote, italic: true, fill: MUTED };
    const at = slots[slots.length - 1];
    if (at) out.push(text(at.x, at.y + at.height - 2, note, style));
    else out.push(text(frame.footer.x, frame.footer.y + frame.footer.height - 2, note, style));
  }
  out.push('</g>');
  return out.join('');
}

function header(frame: PageFrame, texts: PageTexts): string {
  const { header: h, type } = frame;
  return [
    '<g class="header">',
    text(h.x, h.y + type.title, texts.title, { size: type.title, weight: 'bold', fill: INK }),
    texts.subtitle
      ? text(h.x, h.y + type.title * 1.25 + type.subtitle * 1.2, texts.subtitle, {
          size: type.subtitle,
          fill: MUTED,
        })
      : '',
    '</g>',
  ].join('');
}

function footer(frame: PageFrame, content: string): string {
  const f = frame.footer;
  return `<g class="footer">${text(f.x + f.width, f.y + f.height - 2, content, { size: frame.type.footer, anchor: 'end', fill: MUTED })}</g>`;
}
