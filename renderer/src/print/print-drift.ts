/**
 * The coaching pack's drift page: the map twelve months ago beside today's, in the same layout and at the
 * same scale, so that a person who drifted outwards is seen to have moved, and beside them the list of
 * who moved in and who drifted out (name; ring then → ring now, since when) — as many as the column holds,
 * the rest continued on the pack's text pages ("12 more on page 4"). A compact legend (rings, line width,
 * recency, neglect) runs along the bottom.
 */

import { esc } from '../scene/svg-text';
import type { Translate } from '../scene/text';
import type { Scene } from '../scene/types';
import { columnsOf, GUTTER, type PageFrame, type Rect } from './print-layout';
import { flowBlocks, legendBlocks, type Measure } from './print-legend';
import { type DrawnMap, drawMap, type PageTexts, PRINT_FONT, printLegendEntries } from './print-map';
import { fmt, text } from './svg-util';

/** One person who moved, as the list prints them. */
export interface DriftListRow {
  id: string;
  name: string;
  /** "Ring 3 → Ring 2, since Mar 2026". */
  move: string;
  direction: 'inward' | 'outward';
}

export interface DriftListInput {
  title: string;
  /** "Moved in (3)", "Drifted out (5)". */
  inwardTitle: string;
  outwardTitle: string;
  /** "Nobody." */
  nobody: string;
  rows: DriftListRow[];
  /** How many of `rows` the page lists (the rest continue elsewhere), see `driftListCapacity`. */
  listed: number;
  /** "12 more on page 4", when not all are listed. */
  more?: string;
}

export interface DriftPageInput {
  frame: PageFrame;
  list: DriftListInput;
  earlier: Scene;
  now: Scene;
  earlierCaption: string;
  nowCaption: string;
  note: string;
  texts: PageTexts;
  meLabel: string;
  ringCadenceDays: readonly [number, number, number, number];
  t: Translate;
  measure: Measure;
}

export interface DriftPageResult {
  svg: string;
  maps: [DrawnMap, DrawnMap];
}

const INK = '#1f2933';
const MUTED = '#52606d';
const COMPACT = new Set(['rings', 'line-width', 'recency', 'neglected']);

/** The list's column: its share of the page's width. */
function listWidth(frame: PageFrame): number {
  return Math.round(frame.body.width * (frame.landscape ? 0.24 : 0.3));
}

/** Heights in the list: a row is a name and the move under it. */
function listMetrics(frame: PageFrame) {
  const t = frame.type;
  return {
    title: t.subtitle * 1.8,
    group: t.body * 2,
    row: t.body * 1.25 + t.legendLabel * 1.25 + 3,
    more: t.body * 1.6,
  };
}

/**
 * How many rows the list column holds on this page, with both group titles and a "more" line: the rows
 * beyond it continue on the pack's text pages.
 */
export function driftListCapacity(frame: PageFrame, legendHeight: number): number {
  const m = listMetrics(frame);
  const height = frame.body.height - legendHeight - GUTTER;
  return Math.max(0, Math.floor((height - m.title - 2 * m.group - m.more) / m.row));
}

/** The compact legend along the bottom of the drift page, and its height. */
function driftLegend(
  frame: PageFrame,
  now: Scene,
  ringCadenceDays: readonly [number, number, number, number],
  t: Translate,
  measure: Measure,
) {
  const type = frame.type;
  const body = frame.body;
  const legendCols = columnsOf({ x: body.x, y: body.y, width: body.width, height: 10_000 }, 4);
  const entries = printLegendEntries(now, false, ringCadenceDays).filter((e) => COMPACT.has(e.id));
  const style = (k: number) => ({
    width: legendCols[0]!.width,
    k,
    titleSize: type.legendTitle,
    labelSize: type.legendLabel,
    noteSize: type.legendNote,
    t,
    measure,
  });
  const height = Math.max(...legendBlocks(entries, style(1)).map((b) => b.height), 0);
  return { entries, legendCols, style, height };
}

/** How many people the drift page's list holds (the rest continue on the pack's text pages). */
export function driftListRoom(
  frame: PageFrame,
  now: Scene,
  ringCadenceDays: readonly [number, number, number, number],
  t: Translate,
  measure: Measure,
): number {
  return driftListCapacity(frame, driftLegend(frame, now, ringCadenceDays, t, measure).height);
}

