import { byInstantThenOrder } from '../../domain/inTimeOrder';
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
  const sorted = [...communications].sort(byInstantThenOrder);
  const channelNames: string[] = [];
  for (const c of sorted) {
    const name = names.get(c.channelId) ?? '';
    if (!channelNames.includes(name)) channelNames.push(name);
  }
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
