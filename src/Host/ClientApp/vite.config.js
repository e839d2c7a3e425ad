import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Each entry becomes one ES module in wwwroot/dist that Blazor components import through JS interop.
const entry = (name) => fileURLToPath(new URL(`./src/${name}.js`, import.meta.url));

export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('../wwwroot/dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: { notifications: entry('notifications') },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name][extname]' },
    },
  },
});
