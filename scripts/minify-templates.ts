/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` tagged templates for the library build.
 * A host's bundler minifies our JavaScript but leaves template text as written, so without this the
 * package would ship every indentation and comment of its styles and templates to every page.
 *
 * Only the static text between `${…}` expressions changes, and only in ways that render the same:
 * CSS loses comments and the whitespace around punctuation; HTML keeps one space wherever it had
 * whitespace (a space between inline elements still renders), so no text or layout can change.
 */
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** CSS: no comments, single spaces, none around `{ } ; , : >`, no leading zero of a fraction, outside quoted strings. */
export function minifyCss(text: string): string {
  // Quoted strings (`content: ' · '`) keep every character. Comments go first, in the same left to
  // right scan as the strings: an apostrophe in a comment (`the host's`) is no string, and taking it
  // for one kept the rest of the stylesheet as written.
  const stringsAndComments = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|\/\*[\s\S]*?\*\//g;
  return text
    .replace(stringsAndComments, (_comment, string?: string) => string ?? ' ')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((piece, index) =>
      index % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            // Not before `:`: `.a :hover` (a descendant) differs from `.a:hover`.
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            // A fraction's leading zero says nothing: `0.5rem` is `.5rem`. Only at the start of a
            // number, never inside a name (`h0.5`) or after a digit (`10.5`).
            .replace(/(^|[\s:(,/*+-])0\.(\d)/g, '$1.$2'),
    )
    .join('');
}

/** HTML: every run of whitespace that spans lines becomes one space; nothing else changes. */
export function minifyHtml(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

const minifiers: Record<string, (text: string) => string> = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/** The source with every css``/html``/svg`` template's static text minified, or `undefined` when none. */
export function minifyTemplates(code: string, id: string): MagicString | undefined {
  if (!/\b(css|html|svg)`/.test(code)) return undefined;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const output = new MagicString(code);
  let changed = false;
  const replace = (literal: ts.Node, minify: (text: string) => string, headLength: number, tailLength: number, css: boolean) => {
    const start = literal.getStart(source) + headLength;
    const end = literal.getEnd() - tailLength;
    const raw = code.slice(start, end);
    let minified = minify(raw);
    // A stylesheet's first and last space are nothing; one next to an expression may be (`calc(${a} + 1px)`).
    if (css && (ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateHead(literal))) minified = minified.trimStart();
    if (css && tailLength === 1) minified = minified.trimEnd();
    if (minified === raw) return;
    if (minified.length) output.overwrite(start, end, minified);
    else output.remove(start, end);
    changed = true;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && Object.hasOwn(minifiers, node.tag.text)) {
      const minify = minifiers[node.tag.text];
      const css = node.tag.text === 'css';
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) replace(template, minify, 1, 1, css);
      else {
        replace(template.head, minify, 1, 2, css); // `…${
        template.templateSpans.forEach((span) =>
          replace(span.literal, minify, 1, ts.isTemplateTail(span.literal) ? 1 : 2, css), // }…${ or }…`
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed ? output : undefined;
}

/** The Vite plugin: minifies templates in the package's own TypeScript before it is compiled. */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const output = minifyTemplates(code, id);
      return output ? { code: output.toString(), map: output.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
