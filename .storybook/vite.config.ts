import { defineConfig } from 'vite';

// Storybook's own Vite settings: the project's vite.config.ts serves the demo and builds the library.
export default defineConfig({});
