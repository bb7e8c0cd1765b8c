// Building refusals. The kind follows the code, except that a reference to an unknown resource inside a request
// body is bad input (`invalid`), while an unknown resource named by the request's target is `not-found`.
import type { DomainError, DomainErrorCode, Result } from './api';

const CONFLICTS = new Set<DomainErrorCode>([
  'name-taken',
  'device-offline',
  'device-rebooting',
  'network-not-running',
  'network-in-use',
  'dependency-not-running',
  'volume-not-available',
  'volume-bound',
  'package-in-use',
  'device-in-use',
  'deprovision-not-allowed',
  'not-running',
]);

function kindOf(code: DomainErrorCode, field: string | undefined): DomainError['kind'] {
  if (code === 'forbidden') return 'forbidden';
  if (code.startsWith('unknown-') && field === undefined) return 'not-found';
  return CONFLICTS.has(code) ? 'conflict' : 'invalid';
}

export function domainError(code: DomainErrorCode, message: string, field?: string): DomainError {
  return field === undefined ? { code, message, kind: kindOf(code, field) } : { code, message, field, kind: kindOf(code, field) };
}

export function fail<T>(code: DomainErrorCode, message: string, field?: string): Result<T> {
  return { ok: false, error: domainError(code, message, field) };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
