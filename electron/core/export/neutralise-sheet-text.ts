import { stripBidiControls, stripEscapeSequences } from '../../../shared/domain/student-text';

/** Excel refuses longer cells; a student-written name past it would shift or drop the cell. */
export const maxCellLength = 32_767;

/**
 * What spreadsheets (Excel, LibreOffice, Google Sheets, Numbers) start a formula or a DDE call with,
 * fullwidth forms included because Numbers folds them to ASCII (OWASP "CSV Injection").
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

// C0 controls other than tab, LF and CR, DEL and C1 controls: XML 1.0 (inside every XLSX) forbids
// most of them, and none of them means anything in a grade sheet.
// eslint-disable-next-line no-control-regex
const invisibleControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * The one way student or server text becomes a sheet cell, for every writer (CSV, XLSX, Moodle,
 * Canvas): escape sequences, bidi controls and invisible controls removed, lone surrogates repaired,
 * a leading formula character neutralised with an apostrophe (shown as text by every spreadsheet), and
 * the whole cut at Excel's cell limit. Numbers never pass through here, so -2 stays a number.
 */
export function neutraliseSheetText(text: string): string {
  const clean = stripBidiControls(stripEscapeSequences(text)).replace(invisibleControls, '');
  const safe = formulaStarts.has(clean.charAt(0)) ? `'${clean}` : clean;
  // Repaired after the cut, which may split a surrogate pair.
  return (safe.length > maxCellLength ? safe.slice(0, maxCellLength) : safe).toWellFormed();
}
