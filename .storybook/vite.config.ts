import { defineConfig } from 'vite';

// Storybook's own Vite settings: the root vite.config.ts builds the library, not the stories.
export default defineConfig({});
