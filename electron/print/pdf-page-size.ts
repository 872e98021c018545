/**
 * Chromium lays out PDF pages in whole device units of 1/300 inch, so an A4 page comes out as
 * 595.92 × 841.92 pt instead of ISO's 595.28 × 841.89 (a fifth of a millimetre too wide). This sets each
 * page's MediaBox to the exact size. The new numbers are written into the same number of bytes (padded
 * with spaces), so the byte offsets in the file's cross-reference table stay right; the content is
 * untouched (what is cut is the blank sliver beyond the page's own margin).
 */

/** Exact page size in points → the PDF with every `/MediaBox [0 0 w h]` set to it. */
export function setMediaBox(pdf: Buffer, width: number, height: number): { pdf: Buffer; changed: number } {
  // latin1 keeps every byte as one character, so indices are byte offsets.
  const text = pdf.toString('latin1');
  const pattern = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g;
  const out = Buffer.from(pdf);
  let changed = 0;
  for (const match of text.matchAll(pattern)) {
    const old = match[0];
    const replacement = fitted(width, height, old.length);
    if (replacement === undefined) continue;
    out.write(replacement, match.index, 'latin1');
    changed++;
  }
  return { pdf: out, changed };
}

/** `/MediaBox [0 0 w h]` in exactly `length` characters (fewer decimals if need be), or undefined. */
function fitted(width: number, height: number, length: number): string | undefined {
  for (let digits = 5; digits >= 0; digits--) {
    const num = (v: number) => String(Number(v.toFixed(digits)));
    const box = `/MediaBox [0 0 ${num(width)} ${num(height)}]`;
    if (box.length <= length) return box + ' '.repeat(length - box.length);
  }
  return undefined;
}

/** The MediaBoxes of a PDF, in points (for checks). */
export function mediaBoxes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}
