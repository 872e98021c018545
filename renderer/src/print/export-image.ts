/**
 * The map page as files: SVG as it is (vector), PNG rasterised by the browser at 300 dpi and marked as
 * such. Both are returned as base64 for the `print.export` channel.
 */
import { withDpi } from './png-dpi';

export const PNG_DPI = 300;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function svgToBase64(svg: string): string {
  return bytesToBase64(new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`));
}

/** Draws the SVG (sized in CSS pixels) into a canvas at `dpi` and returns the PNG's bytes. */
export async function svgToPng(
  svg: string,
  widthMm: number,
  heightMm: number,
  dpi = PNG_DPI,
): Promise<Uint8Array> {
  const width = Math.round((widthMm / 25.4) * dpi);
  const height = Math.round((heightMm / 25.4) * dpi);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas to draw the image on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))),
        'image/png',
      ),
    );
    return withDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a title: letters, digits, spaces and dashes kept, the rest dropped. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Tiefgang'}.${extension}`;
}
