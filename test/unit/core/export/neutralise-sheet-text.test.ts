import { describe, expect, it } from 'vitest';
import { maxCellLength, neutraliseSheetText } from '../../../../electron/core/export/neutralise-sheet-text';

describe('neutraliseSheetText', () => {
  it('prefixes every formula start, full-width forms included, and leaves other text alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']) expect(neutraliseSheetText(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseSheetText('Ada = 1')).toBe('Ada = 1');
    expect(neutraliseSheetText('')).toBe('');
  });

  it('checks the first character after removing what hides it, so a bidi mark cannot shield a formula', () => {
    expect(neutraliseSheetText('\u202E=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseSheetText('\u001B[31m@cmd')).toBe("'@cmd");
  });

  it('removes the control characters XML cannot hold but keeps line breaks and tabs inside', () => {
    expect(neutraliseSheetText('a\u0000b\u0007c\u000Bd\u007Fe\u0085f')).toBe('abcdef');
    expect(neutraliseSheetText('line 1\nline 2\tend')).toBe('line 1\nline 2\tend');
  });

  it('cuts at Excel’s limit counting the apostrophe, without leaving half a surrogate pair', () => {
    expect(neutraliseSheetText(`=${'x'.repeat(40_000)}`)).toHaveLength(maxCellLength);
    const emoji = `${'x'.repeat(maxCellLength - 1)}😀`;
    const cut = neutraliseSheetText(emoji);
    expect(cut).toHaveLength(maxCellLength);
    expect(cut.isWellFormed()).toBe(true);
  });
});
