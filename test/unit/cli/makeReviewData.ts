// Hand-made incidents for the CLI's unit tests: plain ReviewData plus the importer's extras.
import { EMPTY_WORKSHOP } from '../../../src/domain/emptyWorkshop';
import type { Communication, Incident, ReviewData } from '../../../src/domain/model';
import type { ImportWarning, RejectedRow } from '../../../src/import/contract';
import { T0, makeChannel, makeCommunication, makeIncident } from '../../factories/makeRecords';

export const statusPage = makeChannel({ id: 'ch-status', name: 'Status page' });
export const twitter = makeChannel({ id: 'ch-twitter', name: 'Twitter/X' });

export interface Imported {
  readonly data: ReviewData;
  readonly warnings: readonly ImportWarning[];
  readonly rejected: readonly RejectedRow[];
}

export function makeImported(
  communications: readonly Partial<Communication>[],
  incident: Partial<Incident> = {},
  extras: Partial<Pick<Imported, 'warnings' | 'rejected'>> = {},
): Imported {
  return {
    data: {
      review: {
        id: 'rev-1',
        title: 'Review',
        status: 'ready',
        createdAt: T0,
        updatedAt: T0,
        createdBy: null,
      },
      incident: makeIncident({ id: 'inc-record', ...incident }),
      channels: [statusPage, twitter],
      communications: communications.map((c, order) => makeCommunication({ order, ...c })),
      phases: [],
      ...EMPTY_WORKSHOP,
    },
    warnings: extras.warnings ?? [],
    rejected: extras.rejected ?? [],
  };
}
