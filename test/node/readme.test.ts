/**
 * The README against the code, after `npm run build`: its snippets are the files the browser tests
 * run, its element reference is the manifest's, and its tables name every event, client option,
 * operation and scenario there is. When the reference is out of date, `npm run docs:readme`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { currentReference, elementsOf, renderReference, type Manifest } from '../../scripts/readme-reference.js';
// A host's own Node tests with the package's mocks, as the README shows them: they run here.
import '../../docs/examples/node-tests.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const readme = read('README.md');
const manifest = JSON.parse(read('dist/custom-elements.json')) as Manifest;

/** The rows of the markdown table that follows a heading, as arrays of cells. */
function tableAfter(heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has the heading "${heading}"`);
  const lines = readme.slice(start + heading.length + 2).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
  }
  return rows;
}
const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

describe('README.md', () => {
  it('opens with what it is, the demo screenshot and the two commands', () => {
    const firstSection = readme.indexOf('\n## ');
    const opening = readme.slice(0, firstSection);
    assert.ok(opening.startsWith('# support-access-elements\n\nThe "support access" screen'));
    const image = opening.indexOf('\n![The demo console](docs/screenshots/demo.png)\n');
    assert.ok(image > 0, 'the screenshot line');
    const commands = opening.indexOf('```sh\nnpm install && npm start');
    assert.ok(commands > image, 'the commands follow the screenshot');
    assert.match(opening.slice(commands), /\nnpm test\s+#/);
    const packageJson = JSON.parse(read('package.json'));
    for (const script of ['start', 'test', 'docs:readme']) assert.ok(packageJson.scripts[script], `npm script "${script}"`);
  });

  it('includes every embedding snippet and test example verbatim, each in its own code block', () => {
    const files = [
      ...readdirSync(new URL('docs/embedding/', root)).map((name) => `docs/embedding/${name}`),
      ...readdirSync(new URL('docs/examples/', root)).map((name) => `docs/examples/${name}`),
    ];
    assert.ok(files.length >= 7, `snippets found: ${files.join(', ')}`);
    const fence: Record<string, string> = { html: 'html', tsx: 'tsx', ts: 'ts' };
    for (const file of files) {
      const text = read(file).replace(/\n$/, '');
      const language = fence[file.split('.').pop()!];
      assert.ok(readme.includes(`\`\`\`${language}\n${text}\n\`\`\``), `README.md shows ${file} exactly, in a \`\`\`${language} block`);
    }
    for (const framework of ['plain', 'react', 'vue', 'angular']) {
      assert.ok(existsSync(new URL(`test/embedding/${framework}.test.ts`, root)), `the ${framework} snippet has a browser test`);
    }
  });

  it('has the element reference of the current manifest (else: npm run docs:readme)', () => {
    assert.equal(currentReference(readme), renderReference(manifest), 'the reference differs from dist/custom-elements.json: run `npm run docs:readme`');
    const tags = elementsOf(manifest).map((element) => element.tagName!);
    assert.ok(tags.length >= 8, `elements in the manifest: ${tags.join(', ')}`);
    for (const tag of tags) assert.ok(readme.includes(`| \`<${tag}>\` |`), `<${tag}> is in the elements table`);
  });

  it('lists every event, with the cancelable flag and the detail the event classes really have', async () => {
    const rows = tableAfter('## Events');
    const listed = rows.map((row) => unquote(row[0]));
    const fromManifest = new Set(elementsOf(manifest).flatMap((element) => (element.events ?? []).flatMap((event) => (event.name ? [event.name] : []))));
    const classes = new Map<string, CustomEvent>();
    for (const file of readdirSync(new URL('dist/events/', root)).filter((name) => name.endsWith('.js') && name !== 'base.js')) {
      const module = (await import(new URL(`dist/events/${file}`, root).href)) as Record<string, { eventName?: string; new (detail: object): CustomEvent }>;
      for (const EventClass of Object.values(module)) if (EventClass.eventName) classes.set(EventClass.eventName, new EventClass({}));
    }
    assert.deepEqual([...listed].sort(), [...classes.keys()].sort(), 'the table lists each event class once');
    for (const name of fromManifest) assert.ok(listed.includes(name), `${name} (in the manifest) is in the table`);
    for (const row of rows) {
      const event = classes.get(unquote(row[0]))!;
      assert.equal(row[3], event.cancelable ? 'yes' : 'no', `${row[0]} cancelable`);
      assert.ok(event.bubbles && event.composed, `${row[0]} bubbles and is composed`);
    }
    const source = (name: string) => read(`src/events/${name.replace(/^sa-/, '')}.ts`);
    for (const row of rows) {
      const declared = /extends saEvent<\{ ([^}]*) \}, /.exec(source(unquote(row[0])))![1];
      const keys = declared.split(';').map((field) => field.split(':')[0].trim()).filter(Boolean);
      const documented = unquote(row[4].split(' (')[0]);
      assert.equal(documented, `{ ${keys.join(', ')} }`, `${row[0]} detail`);
    }
  });

  it('documents every client option and every operation of the contract', async () => {
    const options = /export interface SupportAccessClientOptions \{([\s\S]*?)\n\}/.exec(read('src/client/client.ts'))![1];
    const names = [...options.matchAll(/^\s{2}(\w+)\??:/gm)].map((match) => match[1]);
    assert.ok(names.length >= 10, `options found: ${names.join(', ')}`);
    const documented = tableAfter('### The client').map((row) => unquote(row[0]));
    assert.deepEqual(documented, names, 'the options table, in the interface’s order');

    const { operationIds } = await import('support-access-elements/contract');
    const operationsTable = tableAfter('## The contract').map((row) => unquote(row[0]));
    assert.deepEqual(operationsTable, [...operationIds]);
  });

  it('names every scenario of the mock organization', async () => {
    const { SCENARIOS } = await import('support-access-elements/mocks');
    const section = readme.slice(readme.indexOf('## The mock organization'), readme.indexOf('## Using the mocks in your own tests'));
    for (const scenario of SCENARIOS) assert.ok(section.includes(`\`${scenario}\``), `scenario ${scenario}`);
  });

  it('links only to files that exist (the demo screenshot aside, which the demo produces)', () => {
    for (const [, target] of readme.matchAll(/\]\(((?!https?:|#)[^)]+)\)/g)) {
      if (target === 'docs/screenshots/demo.png') continue;
      assert.ok(existsSync(new URL(target, root)), `${target} exists`);
    }
  });
});
