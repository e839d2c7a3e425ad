import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Each entry becomes one ES module in wwwroot/dist that Blazor components import through JS interop.
const entry = (name) => fileURLToPath(new URL(`./src/${name}.js`, import.meta.url));

export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The designer carries bpmn-js and its properties panel (about 1.5 MB); it loads only on the designer's pages.
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: { notifications: entry('notifications'), designer: entry('designer/index') },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name][extname]' },
    },
  },
});
