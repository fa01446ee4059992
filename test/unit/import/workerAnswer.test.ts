import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/import/contract';
import { importFile } from '../../../src/import/importFile';
import { summarizeImportedIncident } from '../../../src/import/summarizeImportedIncident';
import {
  toWorkerAnswers,
  WorkerAnswerAssembler,
  type WorkerAnswer,
} from '../../../src/import/workerAnswer';
import { makeImportOptions } from '../../factories/makeImportOptions';
import { isInternalized } from '../isInternalized';
import { isSlicedString } from '../isSlicedString';

/** Two incidents (a Statuspage export of two), 7 and 3 communications. */
function twoIncidents(): ImportResult {
  const update = (id: string, minute: number) => ({
    id,
    status: 'investigating',
    body: `Update ${id}`,
    created_at: `2024-03-05T10:${String(minute).padStart(2, '0')}:00Z`,
    display_at: `2024-03-05T10:${String(minute).padStart(2, '0')}:00Z`,
  });
  const incident = (id: string, n: number) => ({
    id,
    name: `Incident ${id}`,
    created_at: '2024-03-05T10:00:00Z',
    resolved_at: null,
    impact: 'minor',
    incident_updates: Array.from({ length: n }, (_, i) => update(`${id}-${i}`, i + 1)),
  });
  const raw = JSON.stringify({ incidents: [incident('a', 7), incident('b', 3)] });
  return importFile(raw, 'incidents.json', makeImportOptions());
}

const assemble = (answers: readonly WorkerAnswer[]): ImportResult | null => {
  const assembler = new WorkerAnswerAssembler();
  let out: ImportResult | null = null;
  for (const a of answers) out = assembler.add(structuredClone(a));
  return out;
};

describe('the import worker answer in slices', () => {
  it('puts the very same result back together, slice by slice, with each preview summary', () => {
    const result = twoIncidents();
    if (!result.ok) throw new Error(result.error.message);
    const counts = result.incidents.map((i) => i.data.communications.length);
    expect(counts.every((n) => n > 2)).toBe(true);
    const answers = toWorkerAnswers(result, 2);
    const slices = answers.filter((a) => a.kind === 'messages');
    expect(slices.map((a) => a.communications.length)).toEqual(
      counts.flatMap((n) => [
        ...Array.from({ length: Math.floor(n / 2) }, () => 2),
        ...(n % 2 ? [1] : []),
      ]),
    );
    expect(answers.at(-1)?.kind).toBe('result');
    // Only the last answer completes it.
    const assembler = new WorkerAnswerAssembler();
    for (const a of answers.slice(0, -1)) expect(assembler.add(structuredClone(a))).toBeNull();
    // …and each incident comes with its preview summary, made in the worker.
    expect(assembler.add(structuredClone(answers.at(-1) as WorkerAnswer))).toEqual({
      ...result,
      incidents: result.incidents.map((i) => ({ ...i, summary: summarizeImportedIncident(i) })),
    });
  });

  it('sends a failure as it is', () => {
    const failed = importFile('', 'empty.csv', makeImportOptions());
    expect(failed.ok).toBe(false);
    expect(toWorkerAnswers(failed)).toEqual([{ kind: 'result', result: failed, counts: [] }]);
    expect(assemble(toWorkerAnswers(failed))).toEqual(failed);
  });

  it('refuses an answer with a slice missing or misplaced, never a review short of messages', () => {
    const result = twoIncidents();
    const answers = toWorkerAnswers(result, 2);
    const missing = answers.filter((_, i) => i !== 1);
    expect(() => assemble(missing)).toThrow(/sent \d+ of \d+ messages/);
    const stray: WorkerAnswer = {
      kind: 'messages',
      incident: 5,
      communications: [],
      texts: '',
      textEnds: new Uint32Array(0),
    };
    expect(() => assemble([stray, ...answers])).toThrow(/did not answer/);
  });
});

describe('the messages as the page gets them', () => {
  it("carry the code's own kind strings, not the copies a structured clone decodes", () => {
    const result = assemble(toWorkerAnswers(twoIncidents(), 4));
    if (result === null || !result.ok) throw new Error('no result');
    const messages = result.incidents.flatMap((i) => i.data.communications);
    expect(messages.length).toBe(10);
    expect(messages.every((c) => isInternalized(c.kind))).toBe(true);
  });

  it('get their texts from one string a slice, each a slice of it and not a copy of its own', () => {
    const result = twoIncidents();
    if (!result.ok) throw new Error(result.error.message);
    const answers = toWorkerAnswers(result, 4);
    const slices = answers.filter((a) => a.kind === 'messages');
    // What crosses: no text in any message, the slice's texts in one string.
    expect(slices.flatMap((a) => a.communications).every((c) => c.text === '')).toBe(true);
    expect(slices[0]?.texts).toBe(
      result.incidents[0]?.data.communications
        .slice(0, 4)
        .map((c) => c.text)
        .join(''),
    );
    const assembled = assemble(answers);
    if (assembled === null || !assembled.ok) throw new Error('no result');
    const texts = assembled.incidents.flatMap((i) => i.data.communications.map((c) => c.text));
    expect(texts).toEqual(
      result.incidents.flatMap((i) => i.data.communications.map((c) => c.text)),
    );
    // "Update a-0" is 10 characters: too short for V8 to slice. Longer texts are slices.
    expect(texts.every((t) => t.length < 13 || isSlicedString(t))).toBe(true);
    const long = toWorkerAnswers(
      {
        ...result,
        incidents: result.incidents.map((i) => ({
          ...i,
          data: {
            ...i.data,
            communications: i.data.communications.map((c) => ({
              ...c,
              text: `${c.text}: we are looking into it.`,
            })),
          },
        })),
      },
      4,
    );
    const longTexts = assemble(long);
    if (longTexts === null || !longTexts.ok) throw new Error('no result');
    const decoded = longTexts.incidents.flatMap((i) => i.data.communications.map((c) => c.text));
    expect(decoded.every((t) => t.endsWith(': we are looking into it.'))).toBe(true);
    expect(decoded.every(isSlicedString)).toBe(true);
    // A copy of its own is not a slice: the check tells them apart.
    expect(isSlicedString(structuredClone(decoded[0] ?? ''))).toBe(false);
  });

  it('refuses a slice whose texts do not add up', () => {
    const answers = toWorkerAnswers(twoIncidents(), 4);
    const [first] = answers;
    if (first?.kind !== 'messages') throw new Error('no slice');
    const short = { ...first, texts: first.texts.slice(1) };
    expect(() => assemble([short, ...answers.slice(1)])).toThrow(/texts do not add up/);
    // The right total, but the second text would end before the first one does.
    const swapped = first.textEnds.slice();
    [swapped[0], swapped[1]] = [swapped[1] ?? 0, swapped[0] ?? 0];
    const backwards = { ...first, textEnds: swapped };
    expect(() => assemble([backwards, ...answers.slice(1)])).toThrow(/texts do not add up/);
  });
});
