import { describe, expect, it } from 'vitest';
import { toPrintableLine } from '../../../../shared/domain/student-text';

describe('toPrintableLine', () => {
  it('drops escape sequences that clear the screen or set the title, and bidi overrides', () => {
    expect(toPrintableLine('a\u001b[2J\u001b[Hb\u001b]0;pwned\u0007c team\u202Egnp.exe')).toBe('abc teamgnp.exe');
  });

  it('turns CR, LF and other controls into spaces, so one value stays one line', () => {
    expect(toPrintableLine('one\r\ntwo\tthree\u0007')).toBe('one  two three ');
  });

  it('cuts long text with an ellipsis', () => {
    expect(toPrintableLine('x'.repeat(1000), 20)).toBe(`${'x'.repeat(19)}…`);
  });
});
