/**
 * `npm run bench`: what the elements cost at run time, in Chromium (the system's, through
 * playwright-core). The page is the built package bundled and minified as a host would ship it,
 * talking to the mock organization through MSW. Each timing is the median of several runs, each in
 * a fresh page. The results are printed as a table and written to BENCHMARKS.md.
 *
 * Environment: BENCH_RUNS (default 7), BENCH_SCROLL_RUNS (default 3), BENCH_IDLE_SECONDS (default 60),
 * BENCH_PORT (default 6610), CHROME_PATH (default /usr/bin/chromium).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, freemem, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCROLL_RUNS = Number(process.env.BENCH_SCROLL_RUNS ?? 3);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 6610);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The page's script: bench/page.ts with the package's modules taken from dist/, as a host gets them. */
async function bundle(): Promise<string> {
  if (!existsSync(`${root}dist/elements`)) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const result = await build({
    entryPoints: [`${root}bench/page.ts`],
    bundle: true,
    minify: true,
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
  return result.outputFiles[0].text;
}

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
  const worker = readFileSync(`${root}node_modules/msw/lib/mockServiceWorker.js`);
  /** Requests that reached the network instead of the mock (the idle period runs without it). */
  const networkRequests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/mockServiceWorker.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(worker);
    else if (path === '/bench.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else if (path === '/') {
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><html lang="en"><meta charset="utf-8"><title>Benchmark</title><script type="module" src="/bench.js"></script><body></body></html>');
    } else {
      networkRequests.push(`${request.method} ${request.url}`);
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));

  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const open = async (b: Browser): Promise<Page> => {
      const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForFunction(() => 'bench' in window);
      return page;
    };
    const repeat = async <T>(runs: number, scenario: (page: Page) => Promise<T>): Promise<T[]> => {
      const results: T[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await open(browser);
        try {
          results.push(await scenario(page));
        } finally {
          await page.close();
        }
      }
      return results;
    };
    const timing = (measure: string, values: number[], goal?: number) =>
      rows.push({
        measure,
        value: `${median(values).toFixed(1)} ms`,
        goal: goal === undefined ? '—' : `≤ ${goal} ms`,
        met: goal === undefined || median(values) <= goal,
        runs: values.map((value) => value.toFixed(1)).join(', '),
      });

    process.stdout.write('panel… ');
    timing('Panel: state response → enable form painted', (await repeat(RUNS, (page) => page.evaluate(() => window.bench.panel('off')))).map((r) => r.ms), 16);
    timing('Panel: state response → "on" state painted', (await repeat(RUNS, (page) => page.evaluate(() => window.bench.panel('on')))).map((r) => r.ms), 16);

    process.stdout.write('requests… ');
    const lists = await repeat(RUNS, (page) => page.evaluate(() => window.bench.requests()));
    timing(`Request list, 500 pending: response → first page (${lists[0].shown} shown) painted`, lists.map((r) => r.ms));

    process.stdout.write('log… ');
    const firstPages = await repeat(RUNS, (page) => page.evaluate(() => window.bench.logFirstPage()));
    timing('Log, 100,000 events: response → first page painted', firstPages.map((r) => r.ms), 50);
    if (SCROLL_RUNS > 0) {
      const scrolls = await repeat(SCROLL_RUNS, (page) => page.evaluate(() => window.bench.logScroll()));
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
        `Scrolling to the end: ${scrolls[0].events.toLocaleString('en')} events, ${median(scrolls.map((r) => r.scrollSeconds)).toFixed(0)} s (median); ` +
          `long tasks per run: ${scrolls.map((r) => r.longTasks).join(', ')}.`,
      );
    }

    process.stdout.write('network… ');
    const networks = await repeat(3, (page) => page.evaluate(() => window.bench.network()));
    const network = networks[0];
    const same = networks.every((r) => r.load.length === network.load.length && r.grant.length === network.grant.length);
    const loadOk = network.loadDuplicates.length === 0 && network.load.filter((key) => /^GET \/api\/support-access(\?|$)/.test(key)).length === 1;
    rows.push({
      measure: 'Network, every element under one provider: requests at load',
      value: `${network.load.length} (${network.loadDuplicates.length} duplicates)`,
      goal: 'one state request and one per list, no duplicates',
      met: loadOk,
      runs: networks.map((r) => r.load.length).join(', '),
    });
    rows.push({
      measure: 'Network: requests after a grant',
      value: `${network.grant.length} (${network.grantDuplicates.length} duplicates)`,
      goal: 'the grant and one per view it changes, no duplicates',
      met: network.grantDuplicates.length === 0,
      runs: networks.map((r) => r.grant.length).join(', '),
    });
    notes.push(`Requests at load: ${network.load.map((key) => `\`${key}\``).join(', ')}.`);
    notes.push(`Requests after a grant: ${network.grant.map((key) => `\`${key}\``).join(', ')}.`);
    if (!same) notes.push(`The request counts differed between runs: ${JSON.stringify(networks.map((r) => [r.load.length, r.grant.length]))}.`);

    process.stdout.write(`idle (${IDLE_SECONDS} s)… `);
    const page = await open(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => window.bench.hide());
    const metrics = async () =>
      Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    const networkBefore = networkRequests.length;
    await page.waitForTimeout(IDLE_SECONDS * 1000);
    const after = await metrics();
    const fired = await page.evaluate(() => (window as unknown as { idleCounters: Record<string, number> }).idleCounters);
    await page.close();
    const callbacks = Object.values(fired).reduce((sum, count) => sum + count, 0);
    const cpu = (after.TaskDuration - before.TaskDuration) * 1000;
    const script = (after.ScriptDuration - before.ScriptDuration) * 1000;
    const hiddenRequests = networkRequests.length - networkBefore;
    rows.push({
      measure: `Idle, tab hidden for ${IDLE_SECONDS} s: timer, frame and idle callbacks run`,
      value: `${callbacks} (${Object.entries(fired).map(([kind, count]) => `${kind} ${count}`).join(', ')})`,
      goal: 'none',
      met: callbacks === 0,
      runs: '1',
    });
    rows.push({ measure: `Idle: requests while hidden`, value: String(hiddenRequests), goal: 'none', met: hiddenRequests === 0, runs: '1' });
    rows.push({
      measure: `Idle: main-thread task time over ${IDLE_SECONDS} s (script)`,
      value: `${cpu.toFixed(1)} ms (${script.toFixed(1)} ms)`,
      goal: '≈ 0',
      met: script < 1,
      runs: '1',
    });
    notes.push(
      `Idle: every element is loaded with a running grant (its countdown ticks while visible), then the page reports ` +
        '`document.visibilityState` "hidden" and fires `visibilitychange`; headless Chromium has no real background tab. ' +
        `Layouts ${after.LayoutCount - before.LayoutCount}, style recalculations ${after.RecalcStyleCount - before.RecalcStyleCount} while hidden. ` +
        'The mock service worker is stopped before, so its keep-alive timer is not counted and any request would reach the server.',
    );

    const version = browser.version();
    const table = [
      '| Measure | Median | Goal | Met | Runs |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map((row) => `| ${row.measure} | ${row.value} | ${row.goal} | ${row.met ? 'yes' : '**no**'} | ${row.runs} |`),
    ].join('\n');
    console.log(`\n\n${table}\n\n${notes.map((note) => `- ${note}`).join('\n')}`);
    const cpu0 = cpus()[0]?.model ?? 'unknown';
    const markdown = `# Benchmarks

Measured with \`npm run bench\` (\`scripts/bench.ts\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Sizes are checked by \`npm run size\` (part of \`npm test\`) against \`size-budget.json\`.

- Machine: ${cpus().length} cores (\`nproc\`: ${execSync('nproc').toString().trim()}), ${cpu0}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end).
- Browser: Chromium ${version}, headless, through playwright-core; 1280×800 viewport.
- The page runs the built package (dist/) bundled and minified like a host's production build, against the package's mock organization through MSW's service worker. "Response" is the moment the response's headers reach the page; reading and validating the body is part of the measured time. "Painted" is a task queued from the first animation frame after the element shows the expected content, i.e. after that frame's paint.
- Timings are medians of ${RUNS} runs (the scroll to the end: ${SCROLL_RUNS}), each in a fresh page. Other heavy work shared the machine's cores while they ran, so single runs are noisy; the medians are what to compare.

${table}

${notes.map((note) => `- ${note}`).join('\n')}
`;
    writeFileSync(`${root}BENCHMARKS.md`, markdown);
    console.log('\nWritten to BENCHMARKS.md.');
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
