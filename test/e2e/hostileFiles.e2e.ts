// Hostile files through **Import timeline** in Chromium: each ends in an import or a clear
// error, quickly; the tab stays responsive; nothing renders as HTML; Object.prototype is
// unchanged.
import { closeSync, mkdtempSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, openApp, type AppSession } from './support/openApp';
import { readTable } from './support/readTable';

let session: AppSession | null = null;
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gapline-hostile-'));
});
afterEach(async () => {
  await session?.close();
  session = null;
});

const HEADER = 'timestamp,channel,author,kind,message';
const XSS = '<img src=x onerror="window.__xss=1">';

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A file of `bytes` bytes that takes no disk space (sparse). */
function sparse(name: string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i] = code & 0xff;
    out[3 + 2 * i] = code >> 8;
  }
  return out;
}

/** The main thread answers within a generous bound (a hang guard, not a speed target). */
async function expectResponsive(page: Page): Promise<void> {
  const started = Date.now();
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(Date.now() - started).toBeLessThan(2_000);
}

async function choose(page: Page, path: string): Promise<void> {
  await page.getByLabel('Import timeline').setInputFiles(path);
}

const failure = (page: Page) => page.getByRole('alert').filter({ hasText: 'Could not import' });

describe('hostile files', () => {
  it('refuses binary, huge and deeply nested files with a clear error, and stays responsive', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);

    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    await choose(page, file('screenshot.csv', png));
    await expect.poll(() => failure(page).textContent()).toContain('This is not a timeline file');
    expect(await failure(page).textContent()).toContain('PNG image');
    await expectResponsive(page);
    await expectAccessible(page, 'import refused');

    const started = Date.now();
    await choose(page, sparse('huge.json', 300 * 1024 * 1024));
    await expect.poll(() => failure(page).textContent()).toContain('too large');
    expect(Date.now() - started).toBeLessThan(10_000);
    await expectResponsive(page);

    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    await choose(page, file('deep.json', deep));
    await expect.poll(() => failure(page).textContent()).toContain('nested too deeply');
    await expectResponsive(page);

    const protoKeys = await page.evaluate(() => Object.keys(Object.prototype).length);
    expect(protoKeys).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it('imports UTF-16 and Windows-1252 CSVs with their accents, and XSS as plain text', async () => {
    session = await openApp();
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByLabel('Time zone of the file').selectOption('UTC');

    const rows = [
      HEADER,
      '2024-03-05T14:00:00Z,Pager,On-call,alert,Alert',
      `2024-03-05T14:10:00Z,Status page,Zoë,update,"${XSS.replace(/"/g, '""')}"`,
      '2024-03-05T14:20:00Z,Status page,Zoë,update,javascript:alert(1) ¿Qué pasó?',
      '2024-03-05T14:30:00Z,Status page,Zoë,update,"=HYPERLINK(""http://evil"",""x"")"',
    ].join('\r\n');
    await choose(page, file('utf16.csv', utf16le(rows)));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    const comms = await readTable(page, 'Communications');
    const texts = comms.map((r) => r[4]);
    expect(texts).toContain(XSS);
    expect(texts).toContain('javascript:alert(1) ¿Qué pasó?');
    expect(texts).toContain('=HYPERLINK("http://evil","x")');
    expect(comms.map((r) => r[2])).toContain('Zoë');
    // Nothing from the text became markup or ran.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();

    // Windows-1252 bytes (what a spreadsheet on Windows saves): é is 0xE9, € is 0x80.
    await page.goto(baseUrl);
    await page.getByLabel('Time zone of the file').selectOption('UTC');
    const latin = `${HEADER}\n2024-03-05T14:00:00Z,Pager,On-call,alert,Alert\n2024-03-05T14:10:00Z,Status page,José,update,Reembolsos de 5 € en curso\n`;
    const bytes = Uint8Array.from([...latin].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
    await choose(page, file('latin.csv', bytes));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    const latinRows = await readTable(page, 'Communications');
    expect(latinRows.map((r) => r[2])).toContain('José');
    expect(latinRows.map((r) => r[4])).toContain('Reembolsos de 5 € en curso');
    expect(session.problems).toEqual([]);
  });
});
