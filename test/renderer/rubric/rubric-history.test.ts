import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, historyLimit, recordEdit, redoEdit, startHistory, undoEdit } from '../../../renderer/features/rubric/rubric-history';

describe('the rubric editor’s undo history', () => {
  it('undoes and redoes edits in order', () => {
    let history = startHistory('a');
    history = recordEdit(history, 'b');
    history = recordEdit(history, 'c');
    history = undoEdit(history);
    expect(history.present).toBe('b');
    history = undoEdit(history);
    expect(history.present).toBe('a');
    expect(canUndo(history)).toBe(false);
    history = redoEdit(redoEdit(history));
    expect(history.present).toBe('c');
    expect(canRedo(history)).toBe(false);
  });

  it('makes the keystrokes in one field a single undo step', () => {
    let history = startHistory('weight 1');
    for (const text of ['weight 2', 'weight 25', 'weight 2.5']) history = recordEdit(history, text, 'criteria.0.weight');
    history = recordEdit(history, 'name X', 'criteria.0.name');
    expect(undoEdit(history).present).toBe('weight 2.5');
    expect(undoEdit(undoEdit(history)).present).toBe('weight 1');
  });

  it('starts a new step after an undo even in the same field', () => {
    let history = recordEdit(startHistory(1), 2, 'points');
    history = undoEdit(history);
    history = recordEdit(history, 3, 'points');
    history = recordEdit(history, 4, 'points');
    expect(history.past).toEqual([1]);
    expect(undoEdit(history).present).toBe(1);
  });

  it('forgets the redo steps once something new is typed', () => {
    let history = undoEdit(recordEdit(startHistory('a'), 'b'));
    history = recordEdit(history, 'c');
    expect(canRedo(history)).toBe(false);
    expect(redoEdit(history)).toBe(history);
  });

  it('ignores an edit that changes nothing and keeps at most the newest steps', () => {
    const start = startHistory(0);
    expect(recordEdit(start, 0)).toBe(start);
    let history = start;
    for (let i = 1; i <= historyLimit + 10; i += 1) history = recordEdit(history, i);
    expect(history.past).toHaveLength(historyLimit);
    expect(history.past[0]).toBe(10);
    expect(history.present).toBe(historyLimit + 10);
  });
});
