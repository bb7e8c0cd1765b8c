import { useId } from 'react';
import type { UpdatableComponent } from '../model/update-plan';
import { TagChoice } from './tag-choice';
import styles from './update-dialog.module.css';

export interface ComponentChoiceProps {
  component: UpdatableComponent;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  tags: Readonly<Record<string, string>>;
  onTagChange: (key: string, tag: string) => void;
}

/** `Update <component>`; once ticked, a tag choice per executable. A pre-installed component says why it cannot. */
export function ComponentChoice({ component, checked, onCheckedChange, tags, onTagChange }: ComponentChoiceProps) {
  const id = useId();
  const blocked = Boolean(component.blockedReason);
  return (
    <fieldset className={styles.component} aria-labelledby={`${id}-label`}>
      <label className={styles.check} id={`${id}-label`}>
        <input
          type="checkbox"
          checked={checked && !blocked}
          disabled={blocked}
          aria-describedby={blocked ? `${id}-reason` : undefined}
          onChange={(e) => onCheckedChange(e.target.checked)}
        />
        Update {component.name}
      </label>
      {blocked && (
        <p id={`${id}-reason`} className={styles.reason}>
          {component.blockedReason}
        </p>
      )}
      {checked && !blocked && (
        <div className={styles.tags}>
          {component.executables.map((e) => (
            <TagChoice key={e.key} component={component.name} executable={e} value={tags[e.key] ?? ''} onChange={(tag) => onTagChange(e.key, tag)} />
          ))}
        </div>
      )}
    </fieldset>
  );
}
