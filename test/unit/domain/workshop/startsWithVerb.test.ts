// Step 5 of ../shared/spec/workshop.md: an action is actionable when it starts with a verb.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_VERBS,
  NOT_VERBS,
  SPANISH_IMPERATIVES,
  SPANISH_INFINITIVES,
} from '../../../../src/domain/workshop/actionVerbs';
import { leadingWords, startsWithVerb } from '../../../../src/domain/workshop/startsWithVerb';

describe('workshop.md step 5 — an actionable action starts with a verb', () => {
  it.each([
    'Write status page templates for payment incidents',
    'Define communication roles',
    'Set up a support rota',
    'Publish an incident communication plan',
    'Train support on the status page',
    'Update the escalation policy',
    'Agree on a voice-and-tone guide',
    'Schedule a drill every quarter',
    'Template the first update',
    'Name a communication lead',
    'Hold a review after every incident',
    'Escalate to PR after an hour',
    'Don’t promise times that are not confirmed',
    'Re-run the drill with the new roles',
    'Double-check the status page before posting',
  ])('English imperative: %s', (text) => {
    expect(startsWithVerb(text)).toBe(true);
  });

  it.each([
    'Escribir plantillas para incidentes habituales',
    'Escribe plantillas para incidentes habituales',
    'Definir roles de comunicación',
    'Define roles de comunicación',
    'Crear un canal de incidentes',
    'Crea un canal de incidentes',
    'Añadir la página de estado al correo',
    'Añade la página de estado al correo',
    'Envía un resumen a soporte',
    'Envíe un resumen a soporte',
    'Redactar un plan de comunicación',
    'Acordar una guía de tono',
    'Medir el tiempo hasta la primera actualización',
    'Nombrar a un responsable de comunicación',
    'Oír a los clientes',
  ])('Spanish infinitive or imperative: %s', (text) => {
    expect(startsWithVerb(text)).toBe(true);
  });

  it.each([
    'Sincronizar los calendarios de guardia',
    'Habilitar alertas en la página de estado',
    'Monitorear la cola de soporte',
    'Rastrear los tickets abiertos',
    'Acceder al panel de estado',
    'Revisarlo con soporte',
    'Enviarles un resumen',
    'Asegurarse de avisar a PR',
    'Comprometerse a actualizar cada 30 minutos',
  ])('unknown Spanish infinitive (suffix rule, with attached pronouns): %s', (text) => {
    expect(startsWithVerb(text)).toBe(true);
  });

  it.each([
    'Templates for payment incidents',
    'Better communication',
    'better communication',
    'Faster updates',
    'Earlier first update',
    'Customer updates every 30 minutes',
    'Owner for comms',
    'Manager on call',
    'User research',
    'Calendar of drills',
    'Server upgrade',
    'Diverse team',
    'Smaller messages',
    'Follow-up meeting',
    'On-call rota',
    'Post-mortem template',
    'Status page templates',
    'Support macros for outages',
    'Updated templates',
  ])('English noun phrase, not actionable: %s', (text) => {
    expect(startsWithVerb(text)).toBe(false);
  });

  it.each([
    'Plantillas para incidentes',
    'Mejor comunicación',
    'Comunicación proactiva',
    'Un plan de comunicación',
    'El equipo de soporte',
    'Lugar para las plantillas',
    'Primer paso: roles',
    'Plan de comunicación',
    'Prueba de carga',
    'Mejora de la comunicación',
    'Programa de formación',
  ])('Spanish noun phrase, not actionable: %s', (text) => {
    expect(startsWithVerb(text)).toBe(false);
  });

  it('an ambiguous noun/imperative is a verb when not followed by de/del/para', () => {
    expect(startsWithVerb('Prueba el guion con soporte')).toBe(true);
    expect(startsWithVerb('Plan the drill')).toBe(true);
    expect(startsWithVerb('Plan for the next outage')).toBe(true);
  });

  it('leading bullets, numbering, checkboxes, quotes and ¿¡ are skipped', () => {
    for (const prefix of [
      '- ',
      '* ',
      '• ',
      '1. ',
      '2) ',
      '[ ] ',
      '[x] ',
      '"',
      '¡',
      '  ',
      'a) ',
      '— ',
    ]) {
      expect(startsWithVerb(`${prefix}Write templates`)).toBe(true);
      expect(startsWithVerb(`${prefix}Templates`)).toBe(false);
    }
    expect(leadingWords('  1. ¡Escribe plantillas!')).toEqual(['escribe', 'plantillas']);
  });

  it('case does not matter; accents do (the word is compared as written)', () => {
    expect(startsWithVerb('WRITE TEMPLATES')).toBe(true);
    expect(startsWithVerb('ENVÍA UN CORREO')).toBe(true);
    expect(startsWithVerb('Envia un correo')).toBe(false);
  });

  it('no word at all is not actionable', () => {
    for (const text of ['', '   ', '42', '- ', '!!!']) expect(startsWithVerb(text)).toBe(false);
  });

  it('the word lists are lower case, trimmed and disjoint from the non-verbs', () => {
    for (const list of [ENGLISH_VERBS, SPANISH_INFINITIVES, SPANISH_IMPERATIVES, NOT_VERBS]) {
      for (const w of list) {
        expect(w).toBe(w.toLowerCase().normalize('NFC').trim());
      }
    }
    for (const w of NOT_VERBS) {
      expect(ENGLISH_VERBS.has(w) || SPANISH_INFINITIVES.has(w)).toBe(false);
    }
  });

  it('every listed verb counts, capitalised, as the first word', () => {
    for (const list of [ENGLISH_VERBS, SPANISH_INFINITIVES, SPANISH_IMPERATIVES]) {
      for (const w of list) {
        const capitalised = w.charAt(0).toUpperCase() + w.slice(1);
        expect(startsWithVerb(`${capitalised} something`), w).toBe(true);
      }
    }
  });

  it('property: never throws, and the answer depends only on the first words', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, tail) => {
        const r = startsWithVerb(text);
        expect(typeof r).toBe('boolean');
        expect(startsWithVerb(`Write ${tail}`)).toBe(true);
        expect(startsWithVerb(`Templates ${tail}`)).toBe(false);
      }),
    );
  });
});
