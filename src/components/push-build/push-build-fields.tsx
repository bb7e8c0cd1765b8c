import { useId } from 'react';
import { Field, TextField } from '../field/field';
import { Select } from '../field/input';
import { defaultExitCode, DEFECT_OPTIONS, type DefectChoice, type PushBuildField, type PushBuildValues } from './push-build-values';

export interface PushBuildFieldsProps {
  values: PushBuildValues;
  onChange: (values: PushBuildValues) => void;
  /** Tags the image has now: offered as suggestions, and pushing under one replaces the build it points to. */
  tags: readonly string[];
  errors: Partial<Record<PushBuildField, string>>;
}

/** Tag (new or existing), defect and, where the defect has them, its exit code and uptime. */
export function PushBuildFields({ values, onChange, tags, errors }: PushBuildFieldsProps) {
  const listId = useId();
  const set = (patch: Partial<PushBuildValues>) => onChange({ ...values, ...patch });
  const existing = tags.includes(values.tag.trim());
  return (
    <>
      <TextField
        label="Tag"
        required
        list={listId}
        autoComplete="off"
        value={values.tag}
        error={errors.tag}
        hint={existing ? `${values.tag.trim()} will point to the new build; the build it points to now stays listed as replaced.` : 'A new tag, or one the image has (listed).'}
        onChange={(e) => set({ tag: e.target.value })}
      />
      <datalist id={listId}>
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <Field label="Defect" error={errors.defect} hint="What every container started from this build does.">
        {(control) => (
          <Select {...control} value={values.defect} onChange={(e) => set({ defect: e.target.value as DefectChoice })}>
            {DEFECT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {values.defect !== 'none' && (
        <TextField
          label="Exit code"
          inputMode="numeric"
          value={values.exitCode}
          placeholder={defaultExitCode(values.defect)}
          error={errors.exitCode}
          hint={`0–255; ${defaultExitCode(values.defect)} when left empty.`}
          onChange={(e) => set({ exitCode: e.target.value })}
        />
      )}
      {values.defect === 'crash-after' && (
        <TextField
          label="Runs for (seconds)"
          inputMode="numeric"
          value={values.afterSeconds}
          error={errors.afterSeconds}
          onChange={(e) => set({ afterSeconds: e.target.value })}
        />
      )}
    </>
  );
}
