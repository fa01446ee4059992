import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../../src/domain/checks/text/foldText';

describe('foldText', () => {
  it('lowercases and strips accents without changing the length', () => {
    const text = 'Próxima ACTUALIZACIÓN: año, pingüino, ¿Qué?';
    const folded = foldText(text);
    expect(folded).toBe('proxima actualizacion: ano, pinguino, ¿que?');
    expect(folded).toHaveLength(text.length);
  });

  it('typographic apostrophes and no-break spaces become plain ones', () => {
    expect(foldText('We\u2019ll be back\u00a0soon')).toBe("we'll be back soon");
  });

  it('keeps characters whose folded form would change the length', () => {
    const text = 'İstanbul 🎉';
    expect(foldText(text)).toHaveLength(text.length);
  });
});
