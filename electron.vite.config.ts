import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

// Our layout (electron/, renderer/, shared/) mapped onto electron-vite's three builds.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // The backup's worker thread is its own entry, loaded from beside index.js (background-backup.ts).
      rollupOptions: {
        input: { index: resolve(root, 'electron/main/index.ts'), 'backup-worker': resolve(root, 'electron/services/backup/backup-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      // Minified: the page is parsed on every start (1.2 MB unminified).
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
