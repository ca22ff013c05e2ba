// `npm run bench`: speed figures, printed, never asserted. Single-threaded, so figures are per core.
import { defaultScenario } from '../content';
import { STRATEGIES, simulateCareer } from '../engine';
import { Stream, rootState } from '../engine/rng';
import { browserBench } from './bench-browser';

const CAREERS = 20_000;
const DRAWS = 20_000_000;
const TARGET_CAREERS_PER_SECOND = 100_000;

function careersPerSecond(record: boolean): number {
  const content = defaultScenario();
  const strategies = STRATEGIES;
  // Warm up the JIT on other seeds, then measure.
  for (let i = 0; i < 2_000; i++) simulateCareer(content, strategies[i % strategies.length] ?? 'balanced', `warm-${i}`, record);
  const start = performance.now();
  for (let i = 0; i < CAREERS; i++) simulateCareer(content, strategies[i % strategies.length] ?? 'balanced', `bench-${i}`, record);
  return CAREERS / ((performance.now() - start) / 1000);
}

function drawsPerSecond(): number {
  const stream = new Stream(rootState('bench'));
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < DRAWS; i++) sink += stream.next();
  const seconds = (performance.now() - start) / 1000;
  if (Number.isNaN(sink)) throw new Error('unreachable: draws are numbers');
  return DRAWS / seconds;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const bare = careersPerSecond(false);
const full = careersPerSecond(true);
const draws = drawsPerSecond();
console.log(`Batch simulation, default scenario, all 7 strategies in turn, ${fmt(CAREERS)} careers each, one core:`);
console.log(`  without history   ${fmt(bare).padStart(10)} careers/s   (target ${fmt(TARGET_CAREERS_PER_SECOND)}: ${bare >= TARGET_CAREERS_PER_SECOND ? 'met' : 'NOT met'})`);
console.log(`  with full history ${fmt(full).padStart(10)} careers/s`);
console.log(`RNG (alea stream) raw draws: ${fmt(draws)} draws/s`);

await browserBench();
