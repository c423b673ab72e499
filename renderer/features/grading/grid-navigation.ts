/** A cell of the grade matrix: row is the team, column 0 the team's name, then criteria, then the total. */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface GridKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** Rows a Page Up / Page Down jumps. */
export const pageRows = 5;

function clamp(value: number, max: number): number {
  return Math.min(Math.max(value, 0), Math.max(max, 0));
}

/**
 * Where a key moves the focus in the matrix, following the ARIA grid pattern (arrows, Home/End,
 * Ctrl+Home/End, Page Up/Down) plus spreadsheet Tab: Tab goes to the next cell, wrapping to the next
 * row, and past the last cell (Shift+Tab: before the first) it leaves the grid so the rest of the
 * screen stays reachable. Undefined: not a navigation key, let the browser have it.
 */
export function moveInGrid(at: GridCell, key: GridKey, size: GridSize): GridCell | 'leave' | undefined {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const isCtrl = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, lastRow), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, lastRow), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, lastCol) };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, lastCol) };
    case 'Home':
      return isCtrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return isCtrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case 'PageUp':
      return { row: clamp(at.row - pageRows, lastRow), col: at.col };
    case 'PageDown':
      return { row: clamp(at.row + pageRows, lastRow), col: at.col };
    case 'Tab': {
      const index = at.row * size.cols + at.col + (key.shiftKey === true ? -1 : 1);
      if (index < 0 || index >= size.rows * size.cols) return 'leave';
      return { row: Math.floor(index / size.cols), col: index % size.cols };
    }
    default:
      return undefined;
  }
}
