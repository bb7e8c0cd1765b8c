import { useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ComponentSpec } from '../../api';
import { rosAliasRules } from '../../vocabulary';
import { TextField } from '../../components/field/field';
import { defaultAlias, proposeAlias } from './alias-model';
import type { WizardValues } from './form-model';
import { useValidatedRegister } from './use-validated-register';
import type { NetworkAliases } from './wizard-validation';

const NOTHING_IN_USE = new Map<string, string>();

export interface AliasFieldProps {
  /** Row in the form's `aliases`. */
  index: number;
  spec: ComponentSpec;
  /** The device chosen for a device component. */
  deviceName?: string;
  network: NetworkAliases | undefined;
}

/**
 * `Alias`: the component's name on the routed network. Until the operator types one, it follows the platform's
 * default for the chosen device and network, or the first free variant of it when that is taken there.
 */
export function AliasField({ index, spec, deviceName, network }: AliasFieldProps) {
  const { formState, getValues, setValue } = useFormContext<WizardValues>();
  const validated = useValidatedRegister();
  const path = `aliases.${index}.alias` as const;
  const typed = useRef(false);
  useEffect(() => {
    if (typed.current) return;
    const earlier = getValues('aliases').slice(0, index).map((a) => a.alias);
    const proposal = proposeAlias(defaultAlias(spec, deviceName), network?.used ?? NOTHING_IN_USE, earlier);
    if (getValues(path) !== proposal) setValue(path, proposal, { shouldValidate: formState.isSubmitted });
  }, [getValues, setValue, path, index, spec, deviceName, network, formState.isSubmitted]);
  const field = validated(path);
  return (
    <TextField
      label="Alias"
      autoComplete="off"
      hint={`Unique on the routed network. ${rosAliasRules}`}
      error={formState.errors.aliases?.[index]?.alias?.message}
      {...field}
      onChange={(event) => {
        typed.current = true;
        return field.onChange(event);
      }}
    />
  );
}
