/**
 * Bytes → text, with the checks every importer needs first: size limit, empty, archives and other
 * binary files, byte-order marks (UTF-8, UTF-16) and legacy 8-bit files (Windows-1252, which is what
 * Outlook and Excel write on German and English Windows when the file is not UTF-8).
 */
import { cleanFileText } from '../../shared/text/clean-input';
import { ImportError } from './errors';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const MAGIC: { bytes: number[]; archive?: true }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], archive: true }, // ZIP (LinkedIn delivers its export as one)
  { bytes: [0x50, 0x4b, 0x05, 0x06], archive: true }, // empty ZIP
  { bytes: [0x1f, 0x8b] }, // gzip
  { bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { bytes: [0xd0, 0xcf, 0x11, 0xe0] }, // old Office (xls)
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] }, // SQLite
];

export function decodeImportBytes(file: string, bytes: Uint8Array, limit = MAX_IMPORT_BYTES): DecodedText {
  if (bytes.length > limit) {
    throw new ImportError('too-large', {
      file,
      size: Math.ceil(bytes.length / (1024 * 1024)),
      limit: Math.floor(limit / (1024 * 1024)),
    });
  }
  if (bytes.length === 0) throw new ImportError('empty', { file });
  for (const magic of MAGIC) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) {
      throw new ImportError(magic.archive ? 'archive' : 'binary', { file, offset: 0 });
    }
  }
  const decoded = decode(file, bytes);
  const offset = firstControlCharacter(decoded.text);
  if (offset !== -1) throw new ImportError('binary', { file, offset });
  if (decoded.text.trim() === '') throw new ImportError('empty', { file });
  // The few stray control characters a text file may hold (Word's U+000B) never reach a field.
  return { ...decoded, text: cleanFileText(decoded.text) };
}

function decode(file: string, bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: decodeWith('utf-8', bytes.subarray(3)) ?? decodeLegacy(bytes.subarray(3)),
      encoding: 'utf-8',
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ImportError('binary', { file, offset: nul });
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeLegacy(bytes), encoding: 'windows-1252' };
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeLegacy(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

/**
 * Offset of the first character no text file holds (C0 controls other than tab, line feed, form feed
 * and carriage return; NUL; DEL runs), or -1. One stray control character in a large file is tolerated
 * (old exports contain the odd ^Z); a binary file has them everywhere.
 */
function firstControlCharacter(text: string): number {
  const sample = Math.min(text.length, 1 << 20);
  let count = 0;
  let first = -1;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) {
      if (first === -1) first = i;
      count++;
    }
  }
  if (count === 0) return -1;
  if (count > 2 && count * 1000 > sample) return first;
  if (first === 0 || sample < 64) return first;
  return -1;
}

/** One line ending for every parser: CRLF, CR and the CR CR LF some phones write all become LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r*\n|\r/g, '\n');
}

/** Removes a leading byte-order mark that survived decoding (e.g. a file saved twice with a BOM). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
