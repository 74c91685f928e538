import { describe, expect, it } from 'vitest';
import { OneAtATime } from '../../src/runtime/one-at-a-time.ts';

describe('OneAtATime', () => {
  it('runs once at a time, and once more after a run for all the requests made during it', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const gates: (() => void)[] = [];
    const task = new OneAtATime(
      async () => {
        runs++;
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
      },
      () => {},
    );
    const first = task.run();
    void task.run();
    void task.run();
    expect(runs).toBe(1);
    gates.shift()?.();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toBe(2);
    gates.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect({ runs, most }).toEqual({ runs: 2, most: 1 });
  });

  it('hands a failure to onError and keeps running later requests', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const task = new OneAtATime(
      async () => {
        calls++;
        if (calls === 1) throw new Error('server gone');
      },
      (error) => errors.push(error),
    );
    await task.run();
    await task.run();
    expect(calls).toBe(2);
    expect(errors).toEqual([new Error('server gone')]);
  });
});
