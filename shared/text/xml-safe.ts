/**
 * Text on its way into SVG or any other XML. XML 1.0 forbids most C0 control characters (everything
 * below U+0020 except tab, newline and carriage return), the non-characters U+FFFE and U+FFFF, and
 * half of a surrogate pair; one of them in a name makes the whole document unparsable (a blank print,
 * a white window). Every place that writes text into XML goes through `escapeXml` (or `xmlSafe` where
 * the markup is escaped elsewhere), whatever the data file or an importer holds.
 */

/** Forbidden characters, and lone surrogates (a high one not followed by a low one, or a low one alone). */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A quick test without the look-arounds: most text has none of these, and then nothing is copied. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * `text` with every character XML forbids dropped; a lone surrogate becomes U+FFFD (the replacement
 * character), so a cut emoji still shows that something was there. Returns `text` itself when it is
 * already safe.
 */
export function xmlSafe(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(FORBIDDEN, (c) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : ''));
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an XML element or an attribute value: forbidden characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
