import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from the app's own protocol (app://tiefgang/), so every asset path is relative.
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [
    react(),
    {
      // The dev server injects inline scripts (React refresh) and <style> tags (HMR), which the
      // app's CSP forbids; the policy is only meaningful for the built app, so dev drops it.
      name: 'tiefgang-dev-without-csp',
      apply: 'serve',
      transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
    },
  ],
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome140',
    // Two pages: the app, and the print page the headless CLI renders to PDF
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        print: resolve(import.meta.dirname, 'print.html'),
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
});
