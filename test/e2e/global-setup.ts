// Builds the production bundle once and serves it on a local port for the browser tests. Chromium
// is Debian's (/usr/bin/chromium); without it the browser tests skip loudly, except under CI=true,
// where its absence is a failure.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';

const ROOT = join(__dirname, '../..');
// One folder per test process, so two test runs at once never build over each other.
const SERVED = join(ROOT, 'test-output', `serve-${process.pid}`);
const OUT = join(SERVED, 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = existsSync(CHROMIUM);
  if (!browser) {
    const message = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
    if (process.env.CI === 'true') throw new Error(`${message} The browser tests cannot be skipped in CI.`);
    console.warn(`\n*** BROWSER TESTS SKIPPED *** ${message}\n`);
  }
  mkdirSync(SERVED, { recursive: true });
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  // Served from a sub-path (/dist/), as the build must work anywhere.
  const { server, url } = await serve(SERVED);
  project.provide('baseUrl', `${url}/dist/`);
  project.provide('chromium', browser ? CHROMIUM : '');
  return () =>
    new Promise((resolve) =>
      server.close(() => {
        rmSync(SERVED, { recursive: true, force: true });
        resolve();
      }),
    );
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}
