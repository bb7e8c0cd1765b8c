// Turns whatever was thrown (an ApiError with a stable code, a route error response, a plain Error, a string) into
// the two things an error message needs. Structural on purpose: src/lib cannot import the api layer's ApiError.

export interface ErrorDescription {
  message: string;
  code?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function describeError(error: unknown): ErrorDescription {
  if (typeof error === 'string' && error) return { message: error };
  if (!isRecord(error)) return { message: 'Something unexpected happened.' };
  const code = typeof error.code === 'string' || typeof error.code === 'number' ? String(error.code) : undefined;
  if (typeof error.message === 'string' && error.message) return code ? { message: error.message, code } : { message: error.message };
  // A route error response (react-router `data(..., { status })`) carries status and statusText instead.
  if (typeof error.status === 'number') {
    const text = typeof error.statusText === 'string' && error.statusText ? error.statusText : 'Request failed';
    const detail = isRecord(error.data) && typeof error.data.message === 'string' ? error.data.message : undefined;
    return { message: detail ?? text, code: code ?? String(error.status) };
  }
  return { message: 'Something unexpected happened.' };
}
