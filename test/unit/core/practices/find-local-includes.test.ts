import { describe, expect, it } from 'vitest';
import { findLocalIncludes } from '../../../../electron/core/practices/find-local-includes';

describe('findLocalIncludes', () => {
  it('reads a single local include written as a string', () => {
    expect(findLocalIncludes("include: '/ci/test.yml'\n")).toEqual(['ci/test.yml']);
  });

  it('reads local entries from a list and leaves remote, template and other-project includes out', () => {
    const yaml = [
      'include:',
      "  - local: '/ci/lint.yml'",
      '  - ci/build.yml',
      "  - remote: 'https://example.com/ci.yml'",
      '  - https://example.com/other.yml',
      "  - template: 'Auto-DevOps.gitlab-ci.yml'",
      "  - project: 'group/shared'",
      "    file: '/templates/.test.yml'",
      '  - local: ci/*.yml',
    ].join('\n');
    expect(findLocalIncludes(yaml)).toEqual(['ci/lint.yml', 'ci/build.yml']);
  });

  it('finds nothing in a file without includes or with broken YAML', () => {
    expect(findLocalIncludes('test:\n  script: [npm test]\n')).toEqual([]);
    expect(findLocalIncludes('include: [unclosed\n  - :')).toEqual([]);
    expect(findLocalIncludes('')).toEqual([]);
  });
});
