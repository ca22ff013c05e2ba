// `npm run calibrate`: the claims of GAME.md measured on seeded batches, for every scenario.
import { SCENARIOS, LIBRARY } from '../content';
import { compileScenario } from '../engine';
import { measureClaims } from '../calibration/claims';

const careers = Number(process.argv.find((a) => a.startsWith('--careers='))?.split('=')[1] ?? 5000);
let failing = 0;
for (const def of SCENARIOS) {
  const results = measureClaims(compileScenario(def, LIBRARY), careers);
  console.log(`\n${def.name} (${def.id}), ${careers} careers per bot`);
  console.log('| # | claim | measured | threshold | holds |');
  console.log('|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.id} | ${r.claim} (seed ${r.source}) | ${r.measured} | ${r.threshold} | ${r.holds ? 'yes' : 'NO'} |`);
    if (def.id === 'default' && !r.holds) failing += 1;
  }
}
if (failing > 0) {
  console.log(`\n${failing} claim(s) do not hold in the default scenario.`);
  process.exitCode = 1;
}
