import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing is coalesced into one save (../shared/notes/architecture.md: ≤ 350 ms). */
export const AUTOSAVE_DELAY_MS = 350;

/**
 * A text draft saved as it is typed: a pause of `AUTOSAVE_DELAY_MS`, leaving the field or
 * unmounting saves it (one store action each). When the saved value changes elsewhere
 * (undo, another window), the draft follows it.
 */
export function useAutosaveDraft(
  saved: string,
  save: (value: string) => void,
): {
  readonly draft: string;
  readonly change: (value: string) => void;
  readonly flush: () => void;
} {
  const [draft, setDraft] = useState(saved);
  const [seen, setSeen] = useState(saved);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ saved, save });
  useEffect(() => {
    latest.current = { saved, save };
  }, [saved, save]);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value !== null && value !== latest.current.saved) latest.current.save(value);
  }, []);

  const change = useCallback(
    (value: string) => {
      setDraft(value);
      pending.current = value;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => flush, [flush]);

  if (saved !== seen) {
    setSeen(saved);
    setDraft(saved);
    return { draft: saved, change, flush };
  }
  return { draft, change, flush };
}
