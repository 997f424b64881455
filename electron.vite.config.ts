import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';
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
    plugins: [react(), preloadAppChunk()],
    build: {
      // Minified: the page is parsed on every start (1.2 MB unminified).
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});

/**
 * The page's first script loads the app (mount-app.tsx) only once it has sent the start-up
 * requests; without a hint the browser would fetch the app's code only then, one round after the
 * first script. These tags in the page's head fetch that code, its static imports and its styles
 * alongside the first script, so they are in hand when it asks for them. Nothing runs earlier.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'breachlog-preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {};
        const app = Object.values(bundle).find((output) => output.type === 'chunk' && output.name === 'mount-app');
        if (app?.type !== 'chunk') throw new Error('The build has no mount-app chunk to preload');
        // The first script itself is already on its way.
        const chunks = [app.fileName, ...app.imports].map((file) => bundle[file]).filter((output) => output?.type === 'chunk' && !output.isEntry);
        const styles = new Set(chunks.flatMap((chunk) => (chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [])));
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({ tag: 'link', attrs: { crossorigin: true, ...attrs }, injectTo: 'head' });
        return [
          ...chunks.map((chunk) => link({ rel: 'modulepreload', href: `./${chunk?.fileName ?? ''}` })),
          ...[...styles].map((file) => link({ rel: 'preload', as: 'style', href: `./${file}` })),
        ];
      },
    },
  };
}
