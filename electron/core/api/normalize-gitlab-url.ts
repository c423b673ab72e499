import { ApiFailure } from './api-failure';

/** Accepts what instructors paste (a trailing slash, the /api/v4 suffix) and keeps the instance base URL. */
export function normalizeGitlabUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ApiFailure('invalid_input', `"${raw}" is not a URL; give the GitLab address, e.g. https://gitlab.example.edu`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ApiFailure('invalid_input', `The GitLab URL must start with https:// (or http:// for a local server), not ${url.protocol}`);
  }
  if (url.username || url.password) throw new ApiFailure('invalid_input', 'Put the token in the keychain, not in the GitLab URL.');
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
  return `${url.origin}${path}`;
}

/**
 * Group and project paths as GitLab shows them: segments separated by '/', no leading or trailing
 * slash. The address of the group or project copied from the browser is taken too, when it is on the
 * course's GitLab (`gitlabUrl`, already normalised): its path, without GitLab's `/-/…` pages or `.git`.
 */
export function normalizeGitlabPath(raw: string, what: string, gitlabUrl?: string): string {
  const text = raw.trim();
  const path = (/^https?:\/\//i.test(text) ? pathOfAddress(text, what, gitlabUrl) : text).replace(/^\/+|\/+$/g, '');
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(path)) throw new ApiFailure('invalid_input', `"${raw}" is not a GitLab ${what} path (like teaching/se-2026).`);
  return path;
}

function pathOfAddress(text: string, what: string, gitlabUrl: string | undefined): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ApiFailure('invalid_input', `"${text}" is not a GitLab ${what} path (like teaching/se-2026).`);
  }
  const base = gitlabUrl === undefined ? null : new URL(gitlabUrl);
  const basePath = base ? base.pathname.replace(/\/+$/, '') : '';
  if (base && (url.origin !== base.origin || !(url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)))) {
    throw new ApiFailure('invalid_input', `"${text}" is not on ${gitlabUrl}; give the ${what} path (like teaching/se-2026) or its address there.`);
  }
  return decodeURIComponent(url.pathname.slice(basePath.length))
    .replace(/\/-\/.*$/, '')
    .replace(/\.git$/, '');
}
