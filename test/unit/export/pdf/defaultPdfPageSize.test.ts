import { describe, expect, it } from 'vitest';
import { defaultPdfPageSize } from '../../../../src/export/pdf/defaultPdfPageSize';

describe('the default paper size', () => {
  it('is US Letter where Letter is the usual paper', () => {
    for (const tag of ['en-US', 'es-US', 'en', 'es-MX', 'en-CA', 'fr-CA', 'es-CO', 'en-PH'])
      expect(defaultPdfPageSize([tag]), tag).toBe('letter');
  });

  it('is A4 everywhere else', () => {
    for (const tag of ['es', 'es-ES', 'en-GB', 'de-DE', 'pt-BR', 'id-ID', 'es-AR', 'fr'])
      expect(defaultPdfPageSize([tag]), tag).toBe('a4');
  });

  it('follows the first usable browser language, and is A4 without one', () => {
    expect(defaultPdfPageSize(['not a tag!', 'en-GB', 'en-US'])).toBe('a4');
    expect(defaultPdfPageSize([])).toBe('a4');
  });
});
