// The messages between the strategy lab's page and its workers, and their checking: a worker answers
// a message it cannot read with an error that says where it is wrong, and never crashes on it.
import * as v from 'valibot';
import type { Library } from '../engine/compile';
import { STRATEGIES } from '../engine/ids';
import { seedProblem } from '../engine/run-code';
import type { ScenarioDef } from '../engine/scenario';
import type { ChunkSpec } from './batch';
import { seedOf, type Tally } from './tally';

/** Careers per strategy the lab accepts: enough for smooth distributions, few enough to finish. */
export const MIN_LAB_RUNS = 1;
export const MAX_LAB_RUNS = 100_000;

/** Gives a worker the scenario that job `job`'s chunks are played in. */
export interface LoadRequest {
  readonly kind: 'load';
  readonly job: number;
  readonly def: ScenarioDef;
  readonly library: Library;
}

/** Asks a worker to play one chunk of a job's careers. */
export interface ChunkRequest extends ChunkSpec {
  readonly kind: 'chunk';
  readonly job: number;
}

export type LabRequest = LoadRequest | ChunkRequest;

export type LabReply =
  | { readonly kind: 'tally'; readonly job: number; readonly tally: Tally }
  /** `job` is null when the message was too broken to tell which job it belonged to. */
  | { readonly kind: 'error'; readonly job: number | null; readonly message: string };

const job = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_LAB_RUNS));
const isObject = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);
const plainObject = <T>(what: string) => v.custom<T>(isObject, (issue) => `expected ${what} (an object) but received ${issue.received}`);

const REQUEST = v.variant('kind', [
  v.object({ kind: v.literal('load'), job, def: plainObject<ScenarioDef>('a scenario'), library: plainObject<Library>('a library') }),
  v.pipe(
    v.object({
      kind: v.literal('chunk'),
      job,
      strategy: v.picklist(STRATEGIES),
      seed: v.string(),
      runs: v.pipe(count, v.minValue(MIN_LAB_RUNS)),
      from: count,
      to: count,
    }),
    v.check((c) => c.from < c.to && c.to <= c.runs, ({ input: c }) => `expected 0 <= from < to <= runs but received from ${c.from}, to ${c.to}, runs ${c.runs}`),
    v.check(
      (c) => seedProblem(seedOf(c.seed, c.runs - 1, c.runs)) === null,
      ({ input: c }) => `expected a seed whose career seeds (seed-0, seed-1, …) are valid seeds of 1 to 64 characters but received ${JSON.stringify(c.seed.slice(0, 70))}`,
    ),
  ),
]);

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** A message as a request, or what is wrong with it (where, what was expected, what was found). */
export function parseRequest(data: unknown): Parsed<LabRequest> {
  const result = v.safeParse(REQUEST, data);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const where = v.getDotPath(issue) ?? 'the message';
  return { ok: false, error: `lab request, at ${where}: ${issue.message}` };
}

/** The job a message names, if it names one, so an error reply can say which job failed. */
export function jobOf(data: unknown): number | null {
  const parsed = v.safeParse(v.object({ job }), data);
  return parsed.success ? parsed.output.job : null;
}
