import { describe, expect, it } from 'vitest';
import { classifyIncludeEntry, findLocalIncludes } from '../../../../shared/practices/find-local-includes';

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

  it('gives wildcard paths too when the reader can expand them', () => {
    expect(findLocalIncludes("include:\n  - local: 'ci/*.yml'\n  - /ci/**/test.yml\n", { withWildcards: true })).toEqual(['ci/*.yml', 'ci/**/test.yml']);
  });
});

describe('classifyIncludeEntry', () => {
  it('names each kind of include as GitLab reads it', () => {
    expect(classifyIncludeEntry('/ci/a.yml')).toEqual({ kind: 'local', path: 'ci/a.yml' });
    expect(classifyIncludeEntry('https://example.com/a.yml')).toEqual({ kind: 'remote', name: 'https://example.com/a.yml' });
    expect(classifyIncludeEntry({ template: 'Security/SAST.gitlab-ci.yml' })).toEqual({ kind: 'template', name: 'Security/SAST.gitlab-ci.yml' });
    expect(classifyIncludeEntry({ component: 'gitlab.com/components/sast/sast@2' })).toEqual({ kind: 'component', name: 'gitlab.com/components/sast/sast@2' });
    expect(classifyIncludeEntry({ project: 'group/ci', file: ['/a.yml', '/b.yml'] })).toEqual({ kind: 'project', name: 'group/ci:/a.yml,/b.yml' });
    expect(classifyIncludeEntry({ local: '' })).toBeNull();
    expect(classifyIncludeEntry(42)).toBeNull();
  });
});
