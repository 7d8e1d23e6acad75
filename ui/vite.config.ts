import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Inlined assets become data: URLs, which the CSP (font-src 'self') rightly refuses.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // One character outside Latin-1 makes WebKit and JavaScriptCore hold the whole script as
    // UTF-16, twice its size, for as long as the page lives.
    rolldownOptions: { output: { charset: 'ascii' } },
  },
  // Svelte's client build, not its server build, is what the components run as under test.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
