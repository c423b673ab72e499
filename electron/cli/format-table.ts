export interface Column<R> {
  title: string;
  value: (row: R) => string;
  alignRight?: boolean;
}

/** A plain-text table for terminals: padded columns, numbers right-aligned. */
export function formatTable<R>(rows: R[], columns: Array<Column<R>>): string {
  const cells = rows.map((row) => columns.map((c) => sanitizeCell(c.value(row))));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i]?.alignRight ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Student-written text must not move the cursor or recolour the terminal: control characters go. */
export function sanitizeCell(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
