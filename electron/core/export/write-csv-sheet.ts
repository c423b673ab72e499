import { stringify } from 'csv-stringify/sync';
import { neutraliseSheetText } from './neutralise-sheet-text';

export interface CsvSheetOptions {
  /** ';' for the European Excel locales that read ',' as the decimal separator. */
  delimiter: ',' | ';';
  /** A byte-order mark, without which Excel reads UTF-8 as the machine's legacy code page. */
  bom: boolean;
}

export const defaultCsvSheetOptions: CsvSheetOptions = { delimiter: ',', bom: true };

export type SheetCell = string | number | null;

/**
 * Writes rows as RFC 4180 CSV (CRLF records, every cell holding a quote, the delimiter, a CR or an LF
 * quoted). Text goes through `neutraliseSheetText`; numbers stay bare numbers, with a decimal comma
 * when the delimiter is ';' because the locales that expect semicolons also expect that.
 */
export function writeCsvSheet(rows: readonly (readonly SheetCell[])[], options: CsvSheetOptions): string {
  const toCell = (cell: SheetCell): string => {
    if (cell === null) return '';
    if (typeof cell === 'number') return options.delimiter === ';' ? String(cell).replace('.', ',') : String(cell);
    return neutraliseSheetText(cell);
  };
  return stringify(
    rows.map((row) => row.map(toCell)),
    { bom: options.bom, delimiter: options.delimiter, quote_record_delimiter: true, record_delimiter: 'windows' },
  );
}
