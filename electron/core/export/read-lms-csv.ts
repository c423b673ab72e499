import { parse } from 'csv-parse/sync';
import { maxLmsFileLength } from '../../../shared/api/export-api';
import { ApiFailure } from '../api/api-failure';

/** How an LMS wrote its CSV, kept so the file written back looks the way the LMS expects it. */
export interface LmsCsvLayout {
  delimiter: ',' | ';' | '\t';
  hasBom: boolean;
  recordDelimiter: '\r\n' | '\n';
  /** Moodle quotes every field; a file that did keeps doing so. */
  isFullyQuoted: boolean;
}

export interface LmsCsvTable {
  header: string[];
  rows: string[][];
  layout: LmsCsvLayout;
}

function detectDelimiter(headerLine: string): LmsCsvLayout['delimiter'] {
  // Colons are not candidates: Moodle's own headers contain them ("Assignment: Project (Real)").
  const candidates = [',', ';', '\t'] as const;
  let outsideQuotes = '';
  let isQuoted = false;
  for (const char of headerLine) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted) outsideQuotes += char;
  }
  let best: LmsCsvLayout['delimiter'] = ',';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = outsideQuotes.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/**
 * Reads a gradebook the LMS exported. `label` names the file in messages ("the Moodle file"). Refuses,
 * in one line, what is not a UTF-8 CSV with a header and at least one row.
 */
export function readLmsCsv(text: string, label: string): LmsCsvTable {
  if (text.length > maxLmsFileLength) throw new ApiFailure('invalid_input', `${label} is larger than 8 MB; export only the grade columns you need.`);
  if (text.includes('\uFFFD')) throw new ApiFailure('invalid_input', `${label} is not UTF-8 text; export it again as UTF-8 CSV.`);
  const hasBom = text.startsWith('\uFEFF');
  const body = hasBom ? text.slice(1) : text;
  const firstBreak = body.search(/\r?\n/);
  const headerLine = firstBreak < 0 ? body : body.slice(0, firstBreak);
  if (!headerLine.trim()) throw new ApiFailure('invalid_input', `${label} is empty.`);
  const delimiter = detectDelimiter(headerLine);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new ApiFailure('invalid_input', `${label} is not a valid CSV file: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) throw new ApiFailure('invalid_input', `${label} has a header but no students.`);
  return {
    header,
    rows,
    layout: {
      delimiter,
      hasBom,
      recordDelimiter: body.includes('\r\n') ? '\r\n' : '\n',
      isFullyQuoted: headerLine.startsWith('"') && headerLine.endsWith('"'),
    },
  };
}
