/**
 * Page 3 of the coaching pack: the map twelve months ago beside today's, in the same layout and at the
 * same scale, so that a person who drifted outwards is seen to have moved. A compact legend (rings, line
 * width, recency, neglect) runs along the bottom.
 */

import { esc } from '../scene/svg-text';
import type { Translate } from '../scene/text';
import type { Scene } from '../scene/types';
import { columnsOf, GUTTER, type PageFrame, type Rect } from './print-layout';
import { flowBlocks, legendBlocks, type Measure } from './print-legend';
import { type DrawnMap, drawMap, type PageTexts, PRINT_FONT, printLegendEntries } from './print-map';
import { fmt, text } from './svg-util';

export interface DriftPageInput {
  frame: PageFrame;
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

export function composeDriftPage(input: DriftPageInput): DriftPageResult {
  const { frame, t, measure } = input;
  const type = frame.type;
  const body = frame.body;
  const columns = 4;
  const legendRect = { x: body.x, y: body.y, width: body.width, height: 0 };
  const legendCols = columnsOf({ ...legendRect, height: 10_000 }, columns);
  const entries = printLegendEntries(input.now, false, input.ringCadenceDays).filter((e) =>
    COMPACT.has(e.id),
  );
  const style = (k: number) => ({
    width: legendCols[0]!.width,
    k,
    titleSize: type.legendTitle,
    labelSize: type.legendLabel,
    noteSize: type.legendNote,
    t,
    measure,
  });
  const blocks = legendBlocks(entries, style(1));
  const legendHeight = Math.max(...blocks.map((b) => b.height), 0);
  const captionHeight = type.subtitle * 1.8;
  const noteHeight = type.legendNote * 1.8;
  const mapsArea: Rect = {
    x: body.x,
    y: body.y + noteHeight,
    width: body.width,
    height: body.height - legendHeight - GUTTER - noteHeight,
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
