/**
 * Query-string and body parameters of the HTTP API, validated: a malformed value is a 400
 * naming the parameter, never a silent default.
 */
import { badRequest } from './errors.js';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** A trimmed, non-empty string parameter, or undefined when absent or blank. */
export function optionalText(params: URLSearchParams, name: string, maxLength = 500): string | undefined {
  const value = params.get(name)?.trim();
  if (!value) return undefined;
  if (value.length > maxLength) throw badRequest(`${name} is longer than ${maxLength} characters`);
  return value;
}

/** A required, non-empty string parameter. */
export function requiredText(params: URLSearchParams, name: string, maxLength = 500): string {
  const value = optionalText(params, name, maxLength);
  if (value === undefined) throw badRequest(`${name} is required`, 'missing-parameter');
  return value;
}

/** An ISO date (`2026`, `2026-05`, `2026-05-04`, or a date-time) parameter. */
export function optionalDate(params: URLSearchParams, name: string): string | undefined {
  const value = optionalText(params, name, 40);
  if (value !== undefined && !ISO_DATE.test(value)) throw badRequest(`${name} must be an ISO date such as 2026-05-04, got "${value}"`);
  return value;
}

/** An integer parameter within `[min, max]`, or `fallback` when absent. */
export function intParam(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name)?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) throw badRequest(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** Paging of a listing: `limit` (1..max, default `fallback`) and `offset` (0..). */
export function paging(params: URLSearchParams, fallback: number, max = 500): { limit: number; offset: number } {
  return { limit: intParam(params, 'limit', fallback, 1, max), offset: intParam(params, 'offset', 0, 0, 10_000_000) };
}

/** A string field of a JSON body: required unless `optional`, trimmed, non-empty. */
export function bodyText(body: Record<string, unknown>, name: string, opts: { optional?: boolean; maxLength?: number } = {}): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) {
    if (opts.optional) return undefined;
    throw badRequest(`"${name}" is required`, 'missing-parameter');
  }
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`"${name}" must be a non-empty string`);
  const max = opts.maxLength ?? 2000;
  if (value.length > max) throw badRequest(`"${name}" is longer than ${max} characters`);
  return value.trim();
}

/** A list of strings field of a JSON body (non-empty). */
export function bodyTextList(body: Record<string, unknown>, name: string): string[] {
  const value = body[name];
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw badRequest(`"${name}" must be a non-empty list of ids`);
  }
  return (value as string[]).map((v) => v.trim());
}
