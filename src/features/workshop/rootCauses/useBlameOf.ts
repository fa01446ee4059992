import { useCallback, useMemo } from 'react';
import type { ReviewData } from '../../../domain/model';
import { namesAPerson } from '../../../domain/workshop/blameHint';

/**
 * The people a why answer names: participants, plus the authors of notes and
 * communications (the names the room is likely to use).
 */
export function useBlameOf(data: ReviewData): (text: string) => readonly string[] {
  const { participants, notes, communications } = data;
  const authors = useMemo(() => {
    const names = new Set<string>();
    for (const n of notes) if (n.author !== null && n.author.trim() !== '') names.add(n.author);
    for (const c of communications) if (c.author.trim() !== '') names.add(c.author);
    return [...names];
  }, [notes, communications]);
  return useCallback(
    (text: string) => (text.trim() === '' ? [] : namesAPerson(text, participants, authors)),
    [participants, authors],
  );
}
