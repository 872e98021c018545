/**
 * Splits streamed bytes into lines without ever holding more than one line (and refusing a line longer
 * than the limit), checks that the text is UTF-8 where a format promises it, and numbers the lines
 * from 1 so every message can name the line it is about.
 */
import { isUtf8 } from 'node:buffer';
import { ImportError } from '../errors';

export interface LineSplitterOptions {
  file: string;
  /** The format's name for messages ("WhatsApp"). */
  format: string;
  maxLineBytes: number;
  /** Refuse bytes that are not UTF-8 (naming the line) instead of reading them as something else. */
  requireUtf8: boolean;
}

export class LineSplitter {
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private line = 0;

  constructor(
    private readonly options: LineSplitterOptions,
    /** Gets each line without its line break (a trailing CR is dropped too). */
    private readonly onLine: (line: Buffer, number: number) => void,
  ) {}

  get lineNumber(): number {
    return this.line;
  }

  push(chunk: Buffer): void {
    let start = 0;
    if (this.options.requireUtf8) this.checkUtf8(chunk);
    for (;;) {
      const end = chunk.indexOf(10, start);
      if (end === -1) break;
      let line = chunk.subarray(start, end);
      if (this.carryBytes > 0) {
        this.carry.push(line);
        line = Buffer.concat(this.carry, this.carryBytes + line.length);
        this.carry = [];
        this.carryBytes = 0;
      }
      this.emit(line);
      start = end + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.carryBytes += rest.length;
      if (this.carryBytes > this.options.maxLineBytes) this.tooLong(this.carryBytes);
      // Copied: the reader may reuse the chunk's memory.
      this.carry.push(Buffer.from(rest));
    }
  }

  end(): void {
    if (this.carryBytes > 0) {
      const line = Buffer.concat(this.carry, this.carryBytes);
      this.carry = [];
      this.carryBytes = 0;
      this.emit(line);
    }
  }

  private emit(line: Buffer): void {
    this.line++;
    if (line.length > this.options.maxLineBytes) this.tooLong(line.length);
    const trimmed =
      line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
    this.onLine(trimmed, this.line);
  }

  private tooLong(bytes: number): never {
    throw new ImportError('line-too-long', {
      file: this.options.file,
      line: this.line + 1,
      size: Math.max(1, Math.round(bytes / (1024 * 1024))),
      format: this.options.format,
    });
  }

  /**
   * A chunk may end inside a character, so the check runs up to the last line break and the rest is
   * checked with the next chunk (as part of the carried line). A failure is located line by line.
   */
  private pendingCheck: Buffer | null = null;

  private checkUtf8(chunk: Buffer): void {
    const joined = this.pendingCheck ? Buffer.concat([this.pendingCheck, chunk]) : chunk;
    const lastBreak = joined.lastIndexOf(10);
    const complete = lastBreak === -1 ? joined.subarray(0, 0) : joined.subarray(0, lastBreak + 1);
    const rest = lastBreak === -1 ? joined : joined.subarray(lastBreak + 1);
    // A character is at most 4 bytes: a longer tail without a line break is checked in the next round
    // only up to what a split character needs; the line-length limit bounds it anyway.
    this.pendingCheck = rest.length > 0 ? Buffer.from(rest) : null;
    if (this.pendingCheck && this.pendingCheck.length > 64 * 1024) {
      const safe = safeUtf8Prefix(this.pendingCheck);
      if (!isUtf8(this.pendingCheck.subarray(0, safe)))
        this.notUtf8(this.line + this.countLines(complete) + 1);
      this.pendingCheck = Buffer.from(this.pendingCheck.subarray(safe));
    }
    if (complete.length === 0 || isUtf8(complete)) return;
    let from = 0;
    let line = this.line;
    for (;;) {
      const end = complete.indexOf(10, from);
      if (end === -1) break;
      line++;
      if (!isUtf8(complete.subarray(from, end))) this.notUtf8(line);
      from = end + 1;
    }
    this.notUtf8(line);
  }

  finishUtf8(): void {
    if (this.pendingCheck && !isUtf8(this.pendingCheck)) this.notUtf8(this.line + 1);
  }

  private countLines(bytes: Buffer): number {
    let count = 0;
    let at = bytes.indexOf(10);
    while (at !== -1) {
      count++;
      at = bytes.indexOf(10, at + 1);
    }
    return count;
  }

  private notUtf8(line: number): never {
    throw new ImportError('not-utf8', { file: this.options.file, line, format: this.options.format });
  }
}

/** How many leading bytes end on a character boundary (a UTF-8 sequence is not cut). */
function safeUtf8Prefix(bytes: Buffer): number {
  let end = bytes.length;
  // Step back over continuation bytes (10xxxxxx) to the start of the last character.
  let back = 0;
  while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
  const lead = end - back - 1;
  if (lead >= 0 && bytes[lead]! >= 0xc0) end = lead;
  return end;
}
