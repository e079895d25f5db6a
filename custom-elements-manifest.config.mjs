// The custom elements manifest: attributes, properties, events, slots, parts and CSS properties of
// every element, read from the JSDoc on each class. Storybook's docs and the JSX types come from it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/mocks/**'],
  outdir: 'dist',
  litelement: true,
};
