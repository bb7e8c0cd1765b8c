import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ComponentSpec, DeviceResource } from '../../api';
import { Button } from '../../components/button/button';
import { Field } from '../../components/field/field';
import { Input, Select } from '../../components/field/input';
import { componentFacts } from './component-facts';
import { deviceChoices, deviceRequirements } from './device-eligibility';
import { deviceFilterSummary, filterDeviceChoices } from './device-filter';
import type { WizardValues } from './form-model';
import { useValidatedRegister } from './use-validated-register';
import { RestartPolicyField } from './restart-policy-field';
import { AliasField } from './alias-field';
import type { NetworkAliases } from './wizard-validation';
import styles from './components-section.module.css';

export interface DeviceComponentProps {
  index: number;
  spec: ComponentSpec;
  devices: readonly DeviceResource[];
  onRefresh: () => Promise<unknown>;
  refreshing: boolean;
  /** Row in the form's `aliases` (-1 without ROS). */
  aliasIndex: number;
  network: NetworkAliases | undefined;
}

/** A device-runtime component: where it runs and how it restarts. */
export function DeviceComponent({ index, spec, devices, onRefresh, refreshing, aliasIndex, network }: DeviceComponentProps) {
  const { control, formState } = useFormContext<WizardValues>();
  const validated = useValidatedRegister();
  const choices = useMemo(() => deviceChoices(spec, devices), [spec, devices]);
  // A fleet lists thousands of devices: each option is built once per list, and the filter only picks among them.
  const options = useMemo(
    () =>
      new Map(
        choices.map((c) => [
          c.id,
          <option key={c.id} value={c.id} disabled={!c.eligible}>
            {c.label}
          </option>,
        ]),
      ),
    [choices],
  );
  const [filter, setFilter] = useState('');
  const chosenId = useWatch({ control, name: `components.${index}.deviceId` });
  const filtered = useMemo(() => filterDeviceChoices(choices, filter, chosenId), [choices, filter, chosenId]);
  const [announcement, setAnnouncement] = useState('');
  const eligible = choices.filter((c) => c.eligible).length;
  const needs = deviceRequirements(spec);
  const hint =
    eligible > 0
      ? `${eligible} of ${choices.length} devices can run ${spec.name} (${needs}). The others are listed as unavailable, with the reason.`
      : `No device can run ${spec.name} right now: it needs ${needs}. Bring a matching device online, then refresh the list.`;

  const refresh = () => {
    setAnnouncement('');
    void onRefresh().then(() => setAnnouncement('The list of online devices is up to date.'));
  };

  return (
    <fieldset className={styles.component}>
      <legend className={styles.legend}>{spec.name}</legend>
      <p className={styles.facts}>{componentFacts(spec)}</p>
      <div className={styles.picker}>
        <Field label="Filter devices">
          {(field) => (
            <Input
              {...field}
              type="search"
              autoComplete="off"
              placeholder="Name, architecture or runtime"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              // Enter in a search box would submit the whole wizard.
              onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
            />
          )}
        </Field>
        <p role="status" className={styles.filterCount}>
          {deviceFilterSummary(filter, filtered.matching, choices.length)}
        </p>
        <Field label="Select device for deploying the component" required hint={hint} error={formState.errors.components?.[index]?.deviceId?.message}>
          {(control) => (
            <Select {...control} {...validated(`components.${index}.deviceId`)}>
              <option value="">Select a device</option>
              {filtered.shown.map((c) => options.get(c.id))}
            </Select>
          )}
        </Field>
        <Button className={styles.refresh} busy={refreshing} onClick={refresh}>
          Refresh the list of online devices
        </Button>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {aliasIndex >= 0 && (
        <AliasField index={aliasIndex} spec={spec} deviceName={devices.find((d) => d.metadata.guid === chosenId)?.metadata.name} network={network} />
      )}
      <RestartPolicyField index={index} spec={spec} />
    </fieldset>
  );
}
