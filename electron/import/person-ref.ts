/**
 * How Tiefgang's files name a person: `Anna Berg <anna@example.org>`, `anna@example.org` or `Anna Berg`.
 * The importers read it, the exporters write it.
 */
import { isEmail, normaliseEmail } from '../../shared/domain/names';
import type { PersonRef } from './types';

/**
 * A participant as written in a CSV cell or calendar: `Anna Berg <anna@example.org>`, `anna@example.org`
 * or `Anna Berg`. Returns null for an empty cell.
 */
export function parsePersonRef(text: string): PersonRef | null {
  const value = text.trim();
  if (value === '') return null;
  // dotAll: a name may hold a line separator (U+2028) pasted from a document.
  const angle = /^(.*?)\s*<([^<>]+)>$/s.exec(value);
  if (angle) {
    const name = unquote(angle[1]!.trim());
    const inner = angle[2]!.trim();
    if (isEmail(inner))
      return name ? { name, email: normaliseEmail(inner) } : { email: normaliseEmail(inner) };
  }
  if (isEmail(value.replace(/^mailto:/i, ''))) return { email: normaliseEmail(value) };
  return { name: value.replace(/\s+/g, ' ') };
}

/** The text form of a reference, as written by the exporters and shown in messages. */
export function formatPersonRef(name: string, email: string | undefined): string {
  if (!email) return name;
  // A name holding quotes or backslashes is written as a quoted string (as in a mail header), so that
  // a name such as `""` is not read back as the quotes around an empty name.
  const shown = /["\\]/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : name;
  return `${shown} <${email}>`;
}

/** `"Berg, Anna"` → `Berg, Anna`; `"say \"hi\""` → `say "hi"`; anything else as it is. */
function unquote(name: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"$/s.exec(name);
  return quoted ? quoted[1]!.replace(/\\(.)/gs, '$1') : name;
}
