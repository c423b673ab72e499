/**
 * Undo and redo over immutable snapshots. Keystrokes in one field would otherwise become one undo
 * step per character, so an edit may carry a key: consecutive edits with the same key replace the
 * newest snapshot instead of adding one.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The key of the edit that made `present`; undefined after an undo, a redo or a keyless edit. */
  readonly lastKey: string | undefined;
}

/** Older steps are dropped past this; a rubric session never gets near it. */
export const historyLimit = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: undefined };
}

export function recordEdit<T>(history: History<T>, next: T, key?: string): History<T> {
  if (Object.is(next, history.present)) return history;
  if (key !== undefined && key === history.lastKey) return { ...history, present: next, future: [] };
  const past = [...history.past, history.present].slice(-historyLimit);
  return { past, present: next, future: [], lastKey: key };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undoEdit<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: undefined };
}

export function redoEdit<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, lastKey: undefined };
}
