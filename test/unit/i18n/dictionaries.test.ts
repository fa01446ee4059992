import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/i18n/detectLanguage';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { formatMinutes } from '../../../src/i18n/formatMinutes';
import { makeTranslate } from '../../../src/i18n/makeTranslate';
import type { Message } from '../../../src/i18n/Message';
import { translate } from '../../../src/i18n/translate';

const placeholders = (m: Message): string[] => {
  const texts = typeof m === 'string' ? [m] : Object.values(m).filter((v) => v !== undefined);
  return [
    ...new Set(texts.flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? ''))),
  ].sort();
};

describe('the Spanish dictionary', () => {
  it('has a non-empty value for every English key, and no extra key', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(es)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      expect(texts.length, key).toBeGreaterThan(0);
      for (const text of texts) expect(String(text).trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders as English in every message', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('translates the contract words of the gap table', () => {
    expect(es['gaps.caption']).not.toBe(en['gaps.caption']);
    expect(es['gaps.status.gap']).not.toBe('Gap');
    expect(es['gaps.status.late']).not.toBe('Late');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('Hello {name}', 'en', { name: 'Ana' })).toBe('Hello Ana');
    expect(translate('Hello {name}', 'en')).toBe('Hello {name}');
  });
  it('picks plural forms with Intl.PluralRules', () => {
    const m = { one: '{count} row', other: '{count} rows' };
    expect(translate(m, 'en', { count: 1 })).toBe('1 row');
    expect(translate(m, 'en', { count: 0 })).toBe('0 rows');
    expect(translate(m, 'en', { count: 3 })).toBe('3 rows');
  });
  it('works through makeTranslate in both languages', () => {
    expect(makeTranslate('en')('preview.rejected', { count: 2 })).toBe('2 rejected rows');
    expect(makeTranslate('es')('preview.rejected', { count: 1 })).toBe('1 fila rechazada');
    expect(makeTranslate('es')('gaps.end.update', { n: 3 })).toBe('Actualización 3');
  });
});

describe('detectLanguage', () => {
  it('prefers the stored choice, then the browser language', () => {
    expect(detectLanguage('es', ['en-US'])).toBe('es');
    expect(detectLanguage(null, ['es-AR', 'en'])).toBe('es');
    expect(detectLanguage(null, ['en-GB'])).toBe('en');
    expect(detectLanguage('fr', ['de-DE'])).toBe('en');
    expect(detectLanguage(null, [])).toBe('en');
  });
});

describe('formatMinutes', () => {
  it('rounds to one decimal and drops a zero decimal', () => {
    expect(formatMinutes(75.5, 'en')).toBe('75.5');
    expect(formatMinutes(12, 'en')).toBe('12');
    expect(formatMinutes(24.49, 'en')).toBe('24.5');
    expect(formatMinutes(0.04, 'en')).toBe('0');
    expect(formatMinutes(1250, 'en')).toBe('1250');
    expect(formatMinutes(75.5, 'es')).toBe('75,5');
  });
});
