import { useEffect } from 'react';

/**
 * Ctrl+Z / Ctrl+Shift+Z (and Cmd on macOS, plus Ctrl+Y) for the editor's own history. Claimed for the
 * whole screen, text fields included: the browser's per-field undo would step through one field's
 * characters behind the draft's back.
 */
export function useUndoShortcuts(isActive: boolean, undo: () => void, redo: () => void): void {
  useEffect(() => {
    if (!isActive) return undefined;
    function onKeyDown(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isActive, undo, redo]);
}
