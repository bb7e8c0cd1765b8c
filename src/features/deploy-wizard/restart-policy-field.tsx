import { useId, useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { ComponentSpec } from '../../api';
import { Button } from '../../components/button/button';
import { restartPolicyLabel } from '../../lib/labels';
import { RESTART_POLICIES, type RestartPolicy } from '../../vocabulary';
import type { WizardValues } from './form-model';
import styles from './restart-policy-field.module.css';

// The guide's "Restart Policy" section, one line each.
const MEANING: Record<RestartPolicy, string> = {
  always: 'Restart if the executables are in an error state or the device is rebooted.',
  onfailure: 'Restart only if an executable exits with an error (a non-zero exit code).',
  never: 'Do not restart under any circumstance.',
};

export function RestartPolicyField({ index, spec }: { index: number; spec: ComponentSpec }) {
  const { control } = useFormContext<WizardValues>();
  const restart = useWatch({ control, name: `components.${index}.restart` });
  const [open, setOpen] = useState(restart !== spec.restart);
  const groupId = useId();
  return (
    <div className={styles.restart}>
      <div className={styles.summary}>
        <span className={styles.current}>{`Restart policy: ${restartPolicyLabel(restart)}`}</span>
        <span className={styles.origin}>
          {restart === spec.restart ? '(package default)' : `(package default: ${restartPolicyLabel(spec.restart)})`}
        </span>
        <Button size="sm" aria-expanded={open} aria-controls={open ? groupId : undefined} onClick={() => setOpen((o) => !o)}>
          Modify
        </Button>
      </div>
      {open && (
        <Controller
          control={control}
          name={`components.${index}.restart`}
          render={({ field }) => (
            // Native radios: arrow keys, one tab stop and the announcements of a radio group, with no script to load.
            <div id={groupId} role="radiogroup" aria-label="Restart policy" className={styles.options}>
              {RESTART_POLICIES.map((policy) => (
                <div key={policy} className={styles.option}>
                  <input
                    type="radio"
                    id={`${groupId}-${policy}`}
                    name={field.name}
                    value={policy}
                    checked={field.value === policy}
                    onChange={() => field.onChange(policy)}
                    onBlur={field.onBlur}
                    className={styles.radio}
                    aria-describedby={`${groupId}-${policy}-meaning`}
                  />
                  <label htmlFor={`${groupId}-${policy}`} className={styles.optionLabel}>
                    {restartPolicyLabel(policy)}
                  </label>
                  <span id={`${groupId}-${policy}-meaning`} className={styles.meaning}>
                    {MEANING[policy]}
                  </span>
                </div>
              ))}
            </div>
          )}
        />
      )}
    </div>
  );
}
