// The per-message language guess of the checks: English, Spanish or unknown.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/domain/checks/detectLanguage';

describe('detectLanguage', () => {
  it.each([
    'We are investigating reports of degraded performance for Git Operations.',
    'This incident has been resolved.',
    'Everything operating normally.',
    "We'll be back in 5 minutes!",
    'Back to normal.',
  ])('English: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([
    'Estamos investigando una incidencia.',
    'La incidencia ha sido resuelta.',
    'Disculpen las molestias.',
    'Próxima actualización en 30 minutos.',
    'Resuelto.',
    'Ya funciona todo con normalidad.',
  ])('Spanish: %s', (text) => {
    expect(detectLanguage(text)).toBe('es');
  });

  it.each([
    '',
    '12:30 UTC',
    'Wir untersuchen derzeit Anmeldeprobleme. Weitere Informationen folgen.',
    'https://status.example.com',
    // Half and half: no language wins by twice the other.
    'Estamos investigando the issue with our servicio.',
  ])('unknown: %s', (text) => {
    expect(detectLanguage(text)).toBe('unknown');
  });
});
