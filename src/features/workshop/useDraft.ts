import { useState } from 'react';

/**
 * A field's draft that follows its saved value: while the user types, the draft is theirs;
 * when the saved value changes (a save, an undo, another window), the draft resets to it.
 */
export function useDraft(saved: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(saved);
  const [seen, setSeen] = useState(saved);
  if (saved !== seen) {
    setSeen(saved);
    setDraft(saved);
    return [saved, setDraft];
  }
  return [draft, setDraft];
}
