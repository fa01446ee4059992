import { useState } from 'react';

/**
 * A text draft that follows its saved value: while the user types, the draft is theirs;
 * when the saved value changes (a save, another field, a zone change), the draft resets.
 */
export function useSyncedDraft(saved: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(saved);
  const [seen, setSeen] = useState(saved);
  if (saved !== seen) {
    setSeen(saved);
    setDraft(saved);
    return [saved, setDraft];
  }
  return [draft, setDraft];
}
