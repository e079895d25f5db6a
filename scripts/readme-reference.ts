/**
 * The README's per-element reference (attributes and properties, methods, events, slots, parts,
 * CSS custom properties), generated from the custom elements manifest so it says what the code
 * says. `npm run docs:readme` builds and rewrites the block between the markers;
 * test/node/readme.test.ts fails when the README's block differs from the manifest's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ELEMENT_TAGS } from '../stories/index.js';
import { isPublic } from '../stories/public-manifest.js';

export const START = '<!-- reference:start — generated from dist/custom-elements.json by `npm run docs:readme`; do not edit by hand -->';
export const END = '<!-- reference:end -->';

interface Described {
  name?: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text?: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: Described[];
  return?: { type?: { text?: string } };
}
interface Declaration extends Described {
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: (Described & { fieldName?: string })[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The order a reader meets them in; an element not listed here follows in the manifest's order. */
const ORDER: readonly string[] = ELEMENT_TAGS;

const oneLine = (text: string | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** One table cell: one line, pipes escaped, and angle brackets outside code shown as text. */
function cell(text: string | undefined): string {
  return oneLine(text)
    .split('`')
    .map((part, index) => (index % 2 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('`');
}

/** Text inside HTML (a `<summary>`): escaped, with code spans as `<code>`. */
function inline(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}
const code = (text: string | undefined) => (text ? `\`${oneLine(text)}\`` : '');

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}


function elementReference(element: Declaration): string {
  const tag = element.tagName!;
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');
  const events = (element.events ?? []).filter((event) => event.name);
  const parts: string[] = [];

  const summary = inline((element.summary || element.description?.split(/(?<=\.)\s/)[0] || '').replace(/\s*\n\s*/g, ' ').trim());
  parts.push('<details>', `<summary><code>&lt;${tag}&gt;</code>: ${summary}</summary>`, '', cell(element.description || element.summary));

  const attributeOnly = (element.attributes ?? []).filter((attribute) => !fields.some((field) => field.attribute === attribute.name));
  if (fields.length || attributeOnly.length) {
    const rows = [
      ...fields.map((field) => [
        code(field.attribute) || '—',
        code(field.name) + (field.readonly ? ' (read-only)' : '') + (field.reflects ? ' (reflected)' : ''),
        code(field.type?.text),
        code(field.default),
        cell(field.description),
      ]),
      ...attributeOnly.map((attribute) => [code(attribute.name), '—', code(attribute.type?.text), code(attribute.default), cell(attribute.description)]),
    ];
    parts.push('', table(['attribute', 'property', 'type', 'default', 'description'], rows));
  }
  if (methods.length) {
    const rows = methods.map((method) => [
      code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
      code(method.return?.type?.text),
      cell(method.description),
    ]);
    parts.push('', table(['method', 'returns', 'description'], rows));
  }
  if (events.length) {
    // The detail's type, once the manifest carries it.
    const typed = events.some((event) => event.type?.text);
    const rows = events.map((event) => [code(event.name), ...(typed ? [code(event.type?.text)] : []), cell(event.description)]);
    parts.push('', table(['event', ...(typed ? ['type'] : []), 'description'], rows));
  }
  if (element.slots?.length) {
    parts.push('', table(['slot', 'description'], element.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)])));
  }
  if (element.cssParts?.length) {
    parts.push('', table(['part', 'description'], element.cssParts.map((part) => [code(part.name), cell(part.description)])));
  }
  if (element.cssProperties?.length) {
    const rows = element.cssProperties.map((property) => [code(property.name), code(property.default), cell(property.description)]);
    parts.push('', table(['CSS custom property', 'default', 'description'], rows));
  }
  parts.push('', '</details>');
  return parts.join('\n');
}

/** The elements in the manifest, in reading order. */
export function elementsOf(manifest: Manifest): Declaration[] {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return elements.sort((a, b) => rank(a.tagName!) - rank(b.tagName!));
}

/** The generated block, markers included. */
export function renderReference(manifest: Manifest): string {
  return [START, '', ...elementsOf(manifest).flatMap((element) => [elementReference(element), '']), END].join('\n');
}

/** The block between the markers as the README has it now. */
export function currentReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no reference block: add the lines\n${START}\n${END}`);
  return readme.slice(start, end + END.length);
}

export function withReference(readme: string, manifest: Manifest): string {
  return readme.replace(currentReference(readme), renderReference(manifest));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8')) as Manifest;
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const updated = withReference(readme, manifest);
  writeFileSync(readmeUrl, updated);
  console.log(updated === readme ? 'README.md: the reference is up to date' : 'README.md: reference regenerated from dist/custom-elements.json');
}
