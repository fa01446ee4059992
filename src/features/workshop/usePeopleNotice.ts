import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Participant, ReviewData } from '../../domain/model';
import { useAppStore } from '../../store/useAppStore';
import { useAppStoreApi } from '../../store/useAppStoreApi';

/** What the people panel's polite live region says. */
export type PeopleNoticeState =
  | { readonly kind: 'removed'; readonly name: string; readonly canUndo: boolean }
  | { readonly kind: 'added' | 'restored'; readonly name: string }
  | { readonly kind: 'error'; readonly message: string }
  | null;

type Internal =
  | {
      readonly kind: 'removed';
      readonly id: string;
      readonly name: string;
      /** The review right after the removal: Undo is offered while nothing else changed. */
      readonly after: ReviewData | null;
    }
  | Exclude<PeopleNoticeState, { kind: 'removed' }>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Adding and removing people, said in a live region: a removal offers Undo (the global
 * undo, while the removal is still the last edit; focus moves to it since the row is gone),
 * and after Undo focus returns to the person's row.
 */
export function usePeopleNotice(list: RefObject<HTMLElement | null>) {
  const api = useAppStoreApi();
  const actions = useAppStore((s) => s.actions);
  const current = useAppStore((s) => s.current);
  const [state, setState] = useState<Internal>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const restoreFocusTo = useRef<string | null>(null);

  const add = useCallback(
    async (name: string, role: string | null) => {
      try {
        await actions.addParticipant(name, role);
        setState({ kind: 'added', name });
      } catch (e) {
        setState({ kind: 'error', message: message(e) });
      }
    },
    [actions],
  );

  const remove = useCallback(
    (person: Participant) => {
      // The store applies the removal in memory at once, then writes it.
      const done = actions.removeParticipant(person.id);
      setState({
        kind: 'removed',
        id: person.id,
        name: person.name,
        after: api.getState().current,
      });
      done.catch((e: unknown) => setState({ kind: 'error', message: message(e) }));
    },
    [actions, api],
  );

  const canUndo = state?.kind === 'removed' && state.after === current;
  const undo = useCallback(() => {
    if (state?.kind !== 'removed') return;
    restoreFocusTo.current = state.id;
    void actions.undo();
    setState({ kind: 'restored', name: state.name });
  }, [actions, state]);

  useEffect(() => {
    if (state?.kind === 'removed' && canUndo) undoRef.current?.focus();
  }, [state, canUndo]);

  useEffect(() => {
    const id = restoreFocusTo.current;
    if (id === null || list.current === null) return;
    const button = list.current.querySelector<HTMLElement>(`[data-person="${CSS.escape(id)}"]`);
    if (button === null) return;
    button.focus();
    restoreFocusTo.current = null;
  }, [list, current]);

  const notice: PeopleNoticeState =
    state?.kind === 'removed' ? { kind: 'removed', name: state.name, canUndo } : state;
  return { notice, undoRef, add, remove, undo };
}
