// Browser figures for `npm run bench`, measured on production builds in headless Chromium: the gzip
// size of the initial JavaScript against a bare Phaser build made in the same run, the time from
// navigation to an interactive title screen, and frame times on the world map while it animates.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { labBench } from './bench-lab';

/** The project's root, where the bench builds from. */
export const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bench-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

async function buildTo(dir: string, input: string): Promise<void> {
  await build({ root: ROOT, logLevel: 'silent', build: { outDir: join(OUT, dir), emptyOutDir: true, manifest: true, rollupOptions: { input } } });
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

/**
 * Gzip bytes of the JavaScript the first screen needs: each entry's chunk and everything it imports
 * statically, read from Vite's manifest. For the game the entries are the page and the map (Phaser
 * and the scenes, loaded right after the page); the scenarios and the facilitator views come later.
 */
function firstScreenGzip(dir: string, entries: readonly string[]): number {
  const manifest = JSON.parse(readFileSync(join(OUT, dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`no chunk ${key} in the ${dir} build's manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const entry of entries) visit(entry);
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(OUT, dir, file))).length, 0);
}

function serve(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    let file = join(OUT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(file) && !extname(file)) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Medians of five loads: to an interactive title screen, and to the map's scenes being up. */
async function timeToTitle(browser: Browser, url: string): Promise<{ interactive: number; map: number }> {
  const interactive: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('[data-action="start"]:not([disabled])');
    interactive.push(await page.evaluate(() => performance.now()));
    await page.waitForSelector('#stage[data-map="ready"]');
    map.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  return { interactive: median(interactive), map: median(map) };
}

async function frameTimes(browser: Browser, url: string): Promise<{ median: number; p95: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('button[data-choice="1"]');
  await page.waitForTimeout(1500);
  // A string, not a function: tsx's helpers would otherwise leak into the page.
  const deltas = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const tick = (now) => {
      out.push(now - last);
      last = now;
      if (out.length < 300) requestAnimationFrame(tick);
      else resolve(out.slice(1));
    };
    requestAnimationFrame(tick);
  })`)) as number[];
  await page.close();
  const sorted = deltas.sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] as number, p95: sorted[Math.floor(sorted.length * 0.95)] as number };
}

export async function browserBench(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`Browser figures skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
    return;
  }
  await buildTo('game', join(ROOT, 'index.html'));
  await buildTo('bare', join(ROOT, 'bench/bare-phaser.html'));
  const game = firstScreenGzip('game', ['index.html', 'src/scenes/game.ts']);
  const bare = firstScreenGzip('bare', ['bench/bare-phaser.html']);
  const { server, port } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  try {
    const title = await timeToTitle(browser, `http://127.0.0.1:${port}/game/`);
    const frames = await frameTimes(browser, `http://127.0.0.1:${port}/game/?seed=bench`);
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
    const verdict = (ok: boolean): string => (ok ? 'within budget' : 'OVER budget');
    console.log('Production build in headless Chromium:');
    console.log(`  first-screen JS, gzip ${kb(game)} (page, Phaser and the map) vs bare Phaser ${kb(bare)}: ${(game / bare).toFixed(2)}× (budget 1.15×: ${verdict(game / bare <= 1.15)})`);
    console.log(`  to interactive title  ${title.interactive.toFixed(0)} ms, median of 5 (budget 1500 ms: ${verdict(title.interactive <= 1500)}); map up at ${title.map.toFixed(0)} ms`);
    console.log(`  world map frames     median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms (budget 17 / 20 ms: ${verdict(frames.median <= 17 && frames.p95 <= 20)})`);
    await labBench(browser, `http://127.0.0.1:${port}/game/`);
  } finally {
    await browser.close();
    server.close();
  }
}
