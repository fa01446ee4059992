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
    const stray: WorkerAnswer = { kind: 'messages', incident: 5, communications: [] };
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
});
