import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Writes a chunk and waits for 'drain' when the destination's buffer is full. */
export async function writeChunk(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await waitForDrain(out);
}

/**
 * Resolves once `out` can take more data (at once when it already can). Rejects when `out` is closed
 * or destroyed first (the client went away), so the renderer stops and its transaction ends.
 */
export async function waitForDrain(out: Writable): Promise<void> {
  if (out.destroyed) throw new OutputClosedError();
  if (!out.writableNeedDrain) return;
  const abort = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: abort.signal }),
      once(out, 'close', { signal: abort.signal }).then(() => {
        throw new OutputClosedError();
      }),
    ]);
  } finally {
    abort.abort();
  }
}

/** The destination closed before the report was complete. */
export class OutputClosedError extends Error {
  override readonly name = 'OutputClosedError';
  constructor() {
    super('The report download was closed before it was complete');
  }
}

/** Ends `out` and resolves when everything written has been flushed. */
export async function endOutput(out: Writable): Promise<void> {
  out.end();
  await finished(out, { readable: false });
}

/**
 * Runs a renderer body; on failure destroys `out` (an HTTP response is aborted) so a half-written file is
 * never taken for a whole one, and rejects with the error. `out` is destroyed without the error so that a
 * destination nobody listens to for 'error' does not crash the process; the caller gets the error here.
 */
export async function renderTo(out: Writable, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!out.destroyed) out.destroy();
    throw error;
  }
}
