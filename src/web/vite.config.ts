import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { americasAtlas } from './map/atlas-plugin.js';
import { serviceWorker } from './sw/sw-plugin.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app is built into dist/web and served by `vias serve`; `vite` in dev proxies the API.
export default defineConfig({
  root: here('.'),
  plugins: [
    preact(),
    americasAtlas(),
    // zod and the country list belong to the server: were the finder's engine to pull them in
    // through src/domain (src/rules imports only zod-free files of it), its first load would double.
    serviceWorker({ finderModule: /\/pages\/finder\/finder\.tsx$/, forbidden: [/\/node_modules\/zod\//, /\/node_modules\/i18n-iso-countries\//] }),
  ],
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: here('index.html'), sw: here('sw/sw.ts') },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
