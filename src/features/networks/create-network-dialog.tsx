import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ROS_DISTROS, resourceNameRules, useDevices, usePermission } from '../../api';
import { useCreateNetwork } from '../../api/networks/mutations';
import type { NetworkResource } from '../../api';
import { FormChoiceField } from '../../components/choice-field/form-choice-field';
import { Field, TextField } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { FormDialog } from '../../components/form-dialog/form-dialog';
import { useFormDialogSubmit } from '../../components/form-dialog/use-form-dialog-submit';
import { rosDistroLabel } from '../../lib/labels';
import { NETWORK_FORM_DEFAULTS, NETWORK_WIRE_FIELDS, networkFormSchema, toCreateNetworkBody, type NetworkFormValues, type ValidNetworkForm } from './network-form';
import { NetworkHostFields } from './network-host-fields';

const RUNTIME_OPTIONS = [
  { value: 'cloud', label: 'Cloud', detail: 'Runs in the cloud; cloud and device deployments can use it.' },
  { value: 'device', label: 'Device', detail: 'Runs on a device, for deployments on the same local network.' },
];

export interface CreateNetworkDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (network: NetworkResource) => void;
}

export function CreateNetworkDialog({ open, onOpenChange, onCreated }: CreateNetworkDialogProps) {
  const devices = useDevices();
  const deviceList = useMemo(() => devices.data?.items ?? [], [devices.data]);
  const schema = useMemo(() => networkFormSchema(deviceList), [deviceList]);
  const form = useForm<NetworkFormValues, unknown, ValidNetworkForm>({ resolver: zodResolver(schema), defaultValues: NETWORK_FORM_DEFAULTS });
  const { errors } = form.formState;
  const runtime = useWatch({ control: form.control, name: 'runtime' });
  const create = useCreateNetwork();
  const permission = usePermission();
  const { close, submit, general } = useFormDialogSubmit({
    form,
    defaults: NETWORK_FORM_DEFAULTS,
    wireFields: NETWORK_WIRE_FIELDS,
    onOpenChange,
    send: (values) => create.mutateAsync(toCreateNetworkBody(values)),
    onCreated,
    // A refusal about the device usually means the list on screen is out of date (it went offline).
    onRefused: (fields) => {
      if (fields.deviceId) void devices.refetch();
    },
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title="Create routed network"
      description="A routed network carries ROS topics, services and actions between deployments. Deployments can use it once it is Succeeded and Running."
      submitLabel="Create"
      onSubmit={submit}
      busy={create.isPending}
      availability={permission}
      error={general}
    >
      <TextField
        label="Name"
        required
        hint={resourceNameRules}
        error={errors.name?.message}
        autoComplete="off"
        {...form.register('name')}
      />
      <FormChoiceField control={form.control} name="runtime" label="Runtime" layout="cards" required options={RUNTIME_OPTIONS} />
      <Field label="ROS distro" required error={errors.rosDistro?.message}>
        {(control) => (
          <Select {...control} {...form.register('rosDistro')}>
            <option value="">Choose a distro…</option>
            {ROS_DISTROS.map((distro) => (
              <option key={distro} value={distro}>
                {rosDistroLabel(distro)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {runtime === 'device' && <NetworkHostFields form={form} devices={deviceList} loading={devices.isPending} />}
    </FormDialog>
  );
}
