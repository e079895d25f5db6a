/**
 * Runs in Node after `npm run build`: the template minification keeps what renders, the package
 * ships its templates minified, and the size check recognises mock code in a bundle.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { _$LH } from 'lit-html/private-ssr-support.js';
import { parseFragment, serialize } from 'parse5';
import ts from 'typescript';
import { mangleState, stateWeights } from '../../scripts/mangle-state.js';
import { dropClosingEndTags, minifyCss, minifyHtml, minifyTemplates, tidyTags } from '../../scripts/minify-templates.js';
import { forbiddenInputs, measure } from '../../scripts/size.js';

describe('template minification', () => {
  it('drops comments and spaces around punctuation, and keeps what changes the meaning of CSS', () => {
    assert.equal(
      minifyCss(`
        /* the host */
        :host { display: block; }
        .a :hover, .b > .c {
          width: calc(100% - 2rem);
          content: ' · ';
          font-family: "Segoe UI", sans-serif;
        }
      `),
      ` :host{display:block}.a :hover,.b>.c{width:calc(100% - 2rem);content:' · ';font-family:"Segoe UI",sans-serif}`,
    );
  });

  it('reads a quote in a comment as part of the comment, not as the start of a string', () => {
    assert.equal(minifyCss(`:host {\n  /* the host's colours */\n  color: red;\n}\n.a { content: '/* kept */'; }`), `:host{color:red}.a{content:'/* kept */'}`);
  });

  it('drops the leading zero of a fraction, and only that', () => {
    assert.equal(
      minifyCss(`.a { gap: 0.5rem 10.5rem; margin: -0.4rem; box-shadow: 0 0 0 / 0.25; inset: calc(0.5em + 0px); content: '0.5'; }`),
      `.a{gap:.5rem 10.5rem;margin:-.4rem;box-shadow:0 0 0 / .25;inset:calc(.5em + 0px);content:'0.5'}`,
    );
  });

  it('writes transparent as #0000, and !important without the space before it', () => {
    assert.equal(
      minifyCss(`.a { background: color-mix(in srgb, red 5%, transparent); border-color: transparent; --x-transparent: 1; content: 'transparent'; transition: none !important; }`),
      `.a{background:color-mix(in srgb,red 5%,#0000);border-color:#0000;--x-transparent:1;content:'transparent';transition:none!important}`,
    );
  });

  it('drops the spaces around * and / inside a value’s functions, and a border’s currentColor, and nowhere else', () => {
    assert.equal(
      minifyCss(`.a { gap: calc(var(--g) * 0.5); color: rgb(0 0 0 / 0.5); grid: 'a' / 1fr; --x: calc(1px * 2); border: 1px solid currentColor; }`),
      `.a{gap:calc(var(--g)*.5);color:rgb(0 0 0/.5);grid:'a' / 1fr;--x:calc(1px * 2);border:1px solid}`,
    );
    // A selector's `*` is a name, and a colour other than currentColor says something.
    assert.equal(minifyCss(`* + * { outline: 2px solid currentColor; border-top: 1px solid red; }`), `* + *{outline:2px solid currentColor;border-top:1px solid red}`);
  });

  it('drops the quotes around an attribute selector value that is a name, and keeps every other string', () => {
    assert.equal(
      minifyCss(`[part='list'], [aria-busy="true"], [x~='a-b'] { content: 'list'; } [y='1a'], [z='a b'] { --a: 'x'; }`),
      `[part=list],[aria-busy=true],[x~=a-b]{content:'list'}[y='1a'],[z='a b']{--a:'x'}`,
    );
  });

  it('keeps one space wherever HTML had whitespace spanning lines, so inline content still reads the same', () => {
    assert.equal(minifyHtml('<p>\n    <b>Ends</b>\n    in ${x}\n  </p>'), '<p> <b>Ends</b> in ${x} </p>');
    assert.equal(minifyHtml('<span>a  b</span>'), '<span>a  b</span>');
  });

  it('drops whitespace before the end of a tag and the slash of a void element, and keeps text, values, comments and SVG as written', () => {
    assert.deepEqual(
      tidyTags(['<label class="a b" >x > y <input type="checkbox" .checked=', ' /><wbr /></label > <b class=', ' >'], true),
      ['<label class="a b">x > y <input type=checkbox .checked=', '><wbr></label> <b class=', '>'],
    );
    assert.deepEqual(tidyTags(['<p title="a />" data-x=\'b >\'>a <!-- <b > --> < b</p>'], true), ['<p title="a />" data-x=\'b >\'>a <!-- <b > --> < b</p>']);
    assert.deepEqual(tidyTags(['<svg><path d="M0 0" /></svg><div />'], true), ['<svg><path d="M0 0"/></svg><div/>']);
    assert.deepEqual(tidyTags(['<circle r="1" />'], false), ['<circle r="1"/>']);
  });

  it('drops the quotes around a value of name characters only, where the parser reads it the same', () => {
    assert.deepEqual(
      tidyTags(['<p class="muted" tabindex="-1" data-x="a b" title="" lang=\'de\' id="', '-x" aria-level=', '><input type="checkbox" />'], true),
      ['<p class=muted tabindex=-1 data-x="a b" title="" lang=de id="', '-x" aria-level=', '><input type=checkbox>'],
    );
    // The slash would become part of the value, and an expression right after it would join it.
    assert.deepEqual(tidyTags(['<svg><path d="M0" /><g class="a"', '></g></svg>'], true), ['<svg><path d="M0"/><g class="a"', '></g></svg>']);
  });

  it('drops the end tags that end a template, where the parser closes those elements anyway', () => {
    assert.deepEqual(dropClosingEndTags(['<div><p>', '</p> </div></section>']), ['<div><p>', '</p> ']);
    assert.deepEqual(dropClosingEndTags(['<slot></slot>']), ['<slot>']);
    // Never emptied: Lit would put a marker node of its own there, inside the element.
    assert.deepEqual(dropClosingEndTags(['<p>', '</p>']), ['<p>', '</p>']);
    // Not in a comment, an attribute value or a raw text element, nor after text.
    assert.deepEqual(dropClosingEndTags(['<p title="', '</p>']), ['<p title="', '</p>']);
    assert.deepEqual(dropClosingEndTags(['<p>', ' <!-- </p>']), ['<p>', ' <!-- </p>']);
    assert.deepEqual(dropClosingEndTags(['<textarea>a</textarea>']), ['<textarea>a</textarea>']);
    assert.deepEqual(dropClosingEndTags(['<p>', '</p> ']), ['<p>', '</p> ']);
  });

  it('builds the same tree from every html template in src with and without the end tags it drops', () => {
    // Each template's HTML as Lit prepares it (markers in place of the expressions), parsed as a
    // browser parses a <template>'s content.
    const tree = (pieces: string[]) => {
      const strings = Object.assign([...pieces], { raw: [...pieces] }) as unknown as TemplateStringsArray;
      return serialize(parseFragment(String(_$LH.getTemplateHtml(strings, 1)[0])));
    };
    const sources = new URL('../../src/', import.meta.url);
    let dropped = 0;
    for (const file of readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
      const code = readFileSync(new URL(file, sources), 'utf8');
      const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
          const template = node.template;
          const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
          const before = tidyTags(literals.map((literal) => minifyHtml(literal.rawText ?? '')), true);
          const after = dropClosingEndTags(before);
          if (after.at(-1) !== before.at(-1)) {
            dropped += 1;
            const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
            assert.equal(tree(after), tree(before), `src/${file}:${line}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.ok(dropped > 40, `end tags are dropped from many templates (${dropped})`);
  });

  it('changes only the static text of css, html and svg templates', () => {
    const source = 'const s = css`\n  .a {\n    color: ${red};\n  }\n`;\nconst t = html`<p>\n  ${name}\n</p>`;\nconst u = `keep\n   this`;';
    assert.equal(
      minifyTemplates(source, 'x.ts')?.toString(),
      'const s = css`.a{color:${red}}`;\nconst t = html`<p> ${name} `;\nconst u = `keep\n   this`;',
    );
  });

  it('trims a stylesheet at its ends only, never next to an expression', () => {
    const source = 'css`\n  .a {\n    width: calc(${gap} + 1px);\n    --x: ${size}px;\n  }\n`';
    assert.equal(minifyTemplates(source, 'x.ts')?.toString(), 'css`.a{width:calc(${gap} + 1px);--x:${size}px}`');
  });

  it('ships the built styles minified', () => {
    const folders = readdirSync(new URL('../../dist/elements/', import.meta.url));
    const files = folders.flatMap((folder) =>
      readdirSync(new URL(`../../dist/elements/${folder}/`, import.meta.url))
        .filter((file) => /styles\.js$/.test(file))
        .map((file) => `${folder}/${file}`),
    );
    assert.ok(files.includes('support-access-panel/styles.js') && files.includes('shared/styles.js'), 'the styles are found');
    for (const file of files) {
      const styles = readFileSync(new URL(`../../dist/elements/${file}`, import.meta.url), 'utf8');
      const templates = [...styles.matchAll(/css`([^`]*)`/g)].map((match) => match[1]);
      assert.ok(templates.length > 0, `${file} has styles`);
      for (const template of templates) assert.doesNotMatch(template, /\n|\/\*|: /, file);
    }
  });
});

