import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run build:web` runs from the repository root with `--config web/vite.config.ts`,
// so the root is pinned to this folder rather than the working directory.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // First load is ~125 KB gzip (React, router, Query, pages); the graph (xyflow + dagre)
    // is its own lazily loaded chunk. The limit is in minified kB, not gzip.
    chunkSizeWarningLimit: 500,
  },
  server: {
    // `groundwork serve` on its default port answers the API during `vite dev`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
