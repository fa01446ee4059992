import type { CommunicationKind, EpochMs } from '../../domain/model';

/** What the add/edit form produces: the fields of one communication. */
export interface CommunicationValues {
  readonly instant: EpochMs;
  readonly offsetMinutes: number | null;
  readonly channelName: string;
  readonly author: string;
  readonly kind: CommunicationKind;
  readonly text: string;
}
