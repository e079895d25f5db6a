/**
 * Runs in Node after `npm run build`: the custom elements manifest is the public contract a host's
 * tools read (Storybook's docs, IDEs, the JSX types), so it must describe every element fully and
 * truthfully. What the manifest says is compared with what the source actually has: the `part`
 * names in the templates, the custom properties the styles read, the events each element sends.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { publicManifest } from '../../stories/public-manifest.js';

interface Described {
  name: string;
  type?: { text: string };
  description?: string;
  summary?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
}
interface Event extends Described {
  type?: { text: string };
}
interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Described[];
  members?: Member[];
  events?: Event[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('dist/custom-elements.json')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};

const elementFolders = readdirSync(new URL('src/elements/', root)).filter((name) =>
  existsSync(new URL(`src/elements/${name}/define.ts`, root)),
);
const declarations = new Map(
  manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName!, { ...declaration, path: module.path }] as const),
  ),
);
const element = (tag: string) => {
  const found = declarations.get(tag);
  assert.ok(found, `${tag} is missing from custom-elements.json`);
  return found;
};
/** The class file of an element folder: the one that defines the tag (`@tagname`). */
const source = (folder: string) => read(`src/elements/${folder}/${folder}.ts`);
const names = (items: Described[] | undefined) => new Set((items ?? []).map((item) => item.name));
const sorted = (values: Iterable<string>) => [...values].sort();

/** The event classes in src/events, by event name. */
const eventClasses = new Map(
  readdirSync(new URL('src/events/', root))
    .filter((file) => file !== 'index.ts' && file !== 'base.ts')
    .map((file) => {
      const text = read(`src/events/${file}`);
      const className = /export class (\w+)/.exec(text)?.[1];
      const eventName = /extends saEvent<[\s\S]*?>\('([^']+)'/.exec(text)?.[1];
      assert.ok(className && eventName, `src/events/${file} declares an event class with a static eventName`);
      return [eventName, className] as const;
    }),
);

