import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ccsqmServer } from './server/vite-plugin.ts';

export default defineConfig(({ mode }) => ({
  plugins: [react(), ccsqmServer()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 5173 },
  build: {
    target: 'es2022',
    // The manifest tells the bench which chunks each route loads first.
    manifest: true,
    // `npm run bench` builds a copy with readable component names to report who re-rendered.
    minify: mode !== 'bench',
  },
}));
