// The API's refusals of an update or rollback, in words that say what to do next.
import { describeError } from '../../../lib/errors';

const NEXT_STEPS: Record<string, string> = {
  'update-in-progress': 'An update is already rolling out. Wait until it ends, then try again.',
  'update-not-allowed': 'A deployment can be updated only when its phase is Succeeded or Failed To Update.',
  'unknown-build': 'That build is not in the package any more. Choose another tag.',
  'update-not-supported': 'Components on the pre-installed device runtime cannot be updated in place.',
};

export function refusalMessage(error: unknown): string {
  const { message, code } = describeError(error);
  const next = code ? NEXT_STEPS[code] : undefined;
  return next ? `${message}. ${next}` : message;
}
