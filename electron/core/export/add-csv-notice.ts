/**
 * Puts the notice in a row of its own above the CSV's column titles, after the BOM (which must stay
 * first for Excel to read UTF-8). Always quoted, so the delimiter never splits it; it is our own text.
 */
export function addCsvNotice(content: string, notice: string | undefined): string {
  if (notice === undefined) return content;
  const bom = content.startsWith('\uFEFF') ? '\uFEFF' : '';
  return `${bom}"${notice.replace(/"/g, '""')}"\r\n${content.slice(bom.length)}`;
}
