import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web console. `vite build` writes apps/web/dist, which the API serves at `/`. `vite` (npm run
 * dev:web) serves it with hot reload and sends /api to the API on port 3000 (same origin either way).
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://localhost:3000', '/docs': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
