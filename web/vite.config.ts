import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard: Preact through the automatic JSX runtime; built into web/dist, which `parley serve` serves.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500, modulePreload: { polyfill: false } },
  server: { proxy: { '/api': 'http://127.0.0.1:8787', '/openapi.json': 'http://127.0.0.1:8787' } },
});
