/**
 * The left margin a chart needs for its y-axis tick labels: the widest label as the browser draws it
 * (measured on a canvas in the page's own font), plus the gap to the axis. A fixed margin clipped
 * longer labels such as the German "100 %" (with its space before the sign).
 */

/** The tick labels' font size in px (`.chart-tick` in styles/views.css). */
export const TICK_FONT_PX = 12;
/** Space between a tick label and the plot (the labels sit at x = −6). */
const GAP = 6;
/** Breathing room at the SVG's left edge. */
const EDGE = 4;

type Measure = (text: string) => number;

let cached: Measure | undefined;

/** Measures text at the tick font size with a canvas; a generous estimate where there is no canvas. */
function tickMeasure(): Measure {
  if (cached) return cached;
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * TICK_FONT_PX * 0.65;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  context.font = `${TICK_FONT_PX}px ${family}`;
  const measure: Measure = (text) => context.measureText(text).width;
  cached = measure;
  return measure;
}

/** The left margin (px) that fits every label, never less than `min`. */
export function axisLeftMargin(
  labels: readonly string[],
  min = 24,
  measure: Measure = tickMeasure(),
): number {
  const widest = labels.reduce((w, label) => Math.max(w, measure(label)), 0);
  return Math.max(min, Math.ceil(widest + GAP + EDGE));
}