export function composeDriftPage(input: DriftPageInput): DriftPageResult {
  const { frame, t, measure } = input;
  const type = frame.type;
  const body = frame.body;
  const {
    entries,
    legendCols,
    style,
    height: legendHeight,
  } = driftLegend(frame, input.now, input.ringCadenceDays, t, measure);
  const captionHeight = type.subtitle * 1.8;
  const noteHeight = type.legendNote * 1.8;
  const listW = listWidth(frame);
  const mapsArea: Rect = {
    x: body.x,
    y: body.y + noteHeight,
    width: body.width - listW - GUTTER,
    height: body.height - legendHeight - GUTTER - noteHeight,
  };
  const listRect: Rect = {
    x: body.x + body.width - listW,
    y: body.y,
    width: listW,
    height: body.height - legendHeight - GUTTER,
  };
  const halves: Rect[] = frame.landscape
    ? columnsOf(mapsArea, 2)
    : [
        { ...mapsArea, height: (mapsArea.height - GUTTER) / 2 },
        {
          ...mapsArea,
          y: mapsArea.y + (mapsArea.height + GUTTER) / 2,
          height: (mapsArea.height - GUTTER) / 2,
        },
      ];
  const mapRects = halves.map((h) => ({ ...h, y: h.y + captionHeight, height: h.height - captionHeight }));
  // Both maps at the scale of the larger picture, so positions and sizes compare directly.
  const [earlierScene, nowScene] = commonBounds(input.earlier, input.now);
  const draw = (scene: Scene, rect: Rect) =>
    drawMap({
      scene,
      rect,
      meLabel: input.meLabel,
      emptyRings: false,
      t,
      measure,
      labelSize: type.label,
      numberSize: type.number,
      ringSize: type.ring,
      maxNumbers: 0,
    });
  const earlier = draw(earlierScene, mapRects[0]!);
  const now = draw(nowScene, mapRects[1]!);

  const legendTop = body.y + body.height - legendHeight;
  const legend = flowBlocks(
    legendBlocks(entries, style(now.transform.k)),
    legendCols.map((c) => ({ ...c, y: legendTop, height: legendHeight })),
  );
  const caption = (rect: Rect, content: string) =>
    text(rect.x, rect.y + type.subtitle * 1.1, content, { size: type.subtitle, weight: 'bold', fill: INK });
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(frame.width)}" height="${fmt(frame.height)}" viewBox="0 0 ${fmt(frame.width)} ${fmt(frame.height)}" font-family="${esc(PRINT_FONT)}">`,
    `<rect width="${fmt(frame.width)}" height="${fmt(frame.height)}" fill="#ffffff"/>`,
    text(frame.header.x, frame.header.y + type.title, input.texts.title, {
      size: type.title,
      weight: 'bold',
      fill: INK,
    }),
    input.texts.subtitle
      ? text(frame.header.x, frame.header.y + type.title * 1.25 + type.subtitle * 1.2, input.texts.subtitle, {
          size: type.subtitle,
          fill: MUTED,
        })
      : '',
    text(body.x, body.y + type.legendNote * 1.2, input.note, {
      size: type.legendNote,
      italic: true,
      fill: MUTED,
    }),
    caption(halves[0]!, input.earlierCaption),
    caption(halves[1]!, input.nowCaption),
    earlier.svg,
    now.svg,
    driftList(input.list, listRect, frame, measure),
    `<g class="legend">${legend.svg}</g>`,
    text(frame.footer.x + frame.footer.width, frame.footer.y + frame.footer.height - 2, input.texts.footer, {
      size: type.footer,
      anchor: 'end',
      fill: MUTED,
    }),
    '</svg>',
  ];
  return { svg: out.join('\n'), maps: [earlier, now] };
}

/** The list of who moved, in its column: moved in first, then drifted out. */
function driftList(list: DriftListInput, rect: Rect, frame: PageFrame, measure: Measure): string {
  const type = frame.type;
  const m = listMetrics(frame);
  const clip = (content: string, size: number, bold = false) => {
    let out = content;
    while (out.length > 3 && measure(out, size) * (bold ? 1.08 : 1) > rect.width)
      out = `${out.slice(0, -2)}…`;
    return out;
  };
  const out: string[] = ['<g class="drift-list">'];
  let y = rect.y;
  out.push(
    text(rect.x, y + type.subtitle * 1.1, clip(list.title, type.subtitle, true), {
      size: type.subtitle,
      weight: 'bold',
      fill: INK,
    }),
  );
  y += m.title;
  const shown = list.rows.slice(0, list.listed);
  for (const direction of ['inward', 'outward'] as const) {
    const rows = shown.filter((r) => r.direction === direction);
    const all = list.rows.filter((r) => r.direction === direction).length;
    out.push(
      text(rect.x, y + type.body * 1.3, direction === 'inward' ? list.inwardTitle : list.outwardTitle, {
        size: type.body,
        weight: 'bold',
        fill: direction === 'inward' ? '#0072b2' : '#b34700',
      }),
    );
    y += m.group;
    if (all === 0) {
      out.push(text(rect.x, y + type.body, list.nobody, { size: type.body, fill: MUTED }));
      y += m.row;
      continue;
    }
    for (const r of rows) {
      out.push(
        text(rect.x, y + type.body, clip(r.name, type.body, true), {
          size: type.body,
          weight: 'bold',
          fill: INK,
        }),
        text(rect.x, y + type.body * 1.25 + type.legendLabel * 1.05, clip(r.move, type.legendLabel), {
          size: type.legendLabel,
          fill: MUTED,
        }),
      );
      y += m.row;
    }
  }
  if (list.more)
    out.push(
      text(rect.x, y + type.body * 1.2, clip(list.more, type.body), {
        size: type.body,
        italic: true,
        fill: MUTED,
      }),
    );
  out.push('</g>');
  return out.join('\n');
}

/** The two scenes with the union of their bounds, so both are drawn at one scale. */
function commonBounds(a: Scene, b: Scene): [Scene, Scene] {
  const bounds = {
    minX: Math.min(a.bounds.minX, b.bounds.minX),
    minY: Math.min(a.bounds.minY, b.bounds.minY),
    maxX: Math.max(a.bounds.maxX, b.bounds.maxX),
    maxY: Math.max(a.bounds.maxY, b.bounds.maxY),
  };
  return [
    { ...a, bounds },
    { ...b, bounds },
  ];
}
