import { inTimeOrder } from '../../domain/inTimeOrder';
import type { Communication, EpochMs } from '../../domain/model';
import type { ImportedIncident } from '../../import/contract';

export interface ImportedIncidentSummary {
  readonly title: string;
  readonly communicationCount: number;
  /** Channels in order of first use. */
  readonly channelNames: readonly string[];
  readonly first: EpochMs | null;
  readonly last: EpochMs | null;
  readonly alert: EpochMs | null;
  readonly timeZone: string;
  readonly sourceTimeZone: string | null;
  /** The first two communications in time order, to check the times were read right. */
  readonly samples: readonly { readonly communication: Communication; readonly channel: string }[];
}

/** What the import preview shows about one incident of a file. */
export function summarizeImportedIncident(imported: ImportedIncident): ImportedIncidentSummary {
  const { incident, channels, communications } = imported.data;
  const names = new Map(channels.map((c) => [c.id, c.name]));
  // Imports come in time order: checked in one pass, not copied and sorted (100,000
  // messages took ~70 ms of the preview's render).
  const sorted = inTimeOrder(communications);
  const used = new Set<string>();
  for (const c of sorted) used.add(c.channelId);
  const channelNames = [...new Set([...used].map((id) => names.get(id) ?? ''))];
  return {
    title: incident.title,
    communicationCount: communications.length,
    channelNames,
    first: sorted[0]?.instant ?? null,
    last: sorted[sorted.length - 1]?.instant ?? null,
    alert: incident.alert,
    timeZone: incident.timeZone,
    sourceTimeZone: incident.sourceTimeZone,
    samples: sorted.slice(0, 2).map((communication) => ({
      communication,
      channel: names.get(communication.channelId) ?? '',
    })),
  };
}
