// The one error type the client throws: from a problem+json response, an unexpected response, or the network.
import type { Problem } from './contract';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly issues?: Problem['issues'];

  constructor(init: { status: number; code: string; message: string; field?: string; issues?: Problem['issues'] }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    if (init.field !== undefined) this.field = init.field;
    if (init.issues !== undefined) this.issues = init.issues;
  }

  static fromProblem(p: Problem): ApiError {
    return new ApiError({ status: p.status, code: p.code, message: p.detail, field: p.field, issues: p.issues });
  }

  /** Client errors other than 408/429 will not change on retry. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
