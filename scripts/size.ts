/**
 * `npm run size`: what the package costs a host, measured the way a host pays it. Every entry is
 * bundled from `dist/` with esbuild (minified, like a production build), and its minified bytes
 * are gzipped at level 9. Code split off behind a dynamic `import()` (another language's catalog)
 * loads only on demand and is not counted.
 *
 * Fails when an entry exceeds its budget in `size-budget.json`, or when a production entry contains
 * a single byte of msw or of the mock organization. `--update` lowers budgets to the measured size
 * plus 5 %; it never raises one. Prints a comparison with the same panel built from Shoelace.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const budgetFile = `${root}size-budget.json`;
/** The whole package must stay at or under this; the budget file keeps it from creeping meanwhile. */
const GOAL = 30 * 1024;
const HEADROOM = 1.05;

export interface Entry {
  name: string;
  /** Module specifiers, resolved from the project root. */
  imports: string[];
  /** Production code: must not contain msw or the mock organization. */
  production: boolean;
  /** Bundled too (msw is a peer dependency of the mocks and is counted with them otherwise). */
  external?: string[];
}

interface Measured {
  name: string;
  minified: number;
  gzip: number;
  /** Inputs of the counted output, by package or `src` folder, in minified bytes. */
  inputs: Map<string, number>;
}

/** What is measured: the whole package, each element, the root entry and the mocks. */
export function entries(): Entry[] {
  const elementTags = readdirSync(`${root}dist/elements`).filter((name) => existsSync(`${root}dist/elements/${name}/define.js`));
  const defines = elementTags.map((tag) => `./dist/elements/${tag}/define.js`);
  return [
    { name: 'package (every element)', imports: defines, production: true },
    ...elementTags.map((tag, index) => ({ name: tag, imports: [defines[index]], production: true })),
    { name: 'root entry (client, i18n)', imports: ['./dist/index.js'], production: true },
    // msw is the host's own (peer) dependency, loaded in development only: counted apart below.
    { name: 'mocks (without msw)', imports: ['./dist/mocks/index.js'], production: false, external: ['msw', 'msw/*'] },
  ];
}

/** Groups an input path by package (`zod`, `lit-html`) or by the package's own folder (`elements/x`). */
function group(path: string): string {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scopeOrName, name] = path.slice(modules + 'node_modules/'.length).split('/');
    return scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
  }
  const own = path.replace(/^.*?dist\//, '').split('/');
  return own.length > 2 ? own.slice(0, 2).join('/') : own.join('/').replace(/\.js$/, '');
}

/** Bundles `imports` as one host module and measures the code that loads with it (not lazy chunks). */
export async function measure(name: string, imports: string[], external: string[] = []): Promise<Measured & { metafile: Metafile }> {
  const result = await build({
    stdin: { contents: imports.map((specifier) => `export * from ${JSON.stringify(specifier)};`).join('\n'), resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    splitting: true,
    outdir: `${root}dist/.size`,
    write: false,
    metafile: true,
    legalComments: 'none',
    external,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const entryPath = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
  if (!entryPath) throw new Error(`${name}: esbuild produced no entry`);
  // The entry and what it imports statically; chunks behind `import()` load on demand.
  const counted = new Set<string>();
  const visit = (path: string) => {
    if (counted.has(path)) return;
    counted.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryPath);
  let minified = 0;
  let gzip = 0;
  const inputs = new Map<string, number>();
  for (const path of counted) {
    const file = result.outputFiles.find((output) => output.path.endsWith(path.replace(/^.*?dist\//, 'dist/')));
    if (!file) throw new Error(`${name}: no output for ${path}`);
    minified += file.contents.length;
    gzip += gzipSync(file.contents, { level: 9 }).length;
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      if (bytesInOutput) inputs.set(group(input), (inputs.get(group(input)) ?? 0) + bytesInOutput);
    }
  }
  return { name, minified, gzip, inputs, metafile: result.metafile };
}

/** Every input of a production bundle that belongs to msw or to the mock organization. */
export function forbiddenInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((input) => /(^|\/)node_modules\/(msw|@mswjs)\/|(^|\/)(dist|src)\/mocks\//.test(input));
}

export const PEER_ENTRY = './bench/peer/shoelace-panel.ts';
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const update = process.argv.includes('--update');
  const budgets: Record<string, number> = existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')) : {};
  const failures: string[] = [];
  const rows: string[][] = [];
  const measured: Measured[] = [];

  for (const entry of entries()) {
    const result = await measure(entry.name, entry.imports, entry.external);
    measured.push(result);
    if (entry.production) {
      const forbidden = forbiddenInputs(result.metafile);
      if (forbidden.length) failures.push(`${entry.name} contains mock code: ${forbidden.join(', ')}`);
    }
    const budget = budgets[entry.name];
    if (budget === undefined) failures.push(`${entry.name} has no budget in size-budget.json (run npm run size -- --update)`);
    else if (result.gzip > budget) failures.push(`${entry.name} is ${result.gzip} B min+gzip, over its budget of ${budget} B`);
    rows.push([entry.name, kb(result.minified), kb(result.gzip), budget === undefined ? '—' : kb(budget)]);
  }

  const width = rows.reduce((max, [name]) => Math.max(max, name.length), 0);
  console.log(`${'entry'.padEnd(width)}  ${'minified'.padStart(9)}  ${'min+gzip'.padStart(9)}  ${'budget'.padStart(9)}`);
  for (const [name, minified, gzip, budget] of rows) {
    console.log(`${name.padEnd(width)}  ${minified.padStart(9)}  ${gzip.padStart(9)}  ${budget.padStart(9)}`);
  }

  const whole = measured[0];
  console.log(`\nThe whole package, ${kb(whole.gzip)} min+gzip; goal ≤ ${kb(GOAL)}${whole.gzip <= GOAL ? ' (met)' : ` (${kb(whole.gzip - GOAL)} over)`}.`);
  console.log('Where its minified bytes go:');
  for (const [input, bytes] of [...whole.inputs].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`  ${input.padEnd(34)} ${kb(bytes).padStart(9)}`);
  }

  // The same enable/revoke panel from the components a host would otherwise reach for.
  const panel = measured.find((entry) => entry.name === 'support-access-panel');
  const peer = await measure('shoelace panel', [PEER_ENTRY]);
  if (panel) {
    console.log(
      `\nEnable/revoke panel: support-access-panel ${kb(panel.gzip)} vs. the same from Shoelace 2 (sl-dialog, sl-select, ` +
        `sl-checkbox, sl-button, sl-relative-time, sl-format-date) ${kb(peer.gzip)} min+gzip: ` +
        `${(panel.gzip / peer.gzip).toFixed(2)}× the Shoelace size.`,
    );
  }

  if (update) {
    const next: Record<string, number> = {};
    for (const { name, gzip } of measured) {
      const proposed = Math.ceil(gzip * HEADROOM);
      next[name] = budgets[name] === undefined ? proposed : Math.min(budgets[name], proposed);
    }
    writeFileSync(budgetFile, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`\nBudgets written to size-budget.json (measured + 5 %, never raised).`);
    const structural = failures.filter((failure) => failure.includes('mock code'));
    if (structural.length) throw new Error(structural.join('\n'));
    return;
  }
  if (failures.length) throw new Error(`Size check failed:\n  ${failures.join('\n  ')}`);
  console.log('\nEvery entry is within its budget, and no production entry contains msw or the mock organization.');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
