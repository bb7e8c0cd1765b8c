// Places an API refusal at the form fields it names. Structural on purpose (src/lib cannot import the api layer):
// it reads `field`, `issues` and `message` as the api client's ApiError carries them.

export interface ProblemPlacement<F extends string> {
  /** Messages for the form's own fields, keyed by form field name. */
  fields: Partial<Record<F, string>>;
  /** What no field claimed, for a message at the top of the form. */
  general?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * `wireFields` maps a wire path (`metadata.name`) to the form field that shows it (`name`). A problem naming an
 * unknown path, or none, becomes the general message, so the operator always sees why the request failed.
 */
export function placeProblem<F extends string>(error: unknown, wireFields: Readonly<Record<string, F>>): ProblemPlacement<F> {
  const message = isRecord(error) && typeof error.message === 'string' && error.message ? error.message : 'The request failed.';
  const fields: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  const place = (wire: unknown, text: string) => {
    const field = typeof wire === 'string' ? wireFields[wire] : undefined;
    if (field === undefined) unplaced.push(text);
    else fields[field] ??= text;
  };
  const issues = isRecord(error) && Array.isArray(error.issues) ? error.issues.filter(isRecord) : [];
  if (issues.length > 0) {
    for (const issue of issues) place(issue.field, typeof issue.message === 'string' ? issue.message : message);
  } else {
    place(isRecord(error) ? error.field : undefined, message);
  }
  return unplaced.length > 0 ? { fields, general: unplaced.join(' ') } : { fields };
}
