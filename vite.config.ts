import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs: the built dist/ works when served from any sub-path.
  base: './',
  publicDir: 'assets',
  build: {
    target: 'es2022',
    outDir: 'dist',
    // Phaser in a chunk of its own: it changes rarely, so browsers keep it cached across releases.
    rollupOptions: { output: { manualChunks: (id) => (id.includes('node_modules/phaser') ? 'phaser' : undefined) } },
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
