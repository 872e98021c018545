/** One output format of `tiefgang export --format <name>`. */
import type { Database } from '../../../shared/domain/schema';
import type { CommandContext } from '../command';

export interface ExportFormat {
  /** The value of --format. */
  readonly name: string;
  /** i18n key of a short description for the help text. */
  readonly summary: string;
  /** The file content: text (written as UTF-8) or bytes. */
  render(
    data: Readonly<Database>,
    context: CommandContext,
  ): string | Uint8Array | Promise<string | Uint8Array>;
}
