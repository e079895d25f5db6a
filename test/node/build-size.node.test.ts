/**
 * Runs in Node after `npm run build`: the template minification keeps what renders, the package
 * ships its templates minified, and the size check recognises mock code in a bundle.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.js';
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

  it('keeps one space wherever HTML had whitespace spanning lines, so inline content still reads the same', () => {
    assert.equal(minifyHtml('<p>\n    <b>Ends</b>\n    in ${x}\n  </p>'), '<p> <b>Ends</b> in ${x} </p>');
    assert.equal(minifyHtml('<span>a  b</span>'), '<span>a  b</span>');
  });

  it('changes only the static text of css, html and svg templates', () => {
    const source = 'const s = css`\n  .a {\n    color: ${red};\n  }\n`;\nconst t = html`<p>\n  ${name}\n</p>`;\nconst u = `keep\n   this`;';
    assert.equal(
      minifyTemplates(source, 'x.ts')?.toString(),
      'const s = css`.a{color:${red}}`;\nconst t = html`<p> ${name} </p>`;\nconst u = `keep\n   this`;',
    );
  });

  it('trims a stylesheet at its ends only, never next to an expression', () => {
    const source = 'css`\n  .a {\n    width: calc(${gap} + 1px);\n    --x: ${size}px;\n  }\n`';
    assert.equal(minifyTemplates(source, 'x.ts')?.toString(), 'css`.a{width:calc(${gap} + 1px);--x:${size}px}`');
  });

  it('ships the built styles minified', () => {
    const styles = readFileSync(new URL('../../dist/elements/support-access-panel/styles.js', import.meta.url), 'utf8');
    const templates = [...styles.matchAll(/css`([^`]*)`/g)].map((match) => match[1]);
    assert.ok(templates.length > 0, 'the panel has styles');
    for (const template of templates) assert.doesNotMatch(template, /\n|\/\*|: /);
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
