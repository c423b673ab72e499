const delimiters = [',', ';', '\t'] as const;

/** The header record's text: up to the first line break outside quotes, so a quoted header may span lines. */
function cutHeaderRecord(text: string): string {
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (char === '\n' || char === '\r')) return text.slice(0, i);
  }
  return text;
}

/** The delimiter the header uses most outside quotes, as the core decides it; colons never count (Moodle's headers hold them). */
function detectDelimiter(record: string): string {
  let outside = '';
  let isQuoted = false;
  for (const char of record) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted) outside += char;
  }
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of delimiters) {
    const count = outside.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/**
 * The column names of a gradebook CSV an LMS exported, so the window can offer them as the column to
 * fill. Only the first record is read (RFC 4180 quoting, `""` for a quote); the core parses the whole
 * file again and remains the one that refuses a malformed one.
 */
export function readCsvHeader(text: string): string[] {
  const record = cutHeaderRecord(text.replace(/^\uFEFF/, ''));
  if (!record.trim()) return [];
  const delimiter = detectDelimiter(record);
  const fields: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < record.length; i += 1) {
    const char = record[i];
    if (isQuoted) {
      if (char === '"' && record[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}
