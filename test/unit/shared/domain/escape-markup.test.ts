import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../../../shared/domain/escape-markup';

describe('escapeMarkup', () => {
  it('replaces the five markup characters, so text cannot open a tag or leave an attribute', () => {
    expect(escapeMarkup(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;');
  });

  it('leaves other text as it is', () => {
    expect(escapeMarkup('Žofie Nováková — team\u202Egnp')).toBe('Žofie Nováková — team\u202Egnp');
  });
});
