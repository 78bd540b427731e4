import { describe, expect, it } from '@jest/globals';
import { WriteGroups } from '../src/database/grouped.js';

/** A writer whose groups finish when the test says: every group it was given, in order. */
function heldWriter(answer: (item: number) => string | Error = (item) => `wrote ${item}`) {
  const groups: number[][] = [];
  const releases: (() => void)[] = [];
  let failNext = false;
  const write = async (items: readonly number[]) => {
    groups.push([...items]);
    await new Promise<void>((release) => releases.push(release));
    if (failNext && items.length > 1) {
      failNext = false;
      throw new Error('the transaction failed');
    }
    return items.map(answer);
  };
  return {
    groups,
    write,
    failNextGroup: () => (failNext = true),
    /** Finishes the oldest group still held, once it has started. */
    async releaseNext() {
      while (!releases.length) await new Promise((resolve) => setImmediate(resolve));
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('WriteGroups', () => {
  it('writes a lone write at once, alone', async () => {
    const writer = heldWriter();
    const groups = new WriteGroups(writer.write, { most: 64, parallel: 1 });
    const written = groups.submit(1);
    await writer.releaseNext();
    await expect(written).resolves.toBe('wrote 1');
    expect(writer.groups).toEqual([[1]]);
  });

  it('groups the writes that arrive while a group is written, up to `most` each', async () => {
    const writer = heldWriter();
    const groups = new WriteGroups(writer.write, { most: 3, parallel: 1 });
    const answers = [groups.submit(1)];
    for (let item = 2; item <= 6; item++) answers.push(groups.submit(item));
    for (let n = 0; n < 3; n++) await writer.releaseNext();
    await expect(Promise.all(answers)).resolves.toEqual([1, 2, 3, 4, 5, 6].map((item) => `wrote ${item}`));
    expect(writer.groups).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('writes up to `parallel` groups at once', async () => {
    const writer = heldWriter();
    const groups = new WriteGroups(writer.write, { most: 64, parallel: 2 });
    const answers = [groups.submit(1), groups.submit(2), groups.submit(3), groups.submit(4)];
    await new Promise((resolve) => setImmediate(resolve));
    // Two groups started before either finished; the rest wait for the first to be done.
    expect(writer.groups).toEqual([[1], [2]]);
    for (let n = 0; n < 3; n++) await writer.releaseNext();
    await Promise.all(answers);
    expect(writer.groups).toEqual([[1], [2], [3, 4]]);
  });

  it('refuses only the write whose answer is an Error', async () => {
    const writer = heldWriter((item) => (item === 3 ? new Error('three breaks a rule') : `wrote ${item}`));
    const groups = new WriteGroups(writer.write, { most: 64, parallel: 1 });
    const answers = [1, 2, 3, 4].map((item) => groups.submit(item).catch((error: Error) => error.message));
    await writer.releaseNext();
    await writer.releaseNext();
    await expect(Promise.all(answers)).resolves.toEqual(['wrote 1', 'wrote 2', 'three breaks a rule', 'wrote 4']);
    expect(writer.groups).toEqual([[1], [2, 3, 4]]);
  });

  it('writes each item of a failed group again alone, each answered as it would be alone', async () => {
    const writer = heldWriter((item) => (item === 3 ? new Error('three breaks a rule') : `wrote ${item}`));
    const groups = new WriteGroups(writer.write, { most: 64, parallel: 1 });
    const first = groups.submit(1);
    writer.failNextGroup();
    const answers = [2, 3, 4].map((item) => groups.submit(item).catch((error: Error) => error.message));
    for (let n = 0; n < 5; n++) await writer.releaseNext();
    await expect(first).resolves.toBe('wrote 1');
    await expect(Promise.all(answers)).resolves.toEqual(['wrote 2', 'three breaks a rule', 'wrote 4']);
    expect(writer.groups).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('rejects a lone write whose transaction fails with that failure', async () => {
    const groups = new WriteGroups<number, string>(
      async () => {
        throw new Error('the database is down');
      },
      { most: 64, parallel: 1 },
    );
    await expect(groups.submit(1)).rejects.toThrow('the database is down');
    await expect(groups.submit(2)).rejects.toThrow('the database is down');
  });

  it('refuses an answer that does not cover the group', async () => {
    const groups = new WriteGroups<number, string>(async () => [], { most: 64, parallel: 1 });
    await expect(groups.submit(1)).rejects.toThrow('a group of 1 writes was answered 0 times');
  });
});
