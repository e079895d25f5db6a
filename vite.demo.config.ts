import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * `npm run build:demo`: the demo console as a static site in `demo-dist/`, with MSW's worker at its
 * root (the worker's scope), copied from the installed package so it never drifts from the library.
 * The end-to-end flows run against this build.
 */
const workerFile = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

function mockServiceWorker(): Plugin {
  return {
    name: 'mock-service-worker-asset',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(workerFile, 'utf8') });
    },
  };
}

export default defineConfig({
  root: 'demo',
  base: './',
  plugins: [mockServiceWorker()],
  build: {
    outDir: fileURLToPath(new URL('./demo-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The mock organization, MSW and zod make one large chunk; fine for a demo served locally.
    chunkSizeWarningLimit: 1000,
  },
});
