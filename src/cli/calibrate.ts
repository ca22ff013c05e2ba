// `npm run calibrate`: the claims of GAME.md measured on seeded batches for every scenario, and the
// checks that show each non-default scenario's own character. Exits non-zero when the default
// scenario fails a claim or a scenario fails a character check.
import { CHARACTER_CHECKS, measureCharacter, type Character } from '../calibration/character';
import { measureClaims } from '../calibration/claims';
import { LIBRARY, SCENARIOS } from '../content';
import { compileScenario } from '../engine';

const careers = Number(process.argv.find((a) => a.startsWith('--careers='))?.split('=')[1] ?? 5000);
if (!Number.isInteger(careers) || careers < 100) {
  console.error('calibrate: --careers=N needs a whole number of at least 100');
  process.exit(1);
}

let failing = 0;
const characters = new Map<string, Character>();
for (const def of SCENARIOS) {
  const content = compileScenario(def, LIBRARY);
  console.log(`\n## ${def.name} (${def.id}): the claims, ${careers} careers per bot\n`);
  console.log('| # | claim | measured | threshold | holds |');
  console.log('|---|---|---|---|---|');
  for (const r of measureClaims(content, careers)) {
    console.log(`| ${r.id} | ${r.claim} (seed ${r.source}) | ${r.measured} | ${r.threshold} | ${r.holds ? 'yes' : 'no'} |`);
    if (def.id === 'default' && !r.holds) failing += 1;
  }
  characters.set(def.id, measureCharacter(content, careers));
}

console.log(`\n## Each scenario's character, ${careers} balanced careers each, against the default\n`);
console.log('| scenario | character | measured | holds |');
console.log('|---|---|---|---|');
const base = characters.get('default') as Character;
for (const check of CHARACTER_CHECKS) {
  const own = characters.get(check.scenario) as Character;
  const holds = check.holds(own, base);
  if (!holds) failing += 1;
  console.log(`| ${check.scenario} | ${check.statement} | ${check.measured(own, base)} | ${holds ? 'yes' : 'no'} |`);
}
console.log(failing === 0 ? '\nEvery claim holds in the default scenario, and every scenario shows its character.' : `\n${failing} check(s) fail.`);
if (failing > 0) process.exitCode = 1;
