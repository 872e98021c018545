/**
 * Where things go on a printed page, in CSS pixels (96 per inch; Chromium prints them at that size):
 * the header (title, subtitle), the map, the side area for the legend and the number key (a column on
 * the right in landscape, a band at the bottom in portrait), the footer. Type sizes grow a little on A3,
 * which is looked at from further away on a table. Pure.
 */
import type { PaperSize } from '../../../shared/print/options';
import { mmToPx, pageSizeMm } from '../../../shared/print/paper';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TypeScale {
  title: number;
  subtitle: number;
  label: number;
  number: number;
  ring: number;
  legendTitle: number;
  legendLabel: number;
  legendNote: number;
  key: number;
  footer: number;
  body: number;
}

export interface PageFrame {
  paper: PaperSize;
  landscape: boolean;
  width: number;
  height: number;
  widthMm: number;
  heightMm: number;
  content: Rect;
  header: Rect;
  body: Rect;
  footer: Rect;
  type: TypeScale;
}

export function typeScale(paper: PaperSize): TypeScale {
  const s = paper === 'A3' ? 1.2 : 1;
  return {
    title: 20 * s,
    subtitle: 10 * s,
    label: 8 * s,
    number: 7 * s,
    ring: 8 * s,
    legendTitle: 8 * s,
    legendLabel: 7.5 * s,
    legendNote: 6.5 * s,
    key: 7 * s,
    footer: 7 * s,
    body: 9 * s,
  };
}

export function pageFrame(paper: PaperSize, landscape: boolean, marginMm: number): PageFrame {
  const { widthMm, heightMm } = pageSizeMm(paper, landscape);
  const width = mmToPx(widthMm);
  const height = mmToPx(heightMm);
  const m = mmToPx(marginMm);
  const type = typeScale(paper);
  const content = { x: m, y: m, width: width - 2 * m, height: height - 2 * m };
  const headerHeight = type.title * 1.25 + type.subtitle * 1.6 + 6;
  const footerHeight = type.footer * 1.8;
  const header = { x: content.x, y: content.y, width: content.width, height: headerHeight };
  const footer = {
    x: content.x,
    y: content.y + content.height - footerHeight,
    width: content.width,
    height: footerHeight,
  };
  const body = {
    x: content.x,
    y: header.y + header.height,
    width: content.width,
    height: content.height - headerHeight - footerHeight,
  };
  return { paper, landscape, width, height, widthMm, heightMm, content, header, body, footer, type };
}

export const GUTTER = 14;

/** Landscape: the map on the left, a column on the right for the legend and the key. */
export function sideColumn(frame: PageFrame): { map: Rect; side: Rect } {
  const s = frame.paper === 'A3' ? 1.2 : 1;
  const sideWidth = Math.min(Math.max(frame.body.width * 0.22, 190 * s), 250 * s);
  const side = {
    x: frame.body.x + frame.body.width - sideWidth,
    y: frame.body.y,
    width: sideWidth,
    height: frame.body.height,
  };
  const map = {
    x: frame.body.x,
    y: frame.body.y,
    width: frame.body.width - sideWidth - GUTTER,
    height: frame.body.height,
  };
  return { map, side };
}

/** Portrait: the map on top, a band of `bandHeight` at the bottom, split into equal columns. */
export function bottomBand(frame: PageFrame, bandHeight: number): { map: Rect; band: Rect } {
  const band = {
    x: frame.body.x,
    y: frame.body.y + frame.body.height - bandHeight,
    width: frame.body.width,
    height: bandHeight,
  };
  const map = {
    x: frame.body.x,
    y: frame.body.y,
    width: frame.body.width,
    height: frame.body.height - bandHeight - GUTTER,
  };
  return { map, band };
}

/** `n` columns of equal width across `rect`, `gap` apart. */
export function columnsOf(rect: Rect, n: number, gap = GUTTER): Rect[] {
  const width = (rect.width - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({
    x: rect.x + i * (width + gap),
    y: rect.y,
    width,
    height: rect.height,
  }));
}
