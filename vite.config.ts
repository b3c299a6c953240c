import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ccsqmServer } from './server/vite-plugin';

export default defineConfig({
  plugins: [react(), ccsqmServer()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 5173 },
  build: { target: 'es2022' },
});
