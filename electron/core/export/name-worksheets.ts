import { stripBidiControls, stripEscapeSequences } from '../../../shared/domain/student-text';

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
const maxSheetName = 31;
// eslint-disable-next-line no-control-regex
const forbidden = /[:\\/?*[\]\u0000-\u001F\u007F-\u009F]/g;

/**
 * Worksheet names from team names (student-written): cleaned, cut to Excel's limit and numbered where
 * two would collide, because Excel refuses to open a workbook whose sheet names break its rules.
 */
export function nameWorksheets(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((raw, index) => {
    const clean =
      stripBidiControls(stripEscapeSequences(raw))
        .replace(forbidden, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || `Team ${index}`;
    let name = clean.slice(0, maxSheetName).toWellFormed();
    for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = ` (${n})`;
      name = `${clean.slice(0, maxSheetName - suffix.length).toWellFormed()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
