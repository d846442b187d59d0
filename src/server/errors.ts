/**
 * Errors of the HTTP API as data: every failed request answers with one JSON record
 * `{reason, ruleId, fatal}` (the shape of the pipeline's `Message`) and a fitting status code.
 * Nothing else of an exception (no stack, no SQL) reaches the client.
 */

/** The JSON body of an error response. */
export interface ApiProblem {
  reason: string;
  ruleId: string;
  /** Always true: the request was not carried out. */
  fatal: true;
}

/** A request that cannot be answered: its HTTP status and the problem record sent back. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly ruleId: string,
    reason: string,
  ) {
    super(reason);
  }

  /** The record sent to the client. */
  toProblem(): ApiProblem {
    return { reason: this.message, ruleId: this.ruleId, fatal: true };
  }
}

/** 400: a missing or malformed parameter. */
export const badRequest = (reason: string, ruleId = 'bad-parameter'): ApiError => new ApiError(400, ruleId, reason);

/** 404: an unknown id or path. */
export const notFound = (reason: string, ruleId = 'not-found'): ApiError => new ApiError(404, ruleId, reason);

/** The problem record of any thrown value: an {@link ApiError} as it is, anything else as a bare 500. */
export function problemOf(err: unknown): { status: number; problem: ApiProblem } {
  if (err instanceof ApiError) return { status: err.status, problem: err.toProblem() };
  return { status: 500, problem: { reason: 'internal error (see the server log)', ruleId: 'internal', fatal: true } };
}
