// The engine's figures for `npm run bench` (bench.ts bundles this file and runs it): careers per
// second and raw RNG draws per second. Single-threaded, so figures are per core.
import { defaultScenario } from '../content';
import { STRATEGIES, simulateCareer } from '../engine';
import { rootState, streamFor } from '../engine/rng';

const CAREERS = 10_000;
/** Rounds of CAREERS careers each: the figure is their median, since a shared machine's speed wanders. */
const ROUNDS = 15;
const DRAWS = 20_000_000;
const TARGET_CAREERS_PER_SECOND = 100_000;

interface Rate {
  readonly median: number;
  readonly slowest: number;
  readonly fastest: number;
}

function careersPerSecond(record: boolean): Rate {
  const content = defaultScenario();
  const strategies = STRATEGIES;
  // Warm up the JIT on other seeds (as many careers as a round: fewer left the first rounds still compiling), then measure.
  for (let i = 0; i < CAREERS; i++) simulateCareer(content, strategies[i % strategies.length] ?? 'balanced', `warm-${i}`, record);
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < CAREERS; i++) simulateCareer(content, strategies[i % strategies.length] ?? 'balanced', `bench-${round}-${i}`, record);
    rates.push(CAREERS / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(ROUNDS / 2)] as number, slowest: rates[0] as number, fastest: rates[ROUNDS - 1] as number };
}

function drawsPerSecond(): number {
  const stream = streamFor(rootState('bench'), 0, 'event');
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < DRAWS; i++) sink += stream.next();
  const seconds = (performance.now() - start) / 1000;
  if (Number.isNaN(sink)) throw new Error('unreachable: draws are numbers');
  return DRAWS / seconds;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const spread = (r: Rate): string => `(median of ${ROUNDS} rounds; ${fmt(r.slowest)} to ${fmt(r.fastest)})`;
const bare = careersPerSecond(false);
const full = careersPerSecond(true);
const draws = drawsPerSecond();
console.log(`Batch simulation, default scenario, all 7 strategies in turn, ${ROUNDS} rounds of ${fmt(CAREERS)} careers each, one core:`);
console.log(`  without history   ${fmt(bare.median).padStart(10)} careers/s   ${spread(bare)}   target ${fmt(TARGET_CAREERS_PER_SECOND)}: ${bare.median >= TARGET_CAREERS_PER_SECOND ? 'met' : 'NOT met'}`);
console.log(`  with full history ${fmt(full.median).padStart(10)} careers/s   ${spread(full)}`);
console.log(`RNG (alea stream) raw draws: ${fmt(draws)} draws/s`);
