/**
 * Text widths for the print layout, measured with the browser's own font machinery (a canvas), so
 * label boxes are exactly as wide as the printed words. Cached: a print measures the same names often.
 */
import { PRINT_FONT } from './print-map';

export function canvasMeasure(fontFamily: string = PRINT_FONT): (text: string, fontSize: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('this browser cannot measure text (no 2D canvas)');
  const cache = new Map<string, number>();
  let current = '';
  return (text, fontSize) => {
    const key = `${fontSize}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const font = `${fontSize}px ${fontFamily}`;
      if (font !== current) {
        context.font = font;
        current = font;
      }
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
