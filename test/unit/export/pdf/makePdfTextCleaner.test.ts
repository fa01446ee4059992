import { describe, expect, it } from 'vitest';
import { fontCoverage } from '../../../../src/export/pdf/fontCoverage';
import { makePdfTextCleaner } from '../../../../src/export/pdf/makePdfTextCleaner';
import { FONTS } from './pdfTestSupport';

const covered = fontCoverage(FONTS.regular);
const cleaner = () => makePdfTextCleaner(covered, (n) => `[cut: ${n}]`);

describe('the fonts shipped for the PDF', () => {
  it('draw Spanish, Indonesian, Latin, Greek and Cyrillic text, and the symbols the PDF uses', () => {
    const bold = fontCoverage(FONTS.bold);
    const text =
      '¿Dónde está? ¡Año! Pembaruan terjadwal — Łukasz Ğül Ωmega Дмитрий Žluťoučký kůň Ærøskøbing ñ € → □ ⚠ ★ ✓ ↳ • … « »';
    for (const ch of text) {
      expect(covered.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
      expect(bold.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
    }
  });

  it('do not draw CJK, emoji or anything outside the BMP', () => {
    for (const ch of ['中', '한', '😀', '𝐀'])
      expect(covered.has(ch.codePointAt(0) ?? 0), ch).toBe(false);
  });
});

describe('the PDF text cleaner', () => {
  it('keeps what the font draws, normalised, with one kind of line break', () => {
    const c = cleaner();
    expect(c.clean('Cafe\u0301 Łukasz\r\nΩmega\rДмитрий\tok')).toBe(
      'Café Łukasz\nΩmega\nДмитрий ok',
    );
    expect(c.replaced()).toEqual([]);
  });

  it('drops control and invisible formatting characters', () => {
    const c = cleaner();
    expect(c.clean('a\u0000b\u0007c\u202ed\u200be\ufefff\u0085g')).toBe('abcdef\ng');
    expect(c.replaced()).toEqual([]);
  });

  it('replaces what the font lacks with □ and lists each character once, in order', () => {
    const c = cleaner();
    expect(c.clean('中 ok 😀 中')).toBe('□ ok □ □');
    expect(c.clean('한')).toBe('□');
    expect(c.replaced()).toEqual(['中', '😀', '한']);
  });

  it('uses ? when the font has no □ either', () => {
    const c = makePdfTextCleaner(new Set([...'abc '].map((ch) => ch.codePointAt(0) ?? 0)), String);
    expect(c.clean('a □ b')).toBe('a ? b');
    expect(c.replaced()).toEqual(['□']);
  });

  it('cuts a very long text with a visible marker that says how long it was', () => {
    const c = cleaner();
    expect(c.clean('x'.repeat(50), 10)).toBe('xxxxxxxxxx … [cut: 50]');
    expect(c.clean('x'.repeat(10), 10)).toBe('xxxxxxxxxx');
    const huge = c.clean('y'.repeat(1 << 20));
    expect(huge.length).toBeLessThan(4_100);
    expect(huge.endsWith(`[cut: ${1 << 20}]`)).toBe(true);
  });
});
