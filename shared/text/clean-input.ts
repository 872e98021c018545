/**
 * Text as the user typed or pasted it → text as it is stored. Control characters are invisible, mean
 * nothing in a name and break XML (see xml-safe.ts); the one that arrives most is U+000B, which Word
 * puts on the clipboard for a manual line break (Shift+Enter). Line breaks of any kind become a space
 * in a one-line field (a name) and a newline in a multi-line field (notes); tabs stay only in the
 * latter; everything else in C0 and C1, and what XML forbids, is dropped. The schemas apply these to
 * every text field (shared/domain/schema.ts), so the IPC, the CLI, imports and loading a file all agree.
 */
import { xmlSafe } from './xml-safe';

/** Any line break: CR LF, CR, LF, VT (Word), FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const BREAKS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
/** C0 and C1 controls and DEL (the breaks are handled first). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS_BUT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Whether there is anything to do at all (the common case: no). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]/;

/** For a one-line field: breaks and tabs become a space, other control characters are dropped. */
export function cleanSingleLine(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return xmlSafe(text.replace(BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, ''));
}

/** For a multi-line field (notes): every kind of break becomes `\n`, tabs stay, other controls go. */
export function cleanMultiLine(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return xmlSafe(text.replace(BREAKS, '\n').replace(CONTROLS_BUT_NEWLINE_AND_TAB, ''));
}

/** Whether a file holds anything to clean (tab, LF and CR are its own). */
const FILE_SUSPECT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufffe\uffff]/;
/** Controls no text file needs: C0 except tab, LF and CR; DEL; C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const FILE_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** Breaks that are not a file's own line ends (they may sit inside a field): a space keeps rows whole. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const FIELD_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g;

/**
 * A whole imported file, before it is parsed: the file's own line ends (CR, LF) and tabs stay, so CSV
 * rows, vCard lines and calendar lines keep their structure; Word's U+000B and the other in-field breaks
 * become a space; other control characters are dropped. The parsed fields then need no cleaning.
 */
export function cleanFileText(text: string): string {
  if (!FILE_SUSPECT.test(text)) return text;
  return xmlSafe(text.replace(FIELD_BREAKS, ' ').replace(FILE_CONTROLS, ''));
}
