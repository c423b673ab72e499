import { stringify } from 'csv-stringify/sync';
import type { LmsCsvTable } from './read-lms-csv';

/** Writes a gradebook back in the layout it was read in: delimiter, BOM, line ends and quoting. */
export function writeLmsCsv(table: LmsCsvTable): string {
  const { delimiter, hasBom, recordDelimiter, isFullyQuoted } = table.layout;
  return stringify([table.header, ...table.rows], {
    bom: hasBom,
    delimiter,
    record_delimiter: recordDelimiter === '\r\n' ? 'windows' : 'unix',
    quoted: isFullyQuoted,
    quoted_empty: isFullyQuoted,
    quote_record_delimiter: true,
  });
}
