import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { DeviceResource } from '../../api';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import type { NetworkFormValues, ValidNetworkForm } from './network-form';
import { hostOptions, hostOptionText } from './network-hosts';

export interface NetworkHostFieldsProps {
  form: UseFormReturn<NetworkFormValues, unknown, ValidNetworkForm>;
  devices: readonly DeviceResource[];
  loading: boolean;
}

/** The device that hosts a device network, then one of that device's interfaces. */
export function NetworkHostFields({ form, devices, loading }: NetworkHostFieldsProps) {
  const { errors } = form.formState;
  const deviceId = useWatch({ control: form.control, name: 'deviceId' });
  const options = hostOptions(devices);
  const chosen = devices.find((d) => d.metadata.guid === deviceId);
  const noHost = !loading && !options.some((o) => o.eligibility.eligible);
  return (
    <>
      <Field
        label="Device"
        required
        error={errors.deviceId?.message}
        hint={
          noHost
            ? 'No device can host a routed network right now: bring an amd64 device with the docker runtime online, or create a cloud network.'
            : 'Only online amd64 devices with the docker runtime can host a routed network.'
        }
      >
        {(control) => (
          <Select {...control} {...form.register('deviceId', { onChange: () => form.setValue('networkInterface', '') })}>
            <option value="">{loading ? 'Loading devices…' : 'Choose a device…'}</option>
            {options.map((option) => (
              <option key={option.device.metadata.guid} value={option.device.metadata.guid} disabled={!option.eligibility.eligible}>
                {hostOptionText(option)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Network interface"
        required
        error={errors.networkInterface?.message}
        hint={chosen ? `The interface of ${chosen.metadata.name} the network binds to.` : 'Choose the device first.'}
      >
        {(control) => (
          <Select {...control} disabled={!chosen} {...form.register('networkInterface')}>
            <option value="">Choose an interface…</option>
            {chosen?.spec.networkInterfaces.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}
