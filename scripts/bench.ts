/**
 * `npm run bench`: what the elements cost at run time, in Chromium (the system's, through
 * playwright-core). The page runs the built package bundled and minified as a host would ship it,
 * and talks real HTTP to this script, which answers from the package's mock organization (its MSW
 * handlers, run in Node): the page's main thread does the package's work and nothing else. Each
 * timing is the median of several runs, each in a fresh page. The results are printed as a table
 * and written to BENCHMARKS.md.
 *
 * Environment: BENCH_RUNS (default 15), BENCH_PANEL_RUNS (default 3 × BENCH_RUNS), BENCH_SCROLL_RUNS (scrolls and exports, default 3), BENCH_IDLE_SECONDS (default 60),
 * BENCH_PORT (default 6610), CHROME_PATH (default /usr/bin/chromium); BENCH_ONLY=panel,requests,log,scroll,export,network,idle
 * runs some; BENCH_PROFILE=<folder> saves each measured page's CPU profile there, unminified;
 * BENCH_TRACE=<folder> saves each measured page's Chrome trace there (open it in DevTools' Performance
 * panel), to see what a long task was made of; BENCH_SCREENSHOT=<file.png> saves the page with every element, loaded.
 */
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getResponse, type RequestHandler } from 'msw';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createOrganization, handlers, type MockOrganization, type ScenarioName } from '../src/mocks/index.js';
import { entries, kb, measure, PEER_ENTRY } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// A single panel run lasts from 7 to 40 ms, mostly by where the answer falls between two frames.
// Resampled from 90 runs, the median of 15 falls within a 5 ms range (90 % of the time), that of 45 within 3 ms.
const PANEL_RUNS = Number(process.env.BENCH_PANEL_RUNS ?? RUNS * 3);
const SCROLL_RUNS = Number(process.env.BENCH_SCROLL_RUNS ?? 3);
/** Stops scrolling early, for profiling; by default the scroll goes to the very end. */
const SCROLL_SECONDS = Number(process.env.BENCH_SCROLL_SECONDS ?? 900);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 6610);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ONLY = process.env.BENCH_ONLY?.split(',');
const PROFILE = process.env.BENCH_PROFILE;
const TRACE = process.env.BENCH_TRACE;
const SCREENSHOT = process.env.BENCH_SCREENSHOT;
const BASE_URL = '/api/support-access';
const NOW = '2026-03-10T09:00:00.000Z';

/** The page's script: bench/page.ts with the package's modules taken from dist/, as a host gets them. */
async function bundle(): Promise<string> {
  if (!existsSync(`${root}dist/elements`)) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const result = await build({
    entryPoints: [`${root}bench/page.ts`],
    bundle: true,
    minify: !PROFILE && !TRACE,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    plugins: [
      {
        name: 'sources-from-dist',
        setup(context) {
          context.onResolve({ filter: /^\.\.\/src\// }, (args) => ({
            path: `${root}dist/${args.path.slice('../src/'.length)}`,
          }));
        },
      },
    ],
  });
  if (PROFILE) writeFileSync(`${PROFILE}/bench.js`, result.outputFiles[0].text);
  return result.outputFiles[0].text;
}

/** The organization the next page talks to, and every request it has answered. */
let mockHandlers: RequestHandler[] = [];
const seen: string[] = [];

