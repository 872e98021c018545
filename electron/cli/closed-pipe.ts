/**
 * `tiefgang stats | head -1`: once `head` has what it wants it exits, and the next write to our
 * standard output fails with EPIPE. Node reports that as an 'error' event on the stream, which nobody
 * listens to, so the process would die with a stack trace and exit 1 — after the command's change was
 * already on disk, while exit 1 means "nothing was changed". The reader going away is not a failure of
 * the command: the rest of its output is dropped and it ends with its real exit code.
 */

interface OutputStream {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/** Whether the reader of `stream` has gone (EPIPE seen). */
export interface PipeWatch {
  readonly closed: boolean;
}

export function tolerateClosedPipe(stream: OutputStream): PipeWatch {
  const watch = { closed: false };
  stream.on('error', (error) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      watch.closed = true;
      return;
    }
    // Anything else on the terminal's stream is not ours to hide.
    throw error;
  });
  return watch;
}
