/**
 * Turns zod issues into what a person (and a form) can use: one readable sentence, and a map from the
 * dotted path of each wrong field to its message.
 */
import type { z } from 'zod';

export interface ReadableIssues {
  /** e.g. `displayName: name must not be empty; emails.0: not a valid e-mail address` */
  message: string;
  /** Dotted path → first message for that path. Issues about the request as a whole are only in `message`. */
  fields: Record<string, string>;
}

export function readableIssues(error: z.ZodError): ReadableIssues {
  const fields: Record<string, string> = {};
  const parts: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    parts.push(path ? `${path}: ${issue.message}` : issue.message);
    if (path && !(path in fields)) fields[path] = issue.message;
  }
  return { message: parts.join('; ') || 'the request is not valid', fields };
}
