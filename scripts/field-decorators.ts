/**
 * The decorator helper the package ships, in place of TypeScript's general one. The package's only
 * decorators are Lit's `@property()` and `@state()` on class fields: each registers its field with
 * the class and returns nothing, so the general helper's other paths (a method's or an accessor's
 * descriptor, `Reflect.decorate`, several decorators applied last to first) never run, and cost
 * every host about 110 bytes. `test/node/field-decorators.test.ts` checks that the built package
 * calls it for class fields only.
 */
import type { Plugin } from 'vite';

/** The helper's module: the compiler calls it as `__decorate([decorator], prototype, 'name', void 0)`. */
export const FIELD_DECORATE = `function __decorate(decorators, target, key) {
\tfor (const decorate of decorators) decorate(target, key);
}
export { __decorate as default };
`;

/** The compiler's helper is built into the bundler, so its chunk is replaced once rendered. */
export function fieldDecorators(): Plugin {
  return {
    name: 'field-decorators',
    renderChunk(_code, chunk) {
      const helper = chunk.moduleIds.length === 1 && /@oxc-project.runtime.*\/helpers\/esm\/decorate\.js$/.test(chunk.moduleIds[0]);
      return helper ? { code: FIELD_DECORATE, map: { mappings: '' } } : null;
    },
  };
}
