import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { frameworksPlugin } from './test/embedding/frameworks-plugin.mjs';
import { emulateMediaFeaturesPlugin } from './test/helpers/emulate-media.mjs';
import { httpCacheMiddleware } from './test/helpers/http-cache.mjs';

/**
 * Tests run in a real headless Chromium (the system's: CHROME_PATH, or chromium/chrome on PATH)
 * against the package's own MSW mocks, served by a service worker like in a host's page.
 */
/**
 * `js-heap`: collects garbage in the test page and reads its JS heap through the Chrome DevTools
 * Protocol, so a test can tell whether mounting and unmounting elements leaves memory behind.
 */
function jsHeapPlugin() {
  return {
    name: 'js-heap',
    async executeCommand({ command, session }) {
      if (command !== 'js-heap') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('js-heap needs a Chromium launcher');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Twice: the first pass can leave what finalizers and weak references freed only for the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        return { usedSize, totalSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  // test/node and test/security run in Node (the latter drives its own pages with playwright-core).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/security/**'],
  nodeResolve: true,
  // Chrome times out at random with more than one page at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // Before each test file: a failed assertion on a DOM node is reported as its markup (see the file).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/test/helpers/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // The README's React, Vue and Angular snippets, run as a host's app would import them.
    frameworksPlugin(),
    // Media features the runner's own emulateMedia cannot set (forced-colors), through the DevTools protocol.
    emulateMediaFeaturesPlugin(),
    // The JS heap after garbage collection, for the leak tests.
    jsHeapPlugin(),
  ],
  middleware: [
    // A backend that answers a repeated state GET with 304, as frameworks do by default (client tests).
    httpCacheMiddleware(),
    // The worker comes from the installed msw, so it can never drift from the library's version.
    // Served at the root: a worker's scope is where it is served from.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') context.url = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};
