/**
 * The next page number from GitLab's pagination headers: x-next-page when present (an empty string on
 * the last page), else the Link header's rel="next", which GitLab always sends and which the docs
 * recommend following.
 */
export function readNextPage(headers: Record<string, string>, currentPage: number): number | null {
  const header = headers['x-next-page'];
  if (header !== undefined) {
    const next = Number.parseInt(header, 10);
    return Number.isFinite(next) && next > currentPage ? next : null;
  }
  const link = headers.link ?? '';
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (!match?.[1]) continue;
    const page = Number.parseInt(new URL(match[1]).searchParams.get('page') ?? '', 10);
    return Number.isFinite(page) && page > currentPage ? page : null;
  }
  return null;
}
