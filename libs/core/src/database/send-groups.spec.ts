import { describe, expect, it } from 'vitest';
import { SendGroups, type Grouped } from './send-groups.js';

/** A sender whose groups stay under way until released, recording each group it was given. */
function heldSender() {
  const sent: { key: string; items: number[]; release: () => void }[] = [];
  const groups = new SendGroups<number, string>(
    (key, group: Grouped<number, string>[]) =>
      new Promise<void>((done) => {
        sent.push({
          key,
          items: group.map((g) => g.item),
          release: () => {
            group.forEach((g) => g.resolve(`${key}:${g.item}`));
            done();
          },
        });
      }),
    { inFlight: 2, min: 3, max: 4 },
  );
  return { sent, groups };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SendGroups', () => {
  it('sends a lone item alone once the turn it came in ends', async () => {
    const { sent, groups } = heldSender();
    const answer = groups.add('a', 1);
    expect(sent).toHaveLength(0);
    await tick();
    expect(sent.map((s) => s.items)).toEqual([[1]]);
    sent[0].release();
    await expect(answer).resolves.toBe('a:1');
  });

  it('sends the items of one turn together, `max` at a time, a second group beside the first while `min` wait', async () => {
    const { sent, groups } = heldSender();
    const answers = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => groups.add('a', i));
    await tick();
    // two groups are under way: 9 waits
    expect(sent.map((s) => s.items)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    sent[0].release();
    await tick();
    // a group ended: what waits goes at once
    expect(sent.map((s) => s.items)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
    sent[1].release();
    sent[2].release();
    await expect(Promise.all(answers)).resolves.toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `a:${i}`));
  });

  it('gathers items that come while a group is under way until it ends, or until `min` wait', async () => {
    const { sent, groups } = heldSender();
    const answers = [groups.add('a', 1)];
    await tick();
    answers.push(groups.add('a', 2), groups.add('a', 3));
    await tick();
    // fewer than `min` wait: no second group
    expect(sent.map((s) => s.items)).toEqual([[1]]);
    answers.push(groups.add('a', 4));
    expect(sent.map((s) => s.items)).toEqual([[1], [2, 3, 4]]);
    answers.push(groups.add('a', 5));
    sent[1].release();
    await tick();
    expect(sent.map((s) => s.items)).toEqual([[1], [2, 3, 4], [5]]);
    sent[0].release();
    sent[2].release();
    await expect(Promise.all(answers)).resolves.toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5']);
  });

  it('keeps keys apart', async () => {
    const { sent, groups } = heldSender();
    const answers = [groups.add('a', 1), groups.add('b', 1), groups.add('a', 2)];
    await tick();
    expect(sent.map((s) => [s.key, s.items])).toEqual([
      ['a', [1, 2]],
      ['b', [1]],
    ]);
    sent.forEach((s) => s.release());
    await expect(Promise.all(answers)).resolves.toEqual(['a:1', 'b:1', 'a:2']);
  });

  it('refuses every item of a group whose send fails, and goes on with the next', async () => {
    let calls = 0;
    const groups = new SendGroups<number, number>(async (_, group) => {
      calls++;
      await tick();
      if (group.some((g) => g.item < 0)) throw new Error('refused');
      group.forEach((g) => g.resolve(g.item * 10));
    });
    const first = groups.add('k', 1);
    await tick();
    const failing = [groups.add('k', -1), groups.add('k', 2)];
    await expect(first).resolves.toBe(10);
    await expect(failing[0]).rejects.toThrow('refused');
    await expect(failing[1]).rejects.toThrow('refused');
    await expect(groups.add('k', 3)).resolves.toBe(30);
    expect(calls).toBe(3);
  });

  it('refuses what waits behind a group whose send throws, at once, instead of sending it into the same trouble', async () => {
    let fail: (err: Error) => void = () => undefined;
    let calls = 0;
    const groups = new SendGroups<number, number>(
      () => {
        calls++;
        return new Promise<void>((_, reject) => (fail = reject));
      },
      { inFlight: 1, min: 99, max: 99 },
    );
    const first = groups.add('k', 1);
    await tick();
    const waiting = [groups.add('k', 2), groups.add('k', 3)];
    fail(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await expect(Promise.all(waiting)).rejects.toThrow('database down');
    await expect(waiting[1]).rejects.toThrow('database down');
    expect(calls).toBe(1);
  });
});
