/**
 * Scene texts are references (`TextRef`), so that a scene built in a worker carries no language.
 * Conventions: a key without a namespace is in `map`; a parameter value starting with `@` is itself a
 * key to translate (`@ring.1`); the key `TEXT_KEY` stands for the literal `params.text` (a name).
 */
import type { TextRef } from './types';

export const TEXT_KEY = '=text';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function resolveText(t: Translate, ref: TextRef): string {
  if (ref.key === TEXT_KEY) return String(ref.params?.text ?? '');
  const params: Record<string, unknown> = { interpolation: { escapeValue: false } };
  for (const [name, value] of Object.entries(ref.params ?? {})) {
    params[name] =
      typeof value === 'string' && value.startsWith('@') ? resolveText(t, { key: value.slice(1) }) : value;
  }
  return t(qualify(ref.key), params);
}

function qualify(key: string): string {
  return key.includes(':') ? key : `map:${key}`;
}
