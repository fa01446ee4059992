import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * jspdf's optional dependencies, imported on demand only by its html() (html2canvas,
 * dompurify) and SVG import (canvg), which the app never calls. The chunks that start at
 * one of them go to assets/optional/, which the service worker does not precache. Only
 * their names change, not how the code is split: a chunk group of our own would pull shared
 * modules in with them, and the PDF export would then wait offline for a chunk that was
 * never cached (toolchain notes, item 4). test/e2e/offline.e2e.ts checks that no
 * precached chunk imports one of them.
 */
const JSPDF_OPTIONAL = /[\\/]node_modules[\\/](html2canvas|dompurify|canvg)[\\/]/;
const chunkFileNames = (chunk: { isDynamicEntry: boolean; facadeModuleId: string | null }) =>
  chunk.isDynamicEntry && JSPDF_OPTIONAL.test(chunk.facadeModuleId ?? '')
    ? 'assets/optional/[name]-[hash].js'
    : 'assets/[name]-[hash].js';

/**
 * The service worker and the web manifest (only the built app has them). The worker
 * precaches everything the app needs — the app, its lazy pages, the PDF export and its
 * fonts, the import worker, the icons — so after one visit it works with the network off.
 * 'prompt': a new version waits until the user clicks **Reload to update**
 * (src/app/UpdateNotice.tsx). `injectRegister: null`: no inline script (the CSP has no
 * 'unsafe-inline'); src/app/startServiceWorker.ts registers the worker.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: null,
  includeManifestIcons: false, // globPatterns has them already
  manifest: {
    name: 'Gapline — incident communication review',
    short_name: 'Gapline',
    description:
      'Runs the incident communication review workshop. Your data stays in this browser.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en',
    theme_color: '#1d3f73',
    background_color: '#eef1f5',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,ttf}'],
    // Not precached: jspdf's optional chunks (above) and the README's screenshot.
    globIgnores: ['assets/optional/**', 'screenshots/**'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), pwa],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { chunkFileNames } },
  },
  worker: {
    format: 'es',
  },
  preview: {
    port: 4173,
    strictPort: true,
    host: 'localhost',
  },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
