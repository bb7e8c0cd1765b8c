import { useFormContext } from 'react-hook-form';
import { Link } from 'react-router';
import type { ComponentSpec, NetworkResource } from '../../api';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { Icon } from '../../components/icon/icon';
import { paths } from '../../lib/paths';
import { hasCloudComponent, networkBlocker, networkChoices } from './choices';
import type { WizardValues } from './form-model';
import { useValidatedRegister } from './use-validated-register';
import styles from './network-section.module.css';
import { WizardStep } from './wizard-step';

export function NetworkSection({ components, networks }: { components: readonly ComponentSpec[]; networks: readonly NetworkResource[] }) {
  const { formState } = useFormContext<WizardValues>();
  const validated = useValidatedRegister();
  const choices = networkChoices(components, networks);
  const blocker = networkBlocker(components, choices);
  const cloud = hasCloudComponent(components);
  return (
    <WizardStep
      title="Routed network"
      description={`The package has ROS components, which talk over a running routed network.${cloud ? ' It has a cloud component, so only cloud routed networks can be used.' : ''}`}
    >
      {blocker && (
        <div className={styles.blocked}>
          <Icon name="alert-triangle" size={18} className={styles.icon} />
          <div className={styles.blockedText}>
            <p className={styles.blockedTitle}>Deploying is blocked</p>
            <p>{blocker}</p>
            <p>
              <Link to={paths.networks.href()}>Create a routed network</Link>, wait until it runs, then come back to this page.
            </p>
          </div>
        </div>
      )}
      <div className={styles.field}>
        <Field label="Routed Network" required error={formState.errors.routedNetworkId?.message}>
          {(control) => (
            <Select {...control} {...validated('routedNetworkId')}>
              <option value="">{choices.length > 0 ? 'Select a routed network' : 'No routed networks'}</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value} disabled={!c.eligible}>
                  {c.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
    </WizardStep>
  );
}
