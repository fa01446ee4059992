import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';

/** Input types that are not text fields: the page's undo applies while they have focus. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True where the browser's own undo applies: text inputs, textareas, selects, contenteditable. */
export function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return (
    target.isContentEditable ||
    target.closest('[contenteditable]:not([contenteditable="false"])') !== null
  );
}

/** Undo or redo for a key press, or null when the keys mean something else. */
export function undoKeyCommand(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/** Inside a dialog the keys are left alone: undoing the review under an open editor would confuse. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog, [role="dialog"]') !== null;
}

/**
 * Ctrl/Cmd+Z undoes the review's last edit, Shift+Ctrl/Cmd+Z and Ctrl+Y redo it, through
 * the store's history — except while typing in a field, where the browser's undo applies,
 * and inside a dialog.
 */
export function useUndoKeys(): void {
  const actions = useAppStore((s) => s.actions);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEditing(event.target) || inDialog(event.target)) return;
      const command = undoKeyCommand(event);
      if (command === null) return;
      event.preventDefault();
      void (command === 'undo' ? actions.undo() : actions.redo());
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
