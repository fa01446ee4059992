/**
 * How an import worker's answer crosses to the page: in slices. A structured clone is
 * decoded on the receiving thread as one task, and 100,000 imported messages in one answer
 * took ~0.36 s of the page's main thread (a CPU trace of a 100k import). So the messages
 * come first, `WORKER_SLICE` at a time, each slice its own message and its own task on the
 * page, then the answer without them, which says how many to expect.
 */
import type { Communication } from '../domain/model';
import { shareDecodedStrings } from '../domain/shareDecodedStrings';
import type { ImportResult } from './contract';
import { summarizeImportedIncident } from './summarizeImportedIncident';

/**
 * Messages per slice: at 100k, 40 slices of ~6 ms each to decode on the page. With 5,000 a
 * slice, traced 100k imports had slice tasks of up to 32.5–33.1 ms (a garbage collection
 * in one of them); with 2,500, up to 16.1–19.8 ms, and less time in all (218–236 ms
 * against 256–324 ms, three runs each).
 */
export const WORKER_SLICE = 2_500;

export type WorkerAnswer =
  | {
      readonly kind: 'messages';
      /** Which incident of the answer they belong to, and they come in order. */
      readonly incident: number;
      readonly communications: readonly Communication[];
    }
  | {
      readonly kind: 'result';
      /** The answer, each incident's `communications` left empty… */
      readonly result: ImportResult;
      /** …and how many each had, sent before in `messages` slices. */
      readonly counts: readonly number[];
    };

/** The answer as the worker sends it: its messages in slices, then the rest. */
export function toWorkerAnswers(result: ImportResult, slice = WORKER_SLICE): WorkerAnswer[] {
  if (!result.ok) return [{ kind: 'result', result, counts: [] }];
  const answers: WorkerAnswer[] = [];
  result.incidents.forEach(({ data }, incident) => {
    for (let i = 0; i < data.communications.length; i += slice) {
      answers.push({
        kind: 'messages',
        incident,
        communications: data.communications.slice(i, i + slice),
      });
    }
  });
  answers.push({
    kind: 'result',
    result: {
      ...result,
      // Each incident's preview summary is made here, where its messages are.
      incidents: result.incidents.map((i) => ({
        ...i,
        summary: summarizeImportedIncident(i),
        data: { ...i.data, communications: [] },
      })),
    },
    counts: result.incidents.map((i) => i.data.communications.length),
  });
  return answers;
}

/**
 * Puts the answer back together on the page: `add` each message as it arrives; it returns
 * the whole result once the last has come, else null. An answer that does not add up
 * (slices missing or out of place) is an error, never a review with messages missing.
 */
export class WorkerAnswerAssembler {
  private readonly received: Communication[][] = [];
  /** The strings the slices decoded so far share (`shareDecodedStrings`). */
  private readonly strings = new Map<string, string>();

  add(answer: WorkerAnswer): ImportResult | null {
    if (answer.kind === 'messages') {
      shareDecodedStrings(answer.communications, this.strings);
      (this.received[answer.incident] ??= []).push(...answer.communications);
      return null;
    }
    const { result, counts } = answer;
    if (!result.ok) return result;
    const incidents = result.incidents.map((incident, i) => {
      const communications = this.received[i] ?? [];
      if (communications.length !== counts[i]) {
        throw new Error(
          `The import worker sent ${communications.length} of ${counts[i] ?? 0} messages.`,
        );
      }
      return { ...incident, data: { ...incident.data, communications } };
    });
    if (this.received.length > incidents.length) {
      throw new Error('The import worker sent messages of an incident it did not answer.');
    }
    return { ...result, incidents };
  }
}
