/**
 * ImportError: the only error an importer lets out. It names the file and, where it applies, the line,
 * says what is wrong and what to do. Its `message` is English (logs, IPC); callers translate with
 * `import:errors.<reason>` and `params`.
 */
import en from '../../shared/i18n/locales/en/import';
import { AppError } from '../errors';

export type ImportErrorReason = keyof typeof en.errors;

export interface ImportErrorParams {
  file: string;
  line?: number;
  detail?: string;
  [key: string]: string | number | undefined;
}

export class ImportError extends AppError {
  constructor(
    readonly reason: ImportErrorReason,
    readonly params: ImportErrorParams,
  ) {
    super('invalid-request', interpolate(en.errors[reason], params), {
      file: params.file,
      ...(params.line !== undefined ? { line: String(params.line) } : {}),
    });
    this.name = 'ImportError';
  }

  get file(): string {
    return this.params.file;
  }

  get line(): number | undefined {
    return this.params.line;
  }
}

/** Replaces `{{name}}` placeholders; the same syntax as i18next, so one string serves both. */
export function interpolate(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined ? '?' : String(value);
  });
}

/** Runs `work`; anything but an ImportError escaping it becomes one, so callers only ever see ImportError. */
export function atBoundary<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asImportError(file, error);
  }
}

export function asImportError(file: string, error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError('read-failed', { file, detail: detail.slice(0, 300) });
}
