/**
 * Scene texts are references (`TextRef`), so that a scene built in a worker carries no language.
 * Conventions: a key without a namespace is in `map`; a parameter may itself be a reference (resolved
 * first, with its own parameters); the key `TEXT_KEY` stands for the literal `params.text` (a name).
 */
import type { TextParam, TextRef } from './types';

export const TEXT_KEY = '=text';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A reference to a key without parameters: `ref('ring.1')`. */
export function ref(key: string, params?: Readonly<Record<string, TextParam>>): TextRef {
  return params ? { key, params } : { key };
}

/** A literal text (a person's or a context's name), never translated. */
export function literal(text: string): TextRef {
  return { key: TEXT_KEY, params: { text } };
}

export function resolveText(t: Translate, text: TextRef): string {
  if (text.key === TEXT_KEY) return String(text.params?.text ?? '');
  const params: Record<string, unknown> = { interpolation: { escapeValue: false } };
  for (const [name, value] of Object.entries(text.params ?? {})) {
    params[name] = typeof value === 'object' ? resolveText(t, value) : value;
  }
  return t(qualify(text.key), params);
}

function qualify(key: string): string {
  return key.includes(':') ? key : `map:${key}`;
}
