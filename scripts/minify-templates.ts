/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` tagged templates for the library build.
 * A host's bundler minifies our JavaScript but leaves template text as written, so without this the
 * package would ship every indentation and comment of its styles and templates to every page.
 *
 * Only the static text between `${…}` expressions changes, and only in ways that render the same:
 * CSS loses comments and the whitespace around punctuation; HTML keeps one space wherever it had
 * whitespace (a space between inline elements still renders); inside a tag it drops what the parser
 * ignores (the space before `>`, a void element's slash, quotes around a plain value), so no text or
 * layout can change.
 */
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * CSS: no comments, single spaces, none around `{ } ; , : >`, no leading zero of a fraction, outside
 * quoted strings; no quotes around an attribute selector's value that is a name.
 */
export function minifyCss(text: string): string {
  // Quoted strings (`content: ' · '`) keep every character. Comments go first, in the same left to
  // right scan as the strings: an apostrophe in a comment (`the host's`) is no string, and taking it
  // for one kept the rest of the stylesheet as written.
  const stringsAndComments = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|\/\*[\s\S]*?\*\//g;
  return text
    .replace(stringsAndComments, (_comment, string?: string) => string ?? ' ')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((piece, index, pieces) =>
      index % 2
        ? // An attribute selector's value that is a name needs no quotes: `[part='list']` is `[part=list]`.
          /=\s*$/.test(pieces[index - 1]) && /^\s*]/.test(pieces[index + 1]) && /^.[a-z_][\w-]*.$/i.test(piece)
          ? piece.slice(1, -1)
          : piece
        : piece
            .replace(/\s+/g, ' ')
            // Not before `:`: `.a :hover` (a descendant) differs from `.a:hover`.
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            // A fraction's leading zero says nothing: `0.5rem` is `.5rem`. Only at the start of a
            // number, never inside a name (`h0.5`) or after a digit (`10.5`).
            .replace(/(^|[\s:(,/*+-])0\.(\d)/g, '$1.$2')
            // `transparent` is `rgb(0 0 0 / 0)`, which `#0000` writes in 5 characters.
            .replace(/(?<![\w-])transparent(?![\w-])/g, '#0000')
            .replace(/ !important/g, '!important')
            // In a function of a property's value the spaces around `*` and `/` say nothing
            // (`calc(var(--_gap)*.5)`, `rgb(0 0 0/.25)`). Not in a custom property's value, which is
            // kept as its tokens, nor in a selector, where `*` is a name.
            .replace(/([{;][a-z][\w-]*:)([^;{}]*)(?=[;}])/g, (_declaration, property: string, value: string) => property + value.replace(/ ([*/]) (?=[^()]*\))/g, '$1'))
            // A border's colour is the text colour unless it says otherwise: `border:1px solid`.
            .replace(/([{;]border(?:-(?:top|right|bottom|left|block|inline|block-start|block-end|inline-start|inline-end))?:[^;{}]*) currentColor(?=[;}])/gi, '$1')
    )
    .join('');
}

