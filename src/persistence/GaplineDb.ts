import Dexie, { type Table } from 'dexie';
import type {
  Attachment,
  Channel,
  Incident,
  Note,
  Participant,
  Phase,
  PlanAction,
  Preparation,
  Review,
  RootCause,
  Session,
  Vote,
  WhatIf,
  FindingDismissal,
} from '../domain/model';
import type { CommunicationChunk } from './CommunicationChunk';
import { CURRENT_DB_VERSION, DB_VERSIONS } from './dbSchemas';
import { DB_UPGRADES } from './dbUpgrades';
import type { ListItemRow } from './ListItemRow';
import { SCHEMA_META_KEY, type MetaRow } from './MetaRow';

export const DEFAULT_DB_NAME = 'gapline';

/**
 * The Gapline IndexedDB database. Domain records are stored as they are (plain data,
 * random string ids). Versions come from `DB_VERSIONS`; never edit a released one.
 */
export class GaplineDb extends Dexie {
  declare readonly reviews: Table<Review, string>;
  declare readonly incidents: Table<Incident, string>;
  declare readonly channels: Table<Channel, string>;
  declare readonly communicationChunks: Table<CommunicationChunk, string>;
  declare readonly phases: Table<Phase, string>;
  declare readonly notes: Table<Note, string>;
  declare readonly rootCauses: Table<RootCause, string>;
  declare readonly actions: Table<PlanAction, string>;
  declare readonly participants: Table<Participant, string>;
  declare readonly attachments: Table<Attachment, string>;
  declare readonly sessions: Table<Session, string>;
  declare readonly preparations: Table<Preparation, string>;
  declare readonly votes: Table<Vote, string>;
  declare readonly whatIfs: Table<WhatIf, string>;
  declare readonly dismissals: Table<FindingDismissal, string>;
  declare readonly listItems: Table<ListItemRow, string>;
  declare readonly meta: Table<MetaRow, string>;

  /** Set when another tab upgraded the database: this tab must stop writing and reload. */
  outdated = false;

  private readonly outdatedListeners = new Set<() => void>();

  /** Calls `listener` when another tab upgrades the database; returns the unsubscribe. */
  onOutdated(listener: () => void): () => void {
    this.outdatedListeners.add(listener);
    return () => this.outdatedListeners.delete(listener);
  }

  /** `factory`: another IndexedDB implementation (default: the browser's). */
  constructor(name: string = DEFAULT_DB_NAME, factory?: IDBFactory) {
    super(name, factory === undefined ? undefined : { indexedDB: factory });
    for (const { version, stores } of DB_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const upgrade = DB_UPGRADES[version];
      if (upgrade !== undefined) declared.upgrade(upgrade);
    }
    this.on('populate', (tx) => {
      void tx
        .table<MetaRow, string>('meta')
        .add({ key: SCHEMA_META_KEY, version: CURRENT_DB_VERSION });
    });
    this.on('versionchange', () => {
      this.outdated = true;
      // Writes already running finish (close waits for them); later ones are refused.
      this.close({ disableAutoOpen: true });
      for (const listener of [...this.outdatedListeners]) {
        try {
          listener();
        } catch {
          // One failing listener must not keep the others from hearing it.
        }
      }
      return false;
    });
  }
}
