import type { RouteResult } from './route-types';
import { respondInvalidParameter } from './route-types';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export interface PageRequest {
  page: number;
  perPage: number;
}

/** GitLab falls back to the defaults for nonsense and silently caps per_page at 100. */
export function readPageRequest(query: URLSearchParams): PageRequest {
  const page = Number.parseInt(query.get('page') ?? '', 10);
  const perPage = Number.parseInt(query.get('per_page') ?? '', 10);
  return {
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    perPage: Number.isFinite(perPage) && perPage >= 1 ? Math.min(perPage, MAX_PER_PAGE) : DEFAULT_PER_PAGE,
  };
}

export function isTrue(query: URLSearchParams, name: string): boolean {
  return query.get(name) === 'true' || query.get(name) === '1';
}

/** A date parameter as epoch ms, null when absent, or a 400 answer when it does not parse. */
export function readTimeParameter(query: URLSearchParams, name: string): number | null | RouteResult {
  const value = query.get(name);
  if (value === null || value === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? respondInvalidParameter(name) : ms;
}

export function readChoice<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T | RouteResult {
  const value = query.get(name);
  if (value === null || value === '') return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : respondInvalidParameter(name, 'does not have a valid value');
}

export function isRouteResult(value: unknown): value is RouteResult {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}

/** Values of a repeated parameter, accepting both `name[]=` and `name=`. */
export function readList(query: URLSearchParams, name: string): string[] {
  return [...query.getAll(`${name}[]`), ...query.getAll(name)].filter((value) => value !== '');
}
