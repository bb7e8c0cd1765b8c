import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { usePermission, VOLUME_CAPACITIES, volumeNameRules } from '../../api';
import { useCreateVolume } from '../../api/volumes/mutations';
import type { DiskResource } from '../../api';
import { FormChoiceField } from '../../components/choice-field/form-choice-field';
import { TextField } from '../../components/field/field';
import { FormDialog } from '../../components/form-dialog/form-dialog';
import { useFormDialogSubmit } from '../../components/form-dialog/use-form-dialog-submit';
import { toCreateDiskBody, VOLUME_FORM_DEFAULTS, VOLUME_WIRE_FIELDS, volumeFormSchema, type VolumeFormValues } from './volume-form';
import { formatCapacity } from './volume-view';

const CAPACITY_OPTIONS = VOLUME_CAPACITIES.map((gib) => ({ value: String(gib), label: formatCapacity(gib) }));

export interface CreateVolumeDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (volume: DiskResource) => void;
}

export function CreateVolumeDialog({ open, onOpenChange, onCreated }: CreateVolumeDialogProps) {
  const form = useForm<VolumeFormValues>({ resolver: zodResolver(volumeFormSchema), defaultValues: VOLUME_FORM_DEFAULTS });
  const { errors } = form.formState;
  const create = useCreateVolume();
  const permission = usePermission();
  const { close, submit, general } = useFormDialogSubmit({
    form,
    defaults: VOLUME_FORM_DEFAULTS,
    wireFields: VOLUME_WIRE_FIELDS,
    onOpenChange,
    send: (values) => create.mutateAsync(toCreateDiskBody(values)),
    onCreated,
  });

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title="Create volume"
      description="A cloud disk that one deployment at a time can mount. It is ready to mount once it is Available; its size cannot be changed later."
      submitLabel="Create"
      onSubmit={submit}
      busy={create.isPending}
      availability={permission}
      error={general}
    >
      <TextField
        label="Name"
        required
        hint={volumeNameRules}
        error={errors.name?.message}
        autoComplete="off"
        {...form.register('name')}
      />
      <FormChoiceField control={form.control} name="capacity" label="Capacity" required options={CAPACITY_OPTIONS} />
    </FormDialog>
  );
}
