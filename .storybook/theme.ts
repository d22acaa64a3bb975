import { create } from 'storybook/theming';

/** The docs site's look, for Storybook's own chrome (manager.ts) and its docs pages (preview.ts). */
export const theme = create({
  base: 'light',
  brandTitle: 'yoti-elements',
  brandUrl: './',
  brandTarget: '_self',
  colorPrimary: '#2875bc',
  colorSecondary: '#2875bc',
  appBg: '#f4f7fa',
  appContentBg: '#ffffff',
  appPreviewBg: '#ffffff',
  appBorderColor: '#d5dde5',
  appBorderRadius: 8,
  fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontCode: 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  textColor: '#1b2733',
  textMutedColor: '#5b6b7b',
  textInverseColor: '#ffffff',
  barBg: '#ffffff',
  barTextColor: '#5b6b7b',
  barSelectedColor: '#2875bc',
  barHoverColor: '#1f5f99',
  inputBg: '#ffffff',
  inputBorder: '#c2ccd6',
  inputTextColor: '#1b2733',
  inputBorderRadius: 6,
});
