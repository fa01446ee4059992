import { useCallback, useMemo } from 'react';
import { suggestNoteOffsetY } from '../../canvas/layout/notePlacement';
import type { Finding } from '../../domain/checks/finding';
import type { EpochMs, NoteCategory, ReviewData } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { defaultMsPerPx } from '../review/defaultMsPerPx';
import { findingCategory } from './findingCategory';
import { findingMoment } from './findingMoment';
import { ruleName } from '../../i18n/ruleName';

/** The sticky note a finding becomes: the rule's name and the evidence, at its moment. */
export interface FindingNote {
  readonly text: string;
  readonly category: NoteCategory;
  readonly at: EpochMs;
}

export interface FindingNotes {
  /** The note a finding becomes; null when there is no moment to pin it to. */
  readonly noteOf: (finding: Finding) => FindingNote | null;
  /** A note with that exact text at that moment is already in the review. */
  readonly isNoted: (note: FindingNote) => boolean;
  /** Adds the note through the store (one saved write) and announces it. */
  readonly add: (note: FindingNote) => Promise<void>;
}

const key = (at: EpochMs, text: string) => `${at}\n${text}`;

/**
 * Turning findings into sticky notes. Whether a finding already is one is derived from the
 * review's notes (same text, same moment), so it holds after a reload and in every tab.
 */
export function useFindingNotes(
  data: ReviewData,
  announce: (message: string) => void,
): FindingNotes {
  const t = useT();
  const actions = useAppStore((s) => s.actions);
  const { incident, notes } = data;

  const noteOf = useCallback(
    (finding: Finding): FindingNote | null => {
      const at = findingMoment(finding, incident);
      if (at === null) return null;
      const text = t('checks.noteText', {
        rule: t(ruleName(finding.rule)),
        evidence: finding.evidence,
      });
      return { text, category: findingCategory(finding.rule), at };
    },
    [incident, t],
  );

  const existing = useMemo(() => new Set(notes.map((n) => key(n.at, n.text))), [notes]);
  const isNoted = useCallback(
    (note: FindingNote) => existing.has(key(note.at, note.text)),
    [existing],
  );

  const add = useCallback(
    async (note: FindingNote) => {
      const offsetY = suggestNoteOffsetY(notes, note.at, defaultMsPerPx(incident));
      // Emptied first, so a second "Added a note" is announced again.
      announce('');
      try {
        await actions.addNote({ ...note, author: null, onGap: false, offsetY });
        announce(t('checks.added'));
      } catch (e) {
        announce(t('checks.failed', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [actions, announce, incident, notes, t],
  );

  return { noteOf, isNoted, add };
}
