// docs/frameworks.md's Vue setup: the compiler told that yoti-* tags are custom elements.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('yoti-') } } })],
});
