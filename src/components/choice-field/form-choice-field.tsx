import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { ChoiceField, type ChoiceFieldProps } from './choice-field';

export interface FormChoiceFieldProps<V extends FieldValues> extends Omit<ChoiceFieldProps, 'value' | 'onValueChange' | 'onBlur' | 'error' | 'ref'> {
  control: Control<V>;
  name: Path<V>;
}

/** A `ChoiceField` bound to a react-hook-form field: its value, its blur and its validation message. */
export function FormChoiceField<V extends FieldValues>({ control, name, ...field }: FormChoiceFieldProps<V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: bound, fieldState }) => (
        <ChoiceField
          {...field}
          value={bound.value}
          onValueChange={bound.onChange}
          onBlur={bound.onBlur}
          ref={bound.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
