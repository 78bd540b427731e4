import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** A static build (web/dist) the gateway serves at `/`; in development `vite` proxies the graph. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000', '/web-config.json': 'http://localhost:4000' } },
});
