import { newId } from '../domain/newId';
import { createStore } from 'zustand/vanilla';
import type { AppActions, AppState, AppStore } from './AppState';
import { createEditor } from './editing/createEditor';
import type { ReviewGateway } from '../domain/reviewGateway';
import { createSaver } from './saving/createSaver';
import { createBackupActions } from './slices/createBackupActions';
import { createCommunicationActions } from './slices/createCommunicationActions';
import { createCurrentActions, NO_TIMELINE_UI } from './slices/createCurrentActions';
import { createIncidentActions } from './slices/createIncidentActions';
import { createNoteActions } from './slices/createNoteActions';
import { createCheckActions } from './checks/createCheckActions';
import { createdReviewHandOff } from './createdReviewHandOff';
import { createEvidenceActions } from './workshop/createEvidenceActions';
import { createPeopleActions } from './workshop/createPeopleActions';
import { createPlanActions } from './workshop/createPlanActions';
import { createSessionActions } from './workshop/createSessionActions';
import { createReviewsActions } from './slices/createReviewsActions';
import { createStorageActions } from './slices/createStorageActions';
import { UNKNOWN_STORAGE } from './StorageHealth';
import type { StoreContext, StoreDeps } from './StoreDeps';

export type { AppStore } from './AppState';

/**
 * The app's one store. The gateway is injected by the composition root (IndexedDB or
 * memory); every edit updates memory first and then writes one transaction through it.
 */
export function createAppStore(gateway: ReviewGateway, deps: StoreDeps = {}): AppStore {
  return createStore<AppState>()((set, get) => {
    const ctx: StoreContext = {
      gateway,
      newId: deps.newId ?? newId,
      now: deps.now ?? Date.now,
      classifyError: deps.classifyError ?? (() => 'unknown'),
      get,
      set,
    };
    const saver = createSaver({
      gateway,
      classifyError: ctx.classifyError,
      publish: (save) => set({ save }),
    });
    const editor = createEditor(ctx, saver);
    const handOff = createdReviewHandOff();
    const storage = deps.storage ?? UNKNOWN_STORAGE;
    const actions: AppActions = {
      ...createReviewsActions(ctx, saver, editor, handOff),
      ...createCurrentActions(ctx, saver, editor, handOff),
      ...createBackupActions(ctx, saver),
      ...createCommunicationActions(ctx, editor),
      ...createIncidentActions(ctx, editor),
      ...createNoteActions(ctx, editor),
      ...createSessionActions(ctx, editor),
      ...createPeopleActions(ctx, editor),
      ...createPlanActions(ctx, editor),
      ...createEvidenceActions(ctx, editor),
      ...createCheckActions(ctx, editor),
      ...createStorageActions(ctx, storage),
      undo: () => editor.undo(),
      redo: () => editor.redo(),
      retrySave: () => saver.retry(),
      flush: () => saver.flush(),
    };
    return {
      reviews: [],
      reviewsLoaded: false,
      current: null,
      currentStatus: 'idle',
      opening: null,
      importSave: null,
      displayTimeZone: null,
      save: { state: 'idle', pending: 0, error: null, errorKind: null },
      storage: {
        mode: storage.mode,
        memoryCause: storage.memoryCause,
        persistence: 'unknown',
        deletedWhenUnvisited: storage.deletedWhenUnvisited,
        outdated: false,
      },
      history: { canUndo: false, canRedo: false },
      timeline: NO_TIMELINE_UI,
      actions,
    };
  });
}
