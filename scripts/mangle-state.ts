/**
 * Shortens the names of the elements' private reactive state (`private _events`, declared
 * `_events: STATE`) in the library build: Lit keeps a reactive property's name as written, and a
 * host's minifier leaves property names alone, so every `this._events` would ship in full. Each
 * file's own `private _x` names become `_a`, `_b`, … (most used first) everywhere in that file:
 * declarations, uses, and strings that name them (`changed.has('_grant')`). Only the element's own
 * file reads its private state (`this._x`), so no other module needs to agree; public properties,
 * attributes, parts, events and custom properties (`--_row`) keep their names. The tests and the
 * manifest read the source, which keeps the readable names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// A whole name: not inside a longer one, nor a custom property (`--_row`).
const USES = /(?<![\w$-])_[A-Za-z]\w*(?![\w$])/g;

/** The reactive state a file declares as its own: each `private _name`. */
const declaredState = (code: string) => new Set([...code.matchAll(/\bprivate (_[a-z]\w*)/g)].map((match) => match[1]));

/**
 * How far up each private state name goes in every file's order: first the names more files
 * declare, then those used more in all of them. A name several elements share (`_announcement`)
 * then tends to get the same short name in each, and their code reads more alike to gzip.
 */
export function stateWeights(sources: string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const code of sources) {
    const declared = declaredState(code);
    for (const name of declared) weights.set(name, (weights.get(name) ?? 0) + 1000);
    for (const [name] of code.matchAll(USES)) if (declared.has(name)) weights.set(name, weights.get(name)! + 1);
  }
  return weights;
}

/**
 * The file's source with each `private _name` of its own shortened, or `undefined` when it has none:
 * most used first, or in the order of `weights` (see `stateWeights`).
 */
export function mangleState(code: string, weights?: Map<string, number>): MagicString | undefined {
  const declared = declaredState(code);
  if (!declared.size) return undefined;
  const counts = new Map<string, number>();
  const taken = new Set<string>();
  for (const [name] of code.matchAll(USES)) {
    if (declared.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    else taken.add(name);
  }
  const free = [...LETTERS].map((letter) => `_${letter}`).filter((name) => !taken.has(name));
  const byUse = [...counts].sort((a, b) => (weights?.get(b[0]) ?? b[1]) - (weights?.get(a[0]) ?? a[1])).map(([name]) => name);
  if (free.length < byUse.length) return undefined;
  const short = new Map(byUse.map((name, index) => [name, free[index]]));
  const output = new MagicString(code);
  for (const match of code.matchAll(USES)) {
    const to = short.get(match[0]);
    if (to) output.overwrite(match.index, match.index + match[0].length, to);
  }
  return output;
}

/** The Vite plugin: the elements' TypeScript, before it is compiled. */
export function mangleStateNames(): Plugin {
  let weights: Map<string, number> | undefined;
  return {
    name: 'mangle-state-names',
    enforce: 'pre',
    buildStart() {
      const elements = new URL('../src/elements/', import.meta.url);
      const files = readdirSync(elements, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
      weights = stateWeights(files.map((file) => readFileSync(new URL(file, elements), 'utf8')));
    },
    transform(code, id) {
      if (!/\/src\/elements\/.*\.ts$/.test(id)) return null;
      const output = mangleState(code, weights);
      return output ? { code: output.toString(), map: output.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
