// Runs a lab job on a few workers: the job is cut into chunks of careers, each worker is kept busy
// with the next chunk, and the tallies are merged per strategy. Cancelling stops handing out chunks
// and drops whatever is still being played, so a new job can start at once.
import type { CompiledScenario } from '../engine/compile';
import type { StrategyId } from '../engine/ids';
import { chunksOf } from './batch';
import type { LabReply, LabRequest } from './protocol';
import { emptyTally, mergeTally, summarize, type StrategySummary, type Tally } from './tally';

export interface LabJob {
  readonly scenario: CompiledScenario;
  readonly seed: string;
  /** Careers per strategy. */
  readonly runs: number;
  readonly strategies: readonly StrategyId[];
}

export type LabResult =
  | { readonly status: 'done'; readonly summaries: readonly StrategySummary[]; readonly milliseconds: number }
  | { readonly status: 'cancelled' };

export interface LabRun {
  /** Settles once: done, cancelled, or rejected with a worker's error message. */
  readonly result: Promise<LabResult>;
  readonly cancel: () => void;
}

export interface LabPool {
  readonly size: number;
  run(job: LabJob, onProgress: (done: number, total: number) => void): LabRun;
}

/** Careers per chunk: small enough for a smooth progress bar and a quick cancel. */
export const CHUNK_SIZE = 500;
/** Chunks each worker holds at once, so it never waits for the page between chunks. */
const IN_FLIGHT = 2;

interface Active {
  readonly job: number;
  readonly onReply: (reply: LabReply, from: Worker) => void;
  readonly fail: (message: string) => void;
}

export function createLabPool(size: number, spawn: () => Worker): LabPool {
  const workers = Array.from({ length: Math.max(1, size) }, spawn);
  let jobs = 0;
  let active: Active | null = null;
  const post = (worker: Worker, request: LabRequest): void => worker.postMessage(request);
  for (const worker of workers) {
    worker.addEventListener('message', (event: MessageEvent<LabReply>) => {
      if (active && event.data.job === active.job) active.onReply(event.data, worker);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      active?.fail(`a lab worker stopped: ${event.message || 'its script could not be loaded'}`);
    });
  }

  function run(job: LabJob, onProgress: (done: number, total: number) => void): LabRun {
    const id = ++jobs;
    const queue = chunksOf(job.strategies, job.seed, job.runs, CHUNK_SIZE);
    const total = job.strategies.length * job.runs;
    const tallies = new Map<StrategyId, Tally>(job.strategies.map((s) => [s, emptyTally(s)]));
    const start = performance.now();
    let done = 0;
    let next = 0;
    let settle: (result: LabResult) => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const result = new Promise<LabResult>((resolve, fail) => {
      settle = resolve;
      reject = fail;
    });
    const finish = (): void => {
      if (active?.job === id) active = null;
    };
    const dispatch = (worker: Worker): void => {
      const chunk = queue[next++];
      if (chunk) post(worker, { kind: 'chunk', job: id, ...chunk });
    };
    active = {
      job: id,
      onReply: (reply, worker) => {
        if (reply.kind === 'error') {
          finish();
          reject(new Error(reply.message));
          return;
        }
        mergeTally(tallies.get(reply.tally.strategy) as Tally, reply.tally);
        done += reply.tally.careers;
        onProgress(done, total);
        dispatch(worker);
        if (done === total) {
          finish();
          const summaries = job.strategies.map((s) => summarize(tallies.get(s) as Tally));
          settle({ status: 'done', summaries, milliseconds: performance.now() - start });
        }
      },
      fail: (message) => {
        finish();
        reject(new Error(message));
      },
    };
    onProgress(0, total);
    for (const worker of workers) post(worker, { kind: 'load', job: id, def: job.scenario.def, library: job.scenario.library });
    for (let round = 0; round < IN_FLIGHT; round++) for (const worker of workers) dispatch(worker);
    return {
      result,
      cancel: () => {
        if (active?.job !== id) return;
        finish();
        settle({ status: 'cancelled' });
      },
    };
  }

  return { size: workers.length, run };
}
