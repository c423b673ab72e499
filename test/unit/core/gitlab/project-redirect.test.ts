import { describe, expect, it } from 'vitest';
import { findFollowableProjectRedirect } from '../../../../electron/core/gitlab/project-redirect';

const from = new URL('https://gitlab.example.edu/api/v4/projects/teaching%2Fold-name');

describe('findFollowableProjectRedirect', () => {
  it('follows GitLab’s 301 from an old project path to /api/v4/projects/<id> on the same origin', () => {
    expect(findFollowableProjectRedirect(from, 301, 'https://gitlab.example.edu/api/v4/projects/42')?.href).toBe(
      'https://gitlab.example.edu/api/v4/projects/42',
    );
    expect(findFollowableProjectRedirect(from, 301, '/api/v4/projects/42')?.href).toBe('https://gitlab.example.edu/api/v4/projects/42');
    const rooted = new URL('https://uni.example.edu/gitlab/api/v4/projects/a%2Fb');
    expect(findFollowableProjectRedirect(rooted, 301, 'https://uni.example.edu/gitlab/api/v4/projects/7')?.pathname).toBe('/gitlab/api/v4/projects/7');
  });

  it('refuses every other redirect', () => {
    for (const location of [
      'https://elsewhere.example.edu/api/v4/projects/42',
      'http://gitlab.example.edu/api/v4/projects/42',
      'https://gitlab.example.edu:8443/api/v4/projects/42',
      'https://user:pw@gitlab.example.edu/api/v4/projects/42',
      'https://gitlab.example.edu/api/v4/projects/42/members',
      'https://gitlab.example.edu/api/v4/projects/teaching%2Fnew-name',
      'https://gitlab.example.edu/users/sign_in',
      '//elsewhere.example.edu/api/v4/projects/42',
    ]) {
      expect(findFollowableProjectRedirect(from, 301, location), location).toBeNull();
    }
    expect(findFollowableProjectRedirect(from, 302, 'https://gitlab.example.edu/api/v4/projects/42')).toBeNull();
    expect(findFollowableProjectRedirect(from, 301, undefined)).toBeNull();
    const sub = new URL('https://gitlab.example.edu/api/v4/projects/teaching%2Fold-name/pipelines');
    expect(findFollowableProjectRedirect(sub, 301, 'https://gitlab.example.edu/api/v4/projects/42')).toBeNull();
  });
});
