import { act } from '@testing-library/react';
import type { AppStore } from '../../../src/store/AppState';

/**
 * Adds a sticky note through the store, as the note editor does: `text` about `at` (an
 * ISO time), of the "gap" category, 60 px above the line. Resolves to the new note's id.
 */
export const addNoteAt = (store: AppStore, text: string, at: string) =>
  act(() =>
    store.getState().actions.addNote({
      text,
      category: 'gap',
      author: null,
      at: Date.parse(at),
      onGap: false,
      offsetY: -60,
    }),
  );
