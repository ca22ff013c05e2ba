// `npm run bench`: speed figures, printed, never asserted. The engine's figures come from the engine
// as it ships: bundled by Vite, as the game and the strategy lab's workers run it (one module, not
// one per source file, which measured some 5% slower), run in a Node process of its own.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { browserBench, ROOT } from './bench-browser';

const OUT = join(ROOT, 'bench-output/engine');
const ENTRY = 'bench-careers';

await build({
  root: ROOT,
  logLevel: 'silent',
  // Every dependency in the bundle too (seedrandom seeds every career), as in the game's.
  ssr: { noExternal: true },
  build: {
    ssr: join(import.meta.dirname, `${ENTRY}.ts`),
    outDir: OUT,
    emptyOutDir: true,
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: '[name].mjs' } },
  },
});
const engine = spawnSync(process.execPath, [join(OUT, `${ENTRY}.mjs`)], { stdio: 'inherit' });
if (engine.status !== 0) {
  const why = engine.error?.message ?? (engine.signal !== null ? `it was stopped by ${engine.signal}` : `it exited with ${engine.status}`);
  console.error(`The engine's bench could not finish: ${why}.`);
  process.exit(1);
}

await browserBench();
