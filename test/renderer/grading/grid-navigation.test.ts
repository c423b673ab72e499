import { describe, expect, it } from 'vitest';
import { moveInGrid, pageRows } from '../../../renderer/features/grading/grid-navigation';

const size = { rows: 8, cols: 5 };

describe('keyboard navigation in the grade matrix', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 2, col: 2 }, { key: 'ArrowRight' }, size)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 2, col: 2 }, { key: 'ArrowDown' }, size)).toEqual({ row: 3, col: 2 });
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 7, col: 4 }, { key: 'ArrowRight' }, size)).toEqual({ row: 7, col: 4 });
  });

  it('jumps to the row’s ends with Home and End, and to the grid’s with Ctrl', () => {
    expect(moveInGrid({ row: 3, col: 2 }, { key: 'Home' }, size)).toEqual({ row: 3, col: 0 });
    expect(moveInGrid({ row: 3, col: 2 }, { key: 'End' }, size)).toEqual({ row: 3, col: 4 });
    expect(moveInGrid({ row: 3, col: 2 }, { key: 'Home', ctrlKey: true }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 3, col: 2 }, { key: 'End', metaKey: true }, size)).toEqual({ row: 7, col: 4 });
  });

  it('pages by a fixed number of rows without leaving the grid', () => {
    expect(moveInGrid({ row: 1, col: 1 }, { key: 'PageDown' }, size)).toEqual({ row: 1 + pageRows, col: 1 });
    expect(moveInGrid({ row: 6, col: 1 }, { key: 'PageDown' }, size)).toEqual({ row: 7, col: 1 });
    expect(moveInGrid({ row: 2, col: 1 }, { key: 'PageUp' }, size)).toEqual({ row: 0, col: 1 });
  });

  it('moves on with Tab like a spreadsheet, wrapping rows, and leaves the grid past either end', () => {
    expect(moveInGrid({ row: 0, col: 3 }, { key: 'Tab' }, size)).toEqual({ row: 0, col: 4 });
    expect(moveInGrid({ row: 0, col: 4 }, { key: 'Tab' }, size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toEqual({ row: 0, col: 4 });
    expect(moveInGrid({ row: 7, col: 4 }, { key: 'Tab' }, size)).toBe('leave');
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'Tab', shiftKey: true }, size)).toBe('leave');
  });

  it('leaves every other key to the browser', () => {
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'a' }, size)).toBeUndefined();
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'Enter' }, size)).toBeUndefined();
  });
});
