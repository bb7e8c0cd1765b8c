// State of a `Push a build` form: values, the refusal placed at its fields (or above the buttons), and submit.
import { useState } from 'react';
import type { PushBuildBody } from '../../api/contract';
import { placeProblem } from '../../lib/problem-fields';
import { pushBuildDefaults, PUSH_BUILD_WIRE_FIELDS, toPushBuildBody, type BuildTarget, type PushBuildField, type PushBuildValues } from './push-build-values';

export function usePushBuildForm(send: (body: PushBuildBody) => Promise<unknown>, initialTag = '') {
  const [values, setValues] = useState<PushBuildValues>(() => pushBuildDefaults(initialTag));
  const [errors, setErrors] = useState<Partial<Record<PushBuildField, string>>>({});
  const [general, setGeneral] = useState<string>();

  const reset = (tag = initialTag) => {
    setValues(pushBuildDefaults(tag));
    setErrors({});
    setGeneral(undefined);
  };

  /** Resolves true once the build was pushed. */
  const submit = async (target: BuildTarget): Promise<boolean> => {
    if (values.tag.trim() === '') {
      setErrors({ tag: 'Enter a tag.' });
      return false;
    }
    setErrors({});
    setGeneral(undefined);
    try {
      await send(toPushBuildBody(target, values));
      return true;
    } catch (error) {
      const placed = placeProblem(error, PUSH_BUILD_WIRE_FIELDS);
      setErrors(placed.fields);
      setGeneral(placed.general);
      return false;
    }
  };

  return { values, setValues, errors, general, reset, submit };
}
