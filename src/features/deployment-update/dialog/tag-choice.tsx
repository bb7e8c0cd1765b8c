import { Field } from '../../../components/field/field';
import { Select } from '../../../components/field/input';
import type { ExecutableOption } from '../model/update-plan';

export interface TagChoiceProps {
  component: string;
  executable: ExecutableOption;
  /** The chosen tag; empty keeps the current one. */
  value: string;
  onChange: (tag: string) => void;
}

/** Keep the current image (pulled again) or pick another build of the package; removed images cannot be picked. */
export function TagChoice({ component, executable, value, onChange }: TagChoiceProps) {
  const current = executable.currentTag ?? 'latest';
  return (
    <Field label={`Tag of ${component}/${executable.name}`} hint={executable.image}>
      {(control) => (
        <Select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Keep {current} (re-pull the same tag)</option>
          {executable.builds
            .filter((b) => b.tag !== executable.currentTag)
            .map((b) => (
              <option key={b.tag} value={b.tag} disabled={!b.available}>
                {b.tag} · pushed {b.pushedAt.slice(0, 10)}
                {b.available ? '' : ' (image removed)'}
              </option>
            ))}
        </Select>
      )}
    </Field>
  );
}
