import { describe, expect, it } from 'vitest';
import { summarizeImportedIncident } from '../../../src/import/summarizeImportedIncident';
import { at, makeChannel, makeCommunication } from '../../factories/makeRecords';
import { makeSmallReview } from '../export/text/makeSmallReview';

describe('summarizeImportedIncident', () => {
  const status = makeChannel({ id: 'ch-status', name: 'Status page' });
  const email = makeChannel({ id: 'ch-email', name: 'Email' });
  const message = (id: string, minute: number, channelId: string, order: number) =>
    makeCommunication({ id, instant: at(minute), channelId, order });

  it('reads the messages in time order, whatever order they come in', () => {
    const data = makeSmallReview({
      channels: [status, email],
      communications: [
        message('late', 50, 'ch-status', 0),
        message('tie-second', 10, 'ch-status', 2),
        message('tie-first', 10, 'ch-email', 1),
      ],
    });
    const summary = summarizeImportedIncident({ data, warnings: [], rejected: [] });
    expect(summary.communicationCount).toBe(3);
    expect(summary.first).toBe(at(10));
    expect(summary.last).toBe(at(50));
    // Channels in order of first use, in time order (ties in import order).
    expect(summary.channelNames).toEqual(['Email', 'Status page']);
    expect(summary.samples.map((s) => [s.communication.id, s.channel])).toEqual([
      ['tie-first', 'Email'],
      ['tie-second', 'Status page'],
    ]);
  });

  it('names no channel and no span for an incident without messages', () => {
    const data = makeSmallReview({ channels: [status], communications: [] });
    const summary = summarizeImportedIncident({ data, warnings: [], rejected: [] });
    expect(summary).toMatchObject({ channelNames: [], first: null, last: null, samples: [] });
  });
});
