/**
 * How an import worker's answer crosses to the page: in slices. A structured clone is
 * decoded on the receiving thread as one task, and 100,000 imported messages in one answer
 * took ~0.36 s of the page's main thread (a CPU trace of a 100k import). So the messages
 * come first, `WORKER_SLICE` at a time, each slice its own message and its own task on the
 * page, then the answer without them, which says how many to expect.
 *
 * A slice's texts travel as one string, and each message's text is cut from it on the
 * page (`String.prototype.slice`: V8 keeps a slice of 13 characters or more as a small
 * reference into the long string). Decoded one by one, the texts were some 100,000 strings
 * of ~200 bytes, each copied out of the young generation by the garbage collector; the
 * long strings (one per slice, ~1 MB) are not copied, and a slice is ~32 bytes.
 */
import type { Communication } from '../domain/model';
import { shareDecodedStrings } from '../domain/shareDecodedStrings';
import type { ImportResult } from './contract';
import { summarizeImportedIncident } from './summarizeImportedIncident';

/** Messages per slice: at 100k, 20 slices of ~15 ms each to decode on the page. */
export const WORKER_SLICE = 5_000;

export type WorkerAnswer =
  | {
      readonly kind: 'messages';
      /** Which incident of the answer they belong to, and they come in order. */
      readonly incident: number;
      /** The messages, each with an empty `text`… */
      readonly communications: readonly Communication[];
      /** …their texts one after the other… */
      readonly texts: string;
      /** …and where each one's text ends in `texts`. */
      readonly textEnds: Uint32Array;
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
      answers.push(messagesAnswer(incident, data.communications.slice(i, i + slice)));
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

/** One slice of an incident's messages, their texts taken out into one string. */
function messagesAnswer(incident: number, part: readonly Communication[]): WorkerAnswer {
  const textEnds = new Uint32Array(part.length);
  const texts: string[] = [];
  let end = 0;
  const communications = part.map((c, k) => {
    texts.push(c.text);
    end += c.text.length;
    textEnds[k] = end;
    return { ...c, text: '' };
  });
  return { kind: 'messages', incident, communications, texts: texts.join(''), textEnds };
}

type Decoded = { -readonly [K in keyof Communication]: Communication[K] };

/** Gives each decoded message of a slice its text back, cut from the slice's `texts`. */
function restoreTexts(answer: Extract<WorkerAnswer, { kind: 'messages' }>): void {
  const { communications, texts, textEnds } = answer;
  if (textEnds.length !== communications.length || (textEnds.at(-1) ?? 0) !== texts.length) {
    throw new Error('The import worker sent a slice whose texts do not add up.');
  }
  let from = 0;
  for (let k = 0; k < communications.length; k++) {
    const to = textEnds[k] as number;
    if (to < from) throw new Error('The import worker sent a slice whose texts do not add up.');
    (communications[k] as Decoded).text = texts.slice(from, to);
    from = to;
  }
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
      restoreTexts(answer);
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
