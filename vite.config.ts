import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs: the built dist/ works when served from any sub-path.
  base: './',
  publicDir: 'assets',
  build: {
    target: 'es2022',
    outDir: 'dist',
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