describe('custom-elements.json', () => {
  it('is what package.json points hosts and tools to', () => {
    assert.equal(packageJson.customElements, 'dist/custom-elements.json');
    assert.equal(packageJson.exports['./custom-elements.json'], './dist/custom-elements.json');
  });

  it('lists every element the package defines, under its tag', () => {
    assert.deepEqual(sorted(declarations.keys()), sorted(elementFolders));
  });

  for (const tag of elementFolders) {
    describe(`<${tag}>`, () => {
      it('describes the element and every public attribute, property, method, event, slot, part and custom property', () => {
        const declaration = element(tag);
        const missing: string[] = [];
        if (!declaration.summary?.trim()) missing.push('the @summary');
        if (!declaration.description?.trim()) missing.push('the class description');
        const publicMembers = (declaration.members ?? []).filter((member) => (member.privacy ?? 'public') === 'public');
        const groups: [string, Described[] | undefined][] = [
          ['attribute', declaration.attributes],
          ['member', publicMembers],
          ['event', declaration.events],
          ['slot', declaration.slots],
          ['part', declaration.cssParts],
          ['CSS property', declaration.cssProperties],
        ];
        for (const [kind, items] of groups) {
          for (const item of items ?? []) {
            // The default slot is the one without a name.
            if (!item.name && kind !== 'slot') missing.push(`a ${kind} without a name`);
            else if (!item.description?.trim()) missing.push(`${kind} ${item.name || '(default)'}`);
          }
        }
        assert.deepEqual(missing, [], `<${tag}> has no description for: ${missing.join(', ')}`);
      });

      it('names each event with its event class, whose detail is the payload', () => {
        const declaration = element(tag);
        for (const event of declaration.events ?? []) {
          const className = eventClasses.get(event.name);
          assert.ok(className, `<${tag}> documents ${event.name}, which has no class in src/events`);
          assert.equal(event.type?.text, className, `<${tag}>: ${event.name}'s type`);
        }
      });

      it('documents every event its own code dispatches', () => {
        const documented = names(element(tag).events);
        const dispatched = new Set(
          [...source(tag).matchAll(/new (Sa\w+Event)\(/g)].map(([, className]) => {
            const entry = [...eventClasses].find(([, name]) => name === className);
            assert.ok(entry, `${className} is not an event class in src/events`);
            return entry[0];
          }),
        );
        // The action controller reports failures of every action an element runs through it.
        if (/new ActionController\(/.test(source(tag))) dispatched.add('sa-error');
        const undocumented = sorted(dispatched).filter((name) => !documented.has(name));
        assert.deepEqual(undocumented, [], `<${tag}> dispatches but does not document: ${undocumented.join(', ')}`);
      });

      it('documents exactly the parts its template has, including re-exported ones', () => {
        const text = source(tag);
        const inTemplate = new Set<string>();
        for (const [, value] of text.matchAll(/\spart="([^"$]+)"/g)) for (const part of value.split(/\s+/)) inTemplate.add(part);
        for (const [, value] of text.matchAll(/\sexportparts="([^"$]+)"/g)) {
          for (const mapping of value.split(',')) inTemplate.add(mapping.split(':').at(-1)!.trim());
        }
        // The shared failure block renders `part="error"`.
        if (/failureBlock\(/.test(text)) inTemplate.add('error');
        // The shared card renders the section and its heading, with the parts its template names.
        if (/this\.card\(/.test(text)) {
          const card = /protected card\([\s\S]*?\n {2}\}/.exec(read('src/elements/shared/support-access-element.ts'))![0];
          for (const [, value] of card.matchAll(/\spart="([^"$]+)"/g)) inTemplate.add(value);
        }
        assert.deepEqual(sorted(names(element(tag).cssParts)), sorted(inTemplate));
      });

      it('documents exactly the --support-access-* properties its styles read', () => {
        const text = source(tag);
        const styles: string[] = [];
        if (existsSync(new URL(`src/elements/${tag}/styles.ts`, root))) styles.push(read(`src/elements/${tag}/styles.ts`));
        // The shared style sheets the element lists in its `styles`.
        const listed = /static override styles = \[([^\]]*)\]/.exec(text)?.[1].split(',').map((name) => name.trim()) ?? [];
        for (const [, name, css] of read('src/elements/shared/styles.ts').matchAll(/export const (\w+) = css`([\s\S]*?)`;/g)) {
          if (listed.includes(name)) styles.push(css);
        }
        const used = new Set(styles.flatMap((css) => [...css.matchAll(/var\((--support-access-[a-z-]+)/g)].map(([, name]) => name)));
        // The panel's revoke dialog inherits the panel's custom properties, so the panel documents the dialog's too.
        if (/<revoke-access-dialog/.test(text)) {
          for (const name of names(element('revoke-access-dialog').cssProperties)) used.add(name);
        }
        assert.deepEqual(sorted(names(element(tag).cssProperties)), sorted(used));
      });
    });
  }

  it('gives Storybook’s docs pages only what a host can use: no private state, no # fields, each of which would get a control', () => {
    const shown = publicManifest(manifest).modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    const internal = shown.flatMap((declaration) => (declaration.members ?? []).filter((member) => /^[_#]/.test(member.name) || member.privacy !== undefined && member.privacy !== 'public').map((member) => `${declaration.tagName}.${member.name}`));
    assert.deepEqual(internal, []);
    const before = (element('support-access-panel').members ?? []).filter((member) => /^[_#]/.test(member.name));
    assert.ok(before.length > 0, 'the analyzer lists private members, so the filter is needed');
    const panel = shown.find((declaration) => declaration.tagName === 'support-access-panel')!;
    for (const name of ['ticketUrl', 'status', 'locale', 'baseUrl', 'headingLevel']) {
      assert.ok(panel.members?.some((member) => member.name === name), `the panel's public ${name} stays`);
    }
    // Storybook picks a control by the type's text: an optional string gets a text field, not "Set object".
    const typeOf = (list: { name: string; type?: { text: string } }[] | undefined, name: string) => list?.find((item) => item.name === name)?.type?.text;
    assert.equal(typeOf(element('support-access-panel').members, 'ticketUrl'), 'string | undefined', 'the analyzer says the property may be undefined');
    assert.equal(typeOf(panel.members, 'ticketUrl'), 'string');
    assert.equal(typeOf(panel.attributes, 'ticket-url'), 'string');
    assert.equal(typeOf(panel.members, 'refreshInterval'), 'number');
  });

  it('types every event in the global event map, so addEventListener knows its detail', () => {
    const index = read('src/events/index.ts');
    const map = new Map([...index.matchAll(/'(sa-[a-z-]+)': (Sa\w+Event);/g)].map(([, name, className]) => [name, className]));
    assert.deepEqual(sorted(map.keys()), sorted(eventClasses.keys()));
    for (const [name, className] of eventClasses) assert.equal(map.get(name), className, name);
  });

  it('generates JSX types for React and Preact with every element and event', () => {
    for (const framework of ['react', 'preact']) {
      const exported = packageJson.exports[`./jsx-${framework}`];
      assert.equal(exported?.types, `./dist/jsx/${framework}.d.ts`);
      const types = read(`dist/jsx/${framework}.d.ts`);
      assert.match(types, new RegExp(`declare module '${framework}'`));
      for (const [tag, declaration] of declarations) {
        assert.ok(types.includes(`"${tag}": `), `${framework}: <${tag}> is missing`);
        for (const event of declaration.events ?? []) {
          assert.ok(types.includes(`"on${event.name}"?: (event: ${event.type?.text}) => void;`), `${framework}: <${tag}> on${event.name}`);
        }
      }
    }
  });
});
