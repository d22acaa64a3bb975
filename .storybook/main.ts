import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The docs pages (stories/docs/*.mdx show README.md and docs/*.md), then every element's stories.
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // msw's worker at the root; the stand-in IDV page at /idv (never the internet)
  staticDirs: [
    '../public',
    { from: '../test/fixtures/idv', to: '/idv' },
    { from: '../stories/static', to: '/static' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return config;
  },
};

export default config;
