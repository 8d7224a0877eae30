import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputClosedError, waitForDrain, writeChunk } from './output-stream.js';

describe('writing to a report destination', () => {
  it('waits for drain while the destination is full', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    const pending = writeChunk(out, 'more than four bytes');
    let done = false;
    void pending.then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    out.read();
    await pending;
    expect(done).toBe(true);
  });

  it('stops waiting with an error when the destination is destroyed (client gone)', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    const pending = writeChunk(out, 'more than four bytes');
    out.destroy();
    await expect(pending).rejects.toBeInstanceOf(OutputClosedError);
    await expect(waitForDrain(out)).rejects.toBeInstanceOf(OutputClosedError);
  });
});
