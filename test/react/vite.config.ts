import { defineConfig } from 'vite';

// Serves the React fixture; the helper's routes go to the demo server the e2e suite starts, as if
// same-origin (the helper refuses other origins by default).
const DEMO = 'http://localhost:3210';

export default defineConfig({
  root: import.meta.dirname,
  server: {
    port: 3213,
    strictPort: true,
    proxy: { '/yoti': { target: DEMO, changeOrigin: true, headers: { origin: DEMO } } },
  },
  logLevel: 'warn',
});
