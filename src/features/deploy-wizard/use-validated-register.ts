import type { FocusEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { WizardPath, WizardValues } from './form-model';

/**
 * `register` that checks a field when the operator leaves it, once it holds something (or is already marked).
 * An empty field is left alone until Create deployment: a row just added and left empty is not an error yet, and
 * a message appearing under it would shift the page under the pointer on the way to the next button.
 */
export function useValidatedRegister() {
  const { register, trigger, getFieldState } = useFormContext<WizardValues>();
  return (path: WizardPath) => {
    const field = register(path);
    return {
      ...field,
      onBlur: async (event: FocusEvent<HTMLInputElement | HTMLSelectElement>) => {
        await field.onBlur(event);
        if (event.target.value !== '' || getFieldState(path).error) await trigger(path);
      },
    };
  };
}
