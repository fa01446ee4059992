// Renders the app's install icons (public/icons/*.png) from public/favicon.svg in headless
// Chromium, so they stay the same drawing as the favicon. Run after changing the favicon:
//   node scripts/make-icons.mjs
// - icon-192.png, icon-512.png: the favicon as it is (rounded square, transparent corners);
// - icon-maskable-512.png: full-bleed background, the drawing shrunk into the safe zone (the
//   centre circle of 80% of the width that every mask keeps);
// - apple-touch-icon.png (180): full bleed too (iOS fills transparency with black and rounds
//   the corners itself).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const favicon = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const outDir = join(root, 'public/icons');

/** The favicon with a square background and its drawing scaled by `scale` about the centre. */
function fullBleed(scale) {
  const background = /<rect [^>]*fill="(#[0-9a-fA-F]{3,6})"[^>]*\/>/.exec(favicon);
  if (background === null) throw new Error('public/favicon.svg has no background <rect fill>.');
  const drawing = favicon
    .replace(background[0], '')
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" fill="${background[1]}"/>` +
    `<g transform="translate(16 16) scale(${scale}) translate(-16 -16)">${drawing}</g></svg>`
  );
}

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.72) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.85) },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: join(outDir, file), omitBackground: true });
    console.log(`wrote public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