describe('private state names', () => {
  it("shortens a file's own private state everywhere in it, most used first, and nothing else", () => {
    const source = [
      "static properties = { open: {}, _grant: STATE, _busy: STATE };",
      'private _grant?: Grant;',
      'private _busy = false;',
      "willUpdate(changed) { if (changed.has('_grant')) this._busy = !this._busy && this.open; }",
      'render() { return html`<p style="--_grant:1">${this._grant?._zod}</p>`; }',
      'const _a = 1;',
    ].join('\n');
    assert.equal(
      mangleState(source)?.toString(),
      [
        "static properties = { open: {}, _b: STATE, _c: STATE };",
        'private _b?: Grant;',
        'private _c = false;',
        "willUpdate(changed) { if (changed.has('_b')) this._c = !this._c && this.open; }",
        'render() { return html`<p style="--_grant:1">${this._b?._zod}</p>`; }',
        'const _a = 1;',
      ].join('\n'),
    );
    assert.equal(mangleState('class A { _x = 1; }'), undefined);
  });

  it('gives a name that more files declare the earlier letter, in every file', () => {
    const a = 'private _busy = false;\nprivate _items = [];\nx(this._items, this._items, this._items);';
    const b = 'private _busy = false;\nprivate _open = false;\nx(this._busy, this._open, this._open, this._open);';
    const weights = stateWeights([a, b]);
    assert.equal(mangleState(a, weights)?.toString(), 'private _a = false;\nprivate _b = [];\nx(this._b, this._b, this._b);');
    assert.equal(mangleState(b, weights)?.toString(), 'private _a = false;\nprivate _b = false;\nx(this._a, this._b, this._b, this._b);');
  });

  it('ships no element with its private state named in full, and each shortened name declared as state', () => {
    const elements = new URL('../../src/elements/', import.meta.url);
    const files = readdirSync(elements, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(new URL(file, elements), 'utf8');
      const declared = [...source.matchAll(/\bprivate (_[a-z]\w*)/g)].map((match) => match[1]);
      if (!declared.length) continue;
      const built = readFileSync(new URL(`../../dist/elements/${file.replace(/\.ts$/, '.js')}`, import.meta.url), 'utf8');
      for (const name of declared) assert.doesNotMatch(built, new RegExp(`(?<![\\w$-])${name}(?![\\w$])`), `${file}: ${name}`);
      // The short names are still the element's reactive state: Lit finds them in its properties.
      assert.equal(built.match(/\b_[A-Za-z]: STATE\b/g)?.length, new Set(declared).size, `${file}: every private state in its properties`);
      checked++;
    }
    assert.ok(checked >= 7, `elements with private state: ${checked}`);
  });
});

describe('the size check', () => {
  it('finds msw and the mock organization in a bundle that has them, and none in an element', async () => {
    const mocks = await measure('mocks', ['./dist/mocks/index.js']);
    const found = forbiddenInputs(mocks.metafile);
    assert.ok(found.some((input) => input.includes('node_modules/msw/')), 'msw is found');
    assert.ok(found.some((input) => input.includes('dist/mocks/organization.js')), 'the mock organization is found');
    const panel = await measure('panel', ['./dist/elements/support-access-panel/define.js']);
    assert.deepEqual(forbiddenInputs(panel.metafile), []);
    assert.ok(panel.gzip > 0 && panel.gzip < panel.minified);
  });
});
