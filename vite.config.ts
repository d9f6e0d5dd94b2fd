// Vite 8 build of the browser game: a static site in dist/ that works from any folder (base './') and offline.
// Phaser goes into its own chunk so the game's own code can change without busting the big, stable one.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Phaser alone is ~1.4 MB raw; the real budget (gzipped JS before the first scene) is checked by bench.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The game, and the instructor's dashboard of a class (served by the server at /teach). The bench's bare
      // Phaser page (scripts/bench/bare-phaser) is built with this same config and has its index.html only.
      input: process.env.SUMMIT_BARE_PAGE ? undefined : { main: 'index.html', teach: 'teach.html' },
      output: {
        // Object-form manualChunks fails in Vite 8 ("manualChunks is not a function"): use codeSplitting groups.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
