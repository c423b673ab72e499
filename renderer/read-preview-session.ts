const storageKey = 'gitpulse.preview-session';

/**
 * The per-launch secret of `gitpulse serve`. It arrives in the address's fragment (`#session=…`),
 * which browsers never send to any server, is kept for this tab in sessionStorage so a reload still
 * works, and is wiped from the address bar at once. No cookie is involved: cookies ignore ports, so
 * other local servers (a student's dev server, say) would receive one.
 */
export function readPreviewSession(): string | null {
  const match = /(?:^#|&)session=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    window.sessionStorage.setItem(storageKey, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    return match[1];
  }
  return window.sessionStorage.getItem(storageKey);
}
