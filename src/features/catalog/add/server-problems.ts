// A refused create, sorted into problems that belong to a field the operator can fix and a message for the rest.
import { isApiError } from '../../../api';
import { describeError } from '../../../lib/errors';

export interface FieldProblem {
  path: string;
  message: string;
}

export interface ServerProblems {
  fields: FieldProblem[];
  /** What cannot be shown at a field (no field named, or one the form does not have). */
  general?: string;
}

/** The fields the add-package form has, as the create body names them. */
const FORM_FIELD =
  /^(metadata\.(name|version|description)|spec\.components\.\d+\.(name|runtime|architecture|restart|ros\.distro|executables\.\d+\.(name|type|image|tag|command)))$/;

export const isFormField = (path: string) => FORM_FIELD.test(path);

export function serverProblems(error: unknown, canShow: (path: string) => boolean = isFormField): ServerProblems {
  if (!isApiError(error)) return { fields: [], general: describeError(error).message };
  const named = error.issues?.length ? error.issues : error.field ? [{ field: error.field, message: error.message }] : [];
  const fields = named.filter((issue) => canShow(issue.field)).map((issue) => ({ path: issue.field, message: issue.message }));
  return fields.length === named.length && fields.length > 0 ? { fields } : { fields, general: error.message };
}
