import { describe, expect, it } from 'vitest';
import { describeUnscopedToken } from '../../../../electron/core/secrets/describe-unscoped-token';

const two = ['https://gitlab.example.edu', 'https://gitlab.com', 'https://gitlab.example.edu'];

describe('describeUnscopedToken', () => {
  it('warns when GITLAB_TOKEN has no GITLAB_URL and the courses use more than one instance', () => {
    expect(describeUnscopedToken({ GITLAB_TOKEN: 'glpat-x' }, two)).toBe(
      'GITLAB_TOKEN is set without GITLAB_URL, so it is sent to all 2 GitLab instances the courses use ' +
        '(https://gitlab.com, https://gitlab.example.edu); set GITLAB_URL to the instance the token belongs to.',
    );
  });

  it('stays quiet with GITLAB_URL set, without a token, or with one instance', () => {
    expect(describeUnscopedToken({ GITLAB_TOKEN: 'glpat-x', GITLAB_URL: 'https://gitlab.com' }, two)).toBeNull();
    expect(describeUnscopedToken({ GITLAB_TOKEN: '  ' }, two)).toBeNull();
    expect(describeUnscopedToken({ GITLAB_TOKEN: 'glpat-x' }, ['https://gitlab.com', 'https://gitlab.com'])).toBeNull();
  });
});
