// The blameless-review hint of step 4 (../shared/spec/workshop.md): person names in a root cause.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesAPerson } from '../../../../src/domain/workshop/blameHint';
import { makeParticipant } from '../../../factories/makeRecords';

const p = (name: string) => makeParticipant({ name });

describe('workshop.md step 4 — blameless hint: names of people in a root cause', () => {
  it('finds participant names and note/communication authors', () => {
    expect(namesAPerson('Marta forgot to post; Luis was on leave', [p('Marta')], ['Luis'])).toEqual(
      ['Marta', 'Luis'],
    );
  });

  it('nothing to find: no names, or no person mentioned', () => {
    expect(namesAPerson('Engineering sent us no update', [p('Marta')], ['Luis'])).toEqual([]);
    expect(namesAPerson('Marta forgot', [], [])).toEqual([]);
    expect(namesAPerson('', [p('Marta')], ['Luis'])).toEqual([]);
  });

  it('case-insensitive', () => {
    expect(namesAPerson('because of MARTA and luis', [p('Marta')], ['Luis'])).toEqual([
      'Marta',
      'Luis',
    ]);
  });

  it('whole words only: a name inside a longer word is not a mention', () => {
    const people = [p('Ana'), p('Al')];
    expect(namesAPerson('The analysis was late; Anabel and Alba too', people, [])).toEqual([]);
    expect(namesAPerson('Ana’s update; (Ana) “Ana”. ana-led', [p('Ana')], [])).toEqual(['Ana']);
    expect(namesAPerson('Ana2 posted', [p('Ana')], [])).toEqual([]);
  });

  it('accents respected: accented names match whole words; Jose is not José', () => {
    expect(namesAPerson('Culpa de José.', [p('José')], [])).toEqual(['José']);
    expect(namesAPerson('Ángel no avisó', [p('Ángel')], [])).toEqual(['Ángel']);
    expect(namesAPerson('Jose no avisó', [p('José')], [])).toEqual([]);
    expect(namesAPerson('José no avisó', [p('Jose')], [])).toEqual([]);
    expect(namesAPerson('Josélito', [p('José')], [])).toEqual([]);
    expect(namesAPerson('ÁNGEL no avisó', [p('ángel')], [])).toEqual(['ángel']);
  });

  it('composed and decomposed accents are the same name (NFC)', () => {
    expect(namesAPerson('Jose\u0301 forgot', [p('Jos\u00e9')], [])).toEqual(['Jos\u00e9']);
  });

  it('names need 2+ letters', () => {
    expect(namesAPerson('J said so', [p('J')], ['K.'])).toEqual([]);
    expect(namesAPerson('Bo said so', [p('Bo')], [])).toEqual(['Bo']);
  });

  it('each name once, as listed (participants first), in order of first mention', () => {
    expect(
      namesAPerson(
        'luis told marta, then Marta told LUIS',
        [p('Marta')],
        ['Luis', 'luis', 'MARTA'],
      ),
    ).toEqual(['Luis', 'Marta']);
  });

  it('a multi-word participant is found by full name or first word; the longest match wins', () => {
    const people = [p('Marta Gómez'), p('Ana'), p('Ana Belén')];
    expect(namesAPerson('Marta did not know', people, [])).toEqual(['Marta Gómez']);
    expect(namesAPerson('marta  gómez did not know', people, [])).toEqual(['Marta Gómez']);
    expect(namesAPerson('Ana Belén waited', people, [])).toEqual(['Ana Belén']);
    expect(namesAPerson('Ana waited', people, [])).toEqual(['Ana']);
  });

  it('authors are found only by their whole name (authors are often teams)', () => {
    expect(namesAPerson('support had no template', [], ['Support team'])).toEqual([]);
    expect(namesAPerson('the support team had no template', [], ['Support team'])).toEqual([
      'Support team',
    ]);
  });

  it('a short first word (under 3 letters) is not searched alone', () => {
    expect(namesAPerson('de la comunicación', [p('De la Cruz')], [])).toEqual([]);
  });

  it('names with regular-expression characters are matched literally', () => {
    expect(namesAPerson('Ops (EU) forgot', [], ['Ops (EU)'])).toEqual(['Ops (EU)']);
    expect(namesAPerson('Opsxeu forgot', [], ['Ops.eu'])).toEqual([]);
  });

  it('property: every name found is a listed name and appears in the text (case-insensitively)', () => {
    const name = fc.constantFrom('Ana', 'Bo', 'José', 'Marta Gómez', 'Luis', 'Support team');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(name, fc.constantFrom('forgot', 'the', 'de', ',', '.', 'anal')), {
          maxLength: 12,
        }),
        fc.subarray(['Ana', 'Bo', 'José', 'Marta Gómez']),
        fc.subarray(['Luis', 'Support team']),
        (words, people, authors) => {
          const text = words.join(' ');
          const found = namesAPerson(text, people.map(p), authors);
          expect(new Set(found).size).toBe(found.length);
          for (const n of found) {
            expect([...people, ...authors]).toContain(n);
            const first = n.split(' ')[0] ?? n;
            expect(text.toLowerCase()).toContain(first.toLowerCase());
          }
          for (const n of [...people, ...authors]) {
            if ((words as readonly string[]).includes(n)) expect(found).toContain(n);
          }
        },
      ),
    );
  });
});
