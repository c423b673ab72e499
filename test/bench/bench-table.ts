/** Plain-text tables and number formats for the sync benchmark's report. */

export type Cell = string | number;

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatInt(value: number): string {
  return integer.format(Math.round(value));
}

export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(3)}×` : '∞';
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Numbers align right, text left, so columns of figures read at a glance. */
export function renderTable(headers: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatInt(cell) : cell)));
  const widths = headers.map((header, column) => Math.max(header.length, ...text.map((row) => (row[column] ?? '').length)));
  const isNumeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (isNumeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  return [line(headers), rule, ...text.map(line)].join('\n');
}

export function printTable(headers: string[], rows: Cell[][]): void {
  console.log(renderTable(headers, rows));
}

/** A timestamped progress line, so a slow section shows where the time went. */
export function progress(startedAt: number, message: string): void {
  console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

export function printHeading(title: string): void {
  console.log(`\n=== ${title} ===`);
}