/** HTML: every run of whitespace that spans lines becomes one space; nothing else changes. */
export function minifyHtml(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** Elements that have no content, whose `/>` the HTML parser reads as `>`. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

type ScanState = 'text' | 'tag' | 'comment' | '"' | "'";

/**
 * Where the HTML tokenizer is after `piece[index]`, from where it was before it: text, a tag
 * (markup between `<` and `>`), a comment, or a quoted attribute value (by its quote). A tag begins
 * at `<` and a letter or `/`, a comment at `<!--`; each ends at its `>`, `-->` or closing quote.
 */
function scan(state: ScanState, piece: string, index: number): ScanState {
  const char = piece[index];
  if (state === 'text') {
    if (piece.startsWith('<!--', index)) return 'comment';
    return char === '<' && /^<\/?[a-z]/i.test(piece.slice(index, index + 3)) ? 'tag' : 'text';
  }
  if (state === 'comment') return piece.startsWith('-->', index) ? 'text' : 'comment';
  if (state !== 'tag') return char === state ? 'tag' : state;
  return char === '"' || char === "'" ? char : char === '>' ? 'text' : 'tag';
}

/**
 * HTML: in a tag, the whitespace before its `>` or `/>` goes, and in an html`` template the slash of
 * a void element (`<input />` is `<input>`); a value of name characters loses its quotes
 * (`class=muted`). None of it reaches the DOM. `pieces` are a template's
 * static texts in order: a tag may go on after an expression (`<p class=${c} >`). Attribute values
 * and comments keep every character. In SVG a slash closes the element, so it stays.
 */
export function tidyTags(pieces: string[], html: boolean): string[] {
  let state: ScanState = 'text';
  let name = '';
  return pieces.map((piece) => {
    let tidy = '';
    for (let index = 0; index < piece.length; index++) {
      const char = piece[index];
      if (state !== 'tag') {
        const next = scan(state, piece, index);
        if (state === 'text' && next === 'tag') name = /^<\/?([\w-]*)/.exec(piece.slice(index))![1].toLowerCase();
        state = next;
      } else if ((char === '"' || char === "'") && piece[index - 1] === '=') {
        // A value of name characters only needs no quotes (`class=muted`), unless a slash the
        // parser would take into it comes next (`<path d="x" />`).
        const end = piece.indexOf(char, index + 1);
        const value = end < 0 ? '' : piece.slice(index + 1, end);
        const slashNext = /^\s*\//.test(piece.slice(end + 1)) && !(html && VOID_ELEMENTS.has(name));
        if (/^[\w.:-]+$/.test(value) && /^(\s|>)/.test(piece.slice(end + 1)) && !slashNext) {
          tidy += value;
          index = end;
          continue;
        }
        state = char;
      } else if (char === '"' || char === "'") {
        state = char;
      } else if (char === '>') {
        state = 'text';
      } else if (/\s/.test(char) && /^\s+\/?>/.test(piece.slice(index))) {
        continue;
      } else if (char === '/' && piece[index + 1] === '>' && html && VOID_ELEMENTS.has(name)) {
        continue;
      }
      tidy += char;
    }
    return tidy;
  });
}

/** Elements whose content is raw text: an end tag is what ends them, so it always stays. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);

/**
 * HTML: the end tags that end an html`` template go, where the parser builds the same tree without
 * them: at the end of the input it closes whatever is still open (`<p>${x}</span> </p>` parses as
 * `<p>${x}</span> `). The last text is never emptied: Lit would add a marker node (`<?>`) in its
 * place, inside the element. `pieces` are the template's static texts in order, tidied.
 */
export function dropClosingEndTags(pieces: string[]): string[] {
  let state: ScanState = 'text';
  const last = pieces.length - 1;
  // Where each end tag of the last text begins and ends, when it began in text.
  const ends = new Map<number, [number, string]>();
  let start = -1;
  pieces.forEach((piece, at) => {
    for (let index = 0; index < piece.length; index++) {
      const next = scan(state, piece, index);
      if (state === 'text' && next === 'tag') start = at === last && piece[index + 1] === '/' ? index : -1;
      else if (state === 'tag' && next === 'text' && start >= 0) ends.set(index + 1, [start, piece.slice(start + 2, index).toLowerCase()]);
      state = next;
    }
  });
  if (state !== 'text') return pieces;
  let text = pieces[last];
  for (let end = ends.get(text.length); end && !RAW_TEXT.has(end[1]) && /^[a-z][\w-]*$/.test(end[1]) && end[0] > 0; end = ends.get(text.length)) {
    text = text.slice(0, end[0]);
  }
  return [...pieces.slice(0, last), text];
}

const minifiers: Record<string, (text: string) => string> = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/** The source with every css``/html``/svg`` template's static text minified, or `undefined` when none. */
export function minifyTemplates(code: string, id: string): MagicString | undefined {
  if (!/\b(css|html|svg)`/.test(code)) return undefined;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const output = new MagicString(code);
  let changed = false;
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && Object.hasOwn(minifiers, node.tag.text)) {
      const tag = node.tag.text;
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      // Each static text's place in the source: after the backtick or `}`, before `${` or the backtick.
      const ranges = literals.map((literal, index) => [literal.getStart(source) + 1, literal.getEnd() - (index === literals.length - 1 ? 1 : 2)]);
      const raws = ranges.map(([start, end]) => code.slice(start, end));
      let minified = raws.map(minifiers[tag]);
      if (tag === 'css') {
        // A stylesheet's first and last space are nothing; one next to an expression may be (`calc(${a} + 1px)`).
        minified[0] = minified[0].trimStart();
        minified[minified.length - 1] = minified[minified.length - 1].trimEnd();
      } else {
        minified = tidyTags(minified, tag === 'html');
        if (tag === 'html') minified = dropClosingEndTags(minified);
      }
      ranges.forEach(([start, end], index) => {
        if (minified[index] === raws[index]) return;
        if (minified[index].length) output.overwrite(start, end, minified[index]);
        else output.remove(start, end);
        changed = true;
      });
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
