/** How long a renderer may run synchronously before it lets the event loop serve other requests. */
export const DEFAULT_SLICE_MS = 8;

/**
 * Cooperative time slicing for CPU-bound rendering on the main thread: call `pause()` after each unit of
 * work (a row); once the current slice has lasted `sliceMs` it waits one turn of the event loop
 * (setImmediate, after pending I/O), so a 50,000-row report never holds the loop for longer than one slice
 * plus one row. Counting time rather than rows keeps the slice short on a busy machine and with long rows.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = DEFAULT_SLICE_MS) {}

  /** True when the current slice is used up. */
  get due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  async pause(): Promise<void> {
    if (!this.due) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }
}
