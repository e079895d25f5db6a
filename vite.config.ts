import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/minify-templates.js';
import { mangleStateNames } from './scripts/mangle-state.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const workerFile = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

/** One entry per public module, and one per element's define file (the only files with side effects). */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: 'src/index.ts',
    'contract/index': 'src/contract/index.ts',
    'client/index': 'src/client/index.ts',
    'i18n/index': 'src/i18n/index.ts',
    'i18n/locales/de': 'src/i18n/locales/de.ts',
    'mocks/index': 'src/mocks/index.ts',
  };
  const elements = `${root}src/elements`;
  if (existsSync(elements)) {
    for (const name of readdirSync(elements)) {
      if (existsSync(`${elements}/${name}/define.ts`)) entries[`elements/${name}/define`] = `src/elements/${name}/define.ts`;
    }
  }
  return entries;
}

/**
 * Serves MSW's worker from the installed package at the root (its scope), so the demo can never
 * run a worker of another version than the library.
 */
function mockServiceWorker(): Plugin {
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(workerFile));
      });
    },
  };
}

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        // `npm start`: the demo page, backed by the mock organization in the browser.
        root: 'demo',
        plugins: [mockServiceWorker()],
        server: { port: 5173, strictPort: false },
      }
    : {
        // `npm run build`: the npm package. lit, zod and msw stay external; modules stay separate so a
        // host's bundler keeps only the elements it imports. The CSS and HTML in Lit's templates ship
        // minified: a host's minifier leaves template text as written.
        plugins: [minifyLitTemplates(), mangleStateNames()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          minify: false,
          target: 'es2022',
          lib: { entry: libraryEntries(), formats: ['es'] },
          rollupOptions: {
            external: (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod|msw)(\/|$)/.test(id),
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
