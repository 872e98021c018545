/** Small helpers for writing SVG markup as strings (the print page is composed as text, then parsed once). */
import { esc } from '../scene/svg-text';

export function fmt(v: number): string {
  return String(Math.round(v * 100) / 100);
}

export interface TextStyle {
  size: number;
  weight?: 'bold' | 'normal';
  italic?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** A white outline behind the letters, so text stays readable over lines. */
  halo?: number;
}

/** A `<text>` element at baseline (x, y). */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  const attrs = [
    `x="${fmt(x)}"`,
    `y="${fmt(y)}"`,
    `font-size="${fmt(style.size)}"`,
    style.weight === 'bold' ? 'font-weight="bold"' : '',
    style.italic ? 'font-style="italic"' : '',
    style.fill ? `fill="${style.fill}"` : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    style.halo
      ? `paint-order="stroke" stroke="#ffffff" stroke-width="${fmt(style.halo)}" stroke-linejoin="round"`
      : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${esc(content)}</text>`;
}

/** Greedy word wrap to `width`; a word longer than a line is kept whole on its own line. */
export function wrapText(
  content: string,
  width: number,
  size: number,
  measure: (text: string, fontSize: number) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