function organization(scenario: ScenarioName, prepare?: (org: MockOrganization) => void): MockOrganization {
  const org = createOrganization({ scenario, now: NOW, frozen: true });
  prepare?.(org);
  mockHandlers = handlers(org, { baseUrl: `http://127.0.0.1:${PORT}${BASE_URL}` });
  seen.length = 0;
  return org;
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Resolves once no request has arrived for `quiet` milliseconds. */
async function settled(quiet = 1500): Promise<void> {
  let count = -1;
  while (count !== seen.length) {
    count = seen.length;
    await new Promise((resolve) => setTimeout(resolve, quiet));
  }
}

const duplicates = (keys: string[]) => [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Row {
  measure: string;
  value: string;
  goal: string;
  met: boolean;
  runs: string;
}

async function main(): Promise<void> {
  const script = await bundle();
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`);
      if (url.pathname === '/bench.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      if (url.pathname === '/') {
        return response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<!doctype html><html lang="en"><meta charset="utf-8"><title>Benchmark</title><script type="module" src="/bench.js"></script><body></body></html>');
      }
      if (!url.pathname.startsWith(BASE_URL)) return response.writeHead(404).end();
      seen.push(`${request.method} ${url.pathname}${url.search}`);
      const payload = request.method === 'GET' || request.method === 'HEAD' ? undefined : await body(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
      const answer = await getResponse(mockHandlers, new Request(url, { method: request.method, headers, body: payload?.toString('utf8') }));
      if (!answer) return response.writeHead(404).end();
      response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));

  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: Row[] = [];
  const loadBefore = loadavg()[0];
  const notes: string[] = [];
  try {
    const open = async (b: Browser): Promise<Page> => {
      const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForFunction(() => 'bench' in window);
      return page;
    };
    /** `runs` fresh pages, each on a fresh organization of `scenario`. */
    const repeat = async <T>(
      runs: number,
      scenario: ScenarioName,
      measure: (page: Page) => Promise<T>,
      prepare?: (org: MockOrganization) => void,
    ): Promise<T[]> => {
      const results: T[] = [];
      for (let run = 0; run < runs; run++) {
        organization(scenario, prepare);
        const page = await open(browser);
        const cdp = PROFILE ? await page.context().newCDPSession(page) : undefined;
        await cdp?.send('Profiler.enable');
        await cdp?.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp?.send('Profiler.start');
        if (TRACE) {
          await browser.startTracing(page, {
            path: `${TRACE}/${scenario}-${run}.json`,
            categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.gc', 'blink.user_timing', 'loading'],
          });
        }
        try {
          results.push(await measure(page));
          if (TRACE) await browser.stopTracing();
          if (cdp) writeFileSync(`${PROFILE}/${scenario}-${run}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
        } finally {
          await page.close();
        }
      }
      return results;
    };
    /** A timing row: the median to the paint, and (in brackets) to the element's DOM being updated. */
    const timing = (measure: string, results: { ms: number; dom?: number }[], goal?: number) => {
      const values = results.map((result) => result.ms);
      const dom = results.map((result) => result.dom).filter((value): value is number => value !== undefined && !Number.isNaN(value));
      rows.push({
        measure,
        value: `${median(values).toFixed(1)} ms${dom.length ? ` (DOM ${median(dom).toFixed(1)} ms)` : ''}`,
        goal: goal === undefined ? '—' : `≤ ${goal} ms`,
        met: goal === undefined || median(values) <= goal,
        runs: values.map((value) => value.toFixed(1)).join(', '),
      });
    };

    const enabled = (part: string) => !ONLY || ONLY.includes(part);
    if (enabled('panel')) {
      process.stdout.write('panel… ');
      const off = await repeat(PANEL_RUNS, 'carto', (page) => page.evaluate(() => window.bench.panel('off')));
      timing('Panel: state response → enable form painted', off, 16);
      const on = await repeat(PANEL_RUNS, 'segment', (page) => page.evaluate(() => window.bench.panel('on')));
      timing('Panel: state response → "on" state painted', on, 16);
    }
    if (enabled('requests')) {
      process.stdout.write('requests… ');
      const lists = await repeat(
        RUNS,
        'keboola',
        (page) => page.evaluate(() => window.bench.requests()),
        (org) => {
          for (let index = 0; index < 500; index++) org.requestAccess({ reason: `Investigate pipeline failure ${index + 1}`, ticket: `KBC-${7000 + index}` });
        },
      );
      timing(`Request list, 500 pending: response → first page (${lists[0].shown} requests) painted`, lists);

    }
    if (enabled('log')) {
      process.stdout.write('log… ');
      const firstPages = await repeat(RUNS, 'busy', (page) => page.evaluate(() => window.bench.logFirstPage()));
      timing('Log, 100,000 events: response → first page painted', firstPages, 50);
    }
    if (SCROLL_RUNS > 0 && enabled('scroll')) {
      const scrolls = await repeat(SCROLL_RUNS, 'busy', (page) => page.evaluate((seconds) => window.bench.logScroll(seconds), SCROLL_SECONDS));
      const maxRows = Math.max(...scrolls.map((r) => r.maxRows));
      rows.push({ measure: 'Log: most rows in the DOM while scrolling to the end', value: String(maxRows), goal: '≤ 100', met: maxRows <= 100, runs: scrolls.map((r) => r.maxRows).join(', ') });
      const longest = scrolls.map((r) => r.longestTask);
      rows.push({
        measure: 'Log: longest task while scrolling to the end',
        value: `${median(longest).toFixed(0)} ms`,
        goal: '≤ 50 ms',
        met: median(longest) <= 50,
        runs: longest.map((value) => value.toFixed(0)).join(', '),
      });
      notes.push(
        `Scrolling to the end (${(scrolls[0].rowCount - 1).toLocaleString('en')} events, the last one painted): ` +
          `${median(scrolls.map((r) => r.scrollSeconds)).toFixed(0)} s (median); long tasks per run: ${scrolls.map((r) => r.longTasks).join(', ')}; ` +
            `elements in the log's shadow DOM at the end: ${scrolls.map((r) => r.nodes).join(', ')}.`,
      );
    }

    if (enabled('export')) {
      process.stdout.write('export… ');
      const exports = await repeat(SCROLL_RUNS, 'busy', (page) => page.evaluate(() => window.bench.logExport()));
      const longest = exports.map((r) => r.longestTask);
      rows.push({
        measure: `Log: longest task while exporting ${exports[0].events.toLocaleString('en')} events as CSV`,
        value: `${median(longest).toFixed(0)} ms`,
        goal: '≤ 50 ms',
        met: median(longest) <= 50,
        runs: longest.map((value) => value.toFixed(0)).join(', '),
      });
      notes.push(
        `The CSV export (${Math.ceil(exports[0].events / 500)} pages of 500 events, to the finished file): ${median(exports.map((r) => r.seconds)).toFixed(1)} s (median); ` +
          `long tasks per run: ${exports.map((r) => r.longTasks).join(', ')}.`,
      );
    }

    if (enabled('network')) {
      process.stdout.write('network… ');
      const networks = await repeat(3, 'carto', async (page) => {
        await page.evaluate(() => window.bench.everything());
        await settled();
        if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT, fullPage: true });
        const load = [...seen];
        seen.length = 0;
        await page.evaluate(() => window.bench.grant({ duration: 'P1D', accessLevel: 'admin', confirmed: true }));
        await settled();
        return { load, grant: [...seen] };
      });
      const network = networks[0];
      const loadDuplicates = duplicates(network.load);
      const grantDuplicates = duplicates(network.grant);
      const stateRequests = network.load.filter((key) => key === `GET ${BASE_URL}`).length;
      const listLoads = network.load.filter((key) => key !== `GET ${BASE_URL}`);
      rows.push({
        measure: 'Network, every element under one provider: requests at load',
        value: `${network.load.length}: ${stateRequests} state, ${listLoads.length} lists, ${loadDuplicates.length} duplicates`,
        goal: 'one state request and one per list, no duplicates',
        met: stateRequests === 1 && loadDuplicates.length === 0 && new Set(listLoads.map((key) => key.split('?')[0] + (key.includes('status=decided') ? 'decided' : ''))).size === listLoads.length,
        runs: networks.map((r) => r.load.length).join(', '),
      });
      rows.push({
        measure: 'Network: requests after a grant',
        value: `${network.grant.length}, ${grantDuplicates.length} duplicates`,
        goal: 'the grant, then one state request and one per list, no duplicates',
        met: grantDuplicates.length === 0 && network.grant.filter((key) => key === `GET ${BASE_URL}`).length <= 1,
        runs: networks.map((r) => r.grant.length).join(', '),
      });
      notes.push(`Requests at load: ${network.load.map((key) => `\`${key}\``).join(', ')}.`);
      notes.push(`Requests after a grant: ${network.grant.map((key) => `\`${key}\``).join(', ')}.`);
      if (!networks.every((r) => r.load.length === network.load.length && r.grant.length === network.grant.length)) {
        notes.push(`The request counts differed between runs: ${JSON.stringify(networks.map((r) => [r.load.length, r.grant.length]))}.`);
      }
    }

    if (enabled('idle')) {
      process.stdout.write(`idle (${IDLE_SECONDS} s)… `);
      organization('segment');
      const page = await open(browser);
      await page.evaluate(() => window.bench.everything());
      await settled();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
      await page.evaluate(() => window.bench.hide());
      const before = await metrics();
      const requestsBefore = seen.length;
      await page.waitForTimeout(IDLE_SECONDS * 1000);
      const after = await metrics();
      const fired = await page.evaluate(() => window.bench.counted());
      const hiddenRequests = seen.length - requestsBefore;
      await page.close();
      const callbacks = Object.values(fired).reduce((sum, count) => sum + count, 0);
      const cpu = (after.TaskDuration - before.TaskDuration) * 1000;
      const script = (after.ScriptDuration - before.ScriptDuration) * 1000;
      rows.push({
        measure: `Idle, tab hidden for ${IDLE_SECONDS} s: timer, frame and idle callbacks run`,
        value: `${callbacks} (${Object.entries(fired).map(([kind, count]) => `${kind} ${count}`).join(', ')})`,
        goal: 'none',
        met: callbacks === 0,
        runs: '1',
      });
      rows.push({ measure: 'Idle: requests while hidden', value: String(hiddenRequests), goal: 'none', met: hiddenRequests === 0, runs: '1' });
      rows.push({
        measure: `Idle: main-thread task time over ${IDLE_SECONDS} s (of it script)`,
        value: `${cpu.toFixed(1)} ms (${script.toFixed(1)} ms)`,
        goal: 'no script',
        met: script < 1,
        runs: '1',
      });
      notes.push(
        'Idle: every element under one provider with a running grant (its countdown ticks while visible), loaded; then the page ' +
          'reports `document.visibilityState` "hidden" and fires `visibilitychange` (headless Chromium has no background tab), and ' +
          'every timer, frame and idle callback is counted from then on. CPU from CDP `Performance.getMetrics` (TaskDuration, ScriptDuration); ' +
          `layouts ${after.LayoutCount - before.LayoutCount} and style recalculations ${after.RecalcStyleCount - before.RecalcStyleCount} while hidden.`,
      );
    }

    const version = browser.version();
    const table = [
      '| Measure | Median | Goal | Met | Runs |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map((row) => `| ${row.measure} | ${row.value} | ${row.goal} | ${row.met ? 'yes' : '**no**'} | ${row.runs} |`),
    ].join('\n');
    console.log(`\n\n${table}\n\n${notes.map((note) => `- ${note}`).join('\n')}`);
    const cpu0 = cpus()[0]?.model ?? 'unknown';
    const sizes: string[] = ['| Entry | Minified | Min+gzip |', '| --- | --- | --- |'];
    for (const entry of [...entries(), { name: 'the same panel from Shoelace 2', imports: [PEER_ENTRY], external: [] }]) {
      const result = await measure(entry.name, entry.imports, entry.external);
      sizes.push(`| ${entry.name} | ${kb(result.minified)} | ${kb(result.gzip)} |`);
    }
    const markdown = `# Benchmarks

