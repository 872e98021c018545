/**
 * Paper sizes (ISO 216) in the units the print path needs: millimetres for CSS, CSS pixels (96 per inch)
 * for the page layout, PostScript points (72 per inch) for the PDF's MediaBox.
 */
import type { PaperSize } from './options';

const MM_PER_INCH = 25.4;
export const CSS_PX_PER_INCH = 96;
export const PT_PER_INCH = 72;

/** Portrait width × height in millimetres. */
export const PAPER_MM: Readonly<Record<PaperSize, readonly [number, number]>> = {
  A4: [210, 297],
  A3: [297, 420],
};

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

export function pageSizeMm(paper: PaperSize, landscape: boolean): PageSize {
  const [w, h] = PAPER_MM[paper];
  return landscape ? { widthMm: h, heightMm: w } : { widthMm: w, heightMm: h };
}

export const mmToPx = (mm: number): number => (mm / MM_PER_INCH) * CSS_PX_PER_INCH;
export const mmToPt = (mm: number): number => (mm / MM_PER_INCH) * PT_PER_INCH;

/** The page in points, as a PDF reader reports it (A4 portrait: 595.28 × 841.89). */
export function pageSizePt(paper: PaperSize, landscape: boolean): { width: number; height: number } {
  const { widthMm, heightMm } = pageSizeMm(paper, landscape);
  return { width: mmToPt(widthMm), height: mmToPt(heightMm) };
}
