import { describe, expect, it } from 'vitest';
import { LIBRARY, scenarioById } from '../../src/content/index';
import type { CompiledScenario } from '../../src/engine/compile';
import { STRATEGIES } from '../../src/engine/ids';
import { playChunk } from '../../src/lab/batch';
import { createLabPool, CHUNK_SIZE } from '../../src/lab/pool';
import { summarize } from '../../src/lab/tally';
import { createLabCore } from '../../src/lab/worker-core';

const content = scenarioById('manager-heavy') as CompiledScenario;

/** A worker that runs the real message handling on the event loop, with messages cloned as a Worker's are. */
class FakeWorker {
  readonly received: { kind: string }[] = [];
  private readonly handle = createLabCore();
  private readonly listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners[type]?.push(listener);
  }
  postMessage(data: unknown): void {
    const copy = structuredClone(data) as { kind: string };
    this.received.push(copy);
    setTimeout(() => {
      const reply = this.handle(copy);
      if (reply) for (const listener of this.listeners.message ?? []) listener({ data: structuredClone(reply) } as never);
    }, 0);
  }
  crash(message: string): void {
    for (const listener of this.listeners.error ?? []) listener({ message, preventDefault: () => undefined } as never);
  }
}

function fakePool(size: number) {
  const workers: FakeWorker[] = [];
  const pool = createLabPool(size, () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { pool, workers };
}

describe('the lab’s worker pool', () => {
  it('shares the chunks among its workers and merges them into each strategy’s whole batch, reporting progress', async () => {
    const { pool, workers } = fakePool(2);
    const runs = CHUNK_SIZE + 120;
    const progress: number[] = [];
    const result = await pool.run({ scenario: content, seed: 'pool', runs, strategies: ['go-manager', 'opt-out'] }, (done, total) => {
      expect(total).toBe(2 * runs);
      progress.push(done);
    }).result;
    if (result.status !== 'done') throw new Error('the run did not finish');
    expect(result.summaries).toEqual((['go-manager', 'opt-out'] as const).map((strategy) => summarize(playChunk(content, { strategy, seed: 'pool', runs, from: 0, to: runs }))));
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(2 * runs);
    expect(progress.every((done, i) => i === 0 || done > (progress[i - 1] as number))).toBe(true);
    for (const worker of workers) expect(worker.received.filter((m) => m.kind === 'chunk').length).toBeGreaterThan(0);
  });

  it('stops on cancel, and a new run right after counts none of the cancelled run’s careers', async () => {
    const { pool } = fakePool(2);
    let seen = 0;
    const first = pool.run({ scenario: content, seed: 'a', runs: 5000, strategies: STRATEGIES }, (done) => {
      seen = done;
      if (done >= 2 * CHUNK_SIZE) first.cancel();
    });
    await expect(first.result).resolves.toEqual({ status: 'cancelled' });
    expect(seen).toBeLessThan(7 * 5000);
    const second = await pool.run({ scenario: content, seed: 'b', runs: 40, strategies: ['random'] }, () => undefined).result;
    if (second.status !== 'done') throw new Error('the second run did not finish');
    expect(second.summaries).toEqual([summarize(playChunk(content, { strategy: 'random', seed: 'b', runs: 40, from: 0, to: 40 }))]);
  });

  it('fails the run with the worker’s message when a worker answers with an error', async () => {
    const { pool } = fakePool(1);
    const broken = { ...content, def: { id: 'broken' } } as unknown as CompiledScenario;
    await expect(pool.run({ scenario: broken, seed: 'x', runs: 10, strategies: ['balanced'] }, () => undefined).result).rejects.toThrow(/could not be compiled/);
    const after = await pool.run({ scenario: { ...content, library: LIBRARY }, seed: 'x', runs: 10, strategies: ['balanced'] }, () => undefined).result;
    expect(after.status).toBe('done');
  });

  it('fails the run when a worker stops', async () => {
    const { pool, workers } = fakePool(2);
    const run = pool.run({ scenario: content, seed: 'x', runs: 3000, strategies: ['balanced'] }, () => undefined);
    workers[1]?.crash('out of memory');
    await expect(run.result).rejects.toThrow('a lab worker stopped: out of memory');
  });
});