Measured with \`npm run bench\` (\`scripts/bench.ts\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Sizes are checked by \`npm run size\` (part of \`npm test\`) against \`size-budget.json\`.

- Machine: ${cpus().length} cores (\`nproc\`: ${execSync('nproc').toString().trim()}), ${cpu0}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end); load average ${loadBefore.toFixed(1)} when the run started and ${loadavg()[0].toFixed(1)} at its end, on ${cpus().length} cores.
- Browser: Chromium ${version}, headless, through playwright-core; 1280×800 viewport.
- The page runs the built package (dist/) bundled and minified like a host's production build. It talks real HTTP to the benchmark's server, which answers from the package's mock organization (its MSW handlers, run in Node), so the page's main thread does only the package's work. "Response" is the moment the response's headers reach the page; reading and validating the body is part of the measured time. "Painted" is a task queued from the first animation frame after the element shows the expected content, i.e. after that frame's paint; it includes the wait for that frame (up to 16.7 ms at 60 Hz). The page watches the element for changes and asks for no frames of its own while it waits, as a host page at rest does. "DOM" in brackets is when the element's shadow DOM last changed before that frame: the package's own script work (reading and validating the response, updating the state, rendering).
- Timings are medians of ${RUNS} runs (the panel: ${PANEL_RUNS}; the scroll to the end: ${SCROLL_RUNS}), each in a fresh page. ${
      Math.max(loadBefore, loadavg()[0]) > 2.5
        ? 'Other heavy work (other browsers and test runs) shared the machine\'s cores while they ran, so single runs are noisy and every wall-clock time, task lengths included, is inflated by waiting for a core; the medians and the DOM times are what to compare.'
        : 'Nothing but the benchmark (its browser and its server) ran on the machine. Every time is wall-clock time, task lengths included: a task also lasts while the main thread waits for one of the two cores, which the browser\'s other processes and the server share.'
    }

${table}

${notes.map((note) => `- ${note}`).join('\n')}

## Size

Bundled from dist/ with esbuild (minified, ES2022) and gzipped at level 9, as \`npm run size\` measures them; the goal for the
whole package is 30 KB. The Shoelace panel is \`bench/peer/shoelace-panel.ts\`: the enable/revoke panel from sl-dialog,
sl-select, sl-checkbox, sl-button, sl-relative-time and sl-format-date, without validation, localization or error handling.

${sizes.join('\n')}
`;
    if (!ONLY && !PROFILE && !TRACE) {
      writeFileSync(`${root}BENCHMARKS.md`, markdown);
      console.log('\nWritten to BENCHMARKS.md.');
    }
    if (rows.some((row) => !row.met)) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
