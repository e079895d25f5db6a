import { readFileSync } from 'node:fs';

// The custom elements manifest: attributes, properties, events, slots, parts and CSS properties of
// every element, read from the JSDoc on each class. Storybook's docs and the JSX types come from it.

/**
 * Each event in the manifest carries its class (`SaGrantEvent`), whose `detail` is the event's
 * payload. The classes live in src/events, one per event, each with a static `eventName` (from
 * `saEvent`); the elements name their events in `@fires` tags. The analyzer also records every
 * `dispatchEvent(new SaXEvent(…))` it sees without being able to name it: those are dropped, as
 * the `@fires` tag for the same event says it with a description.
 */
function eventTypes() {
  return {
    name: 'support-access-event-types',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const module of customElementsManifest.modules) {
        if (!module.path.startsWith('src/events/')) continue;
        for (const declaration of module.declarations ?? []) {
          // `class SaGrantEvent extends saEvent<…>('sa-grant', true) {}`: the analyzer takes saEvent for a
          // mixin, the type for the superclass and `type` for eventName. Described as what it is: a
          // CustomEvent whose static eventName is the type.
          const call = new RegExp(`class ${declaration.name} extends saEvent<[\\s\\S]*?>\\('([\\w-]+)'`);
          const name = call.exec(readFileSync(module.path, 'utf8'))?.[1];
          if (!name) continue;
          delete declaration.mixins;
          delete declaration.superclass;
          declaration.members = [{ kind: 'field', name: 'eventName', type: { text: 'string' }, static: true, readonly: true, default: `'${name}'` }];
          declaration.superclass = { name: 'CustomEvent', module: module.path };
          classes.set(name, { name: declaration.name, module: module.path });
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name);
          for (const event of declaration.events) {
            const eventClass = classes.get(event.name);
            if (!eventClass) throw new Error(`${declaration.tagName} fires ${event.name}, which has no class in src/events`);
            event.type = { text: eventClass.name, references: [{ name: eventClass.name, module: eventClass.module }] };
          }
        }
      }
    },
  };
}

/**
 * Private reactive state (`_x: { state: true }`) has no attribute: Lit gives it none, but the
 * analyzer reads the declaration as it reads a public property's and makes one for each.
 */
function noStateAttributes() {
  return {
    name: 'support-access-no-state-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          const state = new Set();
          for (const member of declaration.members ?? []) {
            if (member.privacy !== 'private' || !('attribute' in member)) continue;
            state.add(member.attribute);
            delete member.attribute;
          }
          declaration.attributes = declaration.attributes.filter((attribute) => !state.has(attribute.name));
          if (!declaration.attributes.length) delete declaration.attributes;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/mocks/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [eventTypes(), noStateAttributes()],
};
