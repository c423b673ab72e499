import type { RouteContext, RouteResult } from './route-types';
import type { ListView } from './sorted-index';
import { readPageRequest } from './query-params';

/** GitLab stops counting past this many rows and leaves out x-total, x-total-pages and rel="last". */
export const COUNT_LIMIT = 10_000;

export interface PaginateOptions {
  /** The commits API never sends totals. */
  isTotalOmitted?: boolean;
}

function buildPageUrl(context: RouteContext, page: number, perPage: number): string {
  const params = new URLSearchParams(context.query);
  params.set('page', String(page));
  params.set('per_page', String(perPage));
  return `${context.publicUrl}${context.rawPath}?${params.toString()}`;
}

/** One page of a list with GitLab's offset-pagination headers and Link header. */
export function paginate<T>(context: RouteContext, view: ListView<T>, present: (item: T) => unknown, options: PaginateOptions = {}): RouteResult {
  const { page, perPage } = readPageRequest(context.query);
  const total = view.length;
  const offset = (page - 1) * perPage;
  const body: unknown[] = [];
  for (let index = offset; index < Math.min(total, offset + perPage); index += 1) {
    const item = view.at(index);
    if (item !== undefined) body.push(present(item));
  }
  const isTotalShown = !options.isTotalOmitted && total <= COUNT_LIMIT;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const hasNext = offset + perPage < total;
  const hasPrev = page > 1;
  const headers: Record<string, string> = {
    'x-page': String(page),
    'x-per-page': String(perPage),
    'x-next-page': hasNext ? String(page + 1) : '',
    'x-prev-page': hasPrev ? String(page - 1) : '',
  };
  if (isTotalShown) {
    headers['x-total'] = String(total);
    headers['x-total-pages'] = String(totalPages);
  }
  const links: string[] = [];
  if (hasPrev) links.push(`<${buildPageUrl(context, page - 1, perPage)}>; rel="prev"`);
  if (hasNext) links.push(`<${buildPageUrl(context, page + 1, perPage)}>; rel="next"`);
  links.push(`<${buildPageUrl(context, 1, perPage)}>; rel="first"`);
  if (isTotalShown) links.push(`<${buildPageUrl(context, totalPages, perPage)}>; rel="last"`);
  headers.link = links.join(', ');
  return { status: 200, body, headers };
}
