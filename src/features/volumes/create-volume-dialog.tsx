import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { usePermission, VOLUME_CAPACITIES, volumeNameRules } from '../../api';
import { useCreateVolume } from '../../api/volumes/mutations';
import type { DiskResource } from '../../api';
import { ChoiceField } from '../../components/choice-field/choice-field';
import { TextField } from '../../components/field/field';
import { FormDialog } from '../../components/form-dialog/form-dialog';
import { placeProblem } from '../../lib/problem-fields';
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
  const [general, setGeneral] = useState<string>();

  const close = (next: boolean) => {
    if (!next) {
      form.reset(VOLUME_FORM_DEFAULTS);
      setGeneral(undefined);
    }
    onOpenChange(next);
  };

  const submit = form.handleSubmit(async (values) => {
    setGeneral(undefined);
    try {
      const volume = await create.mutateAsync(toCreateDiskBody(values));
      close(false);
      onCreated(volume);
    } catch (error) {
      const placed = placeProblem(error, VOLUME_WIRE_FIELDS);
      for (const [field, message] of Object.entries(placed.fields)) {
        form.setError(field as keyof VolumeFormValues, { message }, { shouldFocus: true });
      }
      setGeneral(placed.general);
    }
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
        // When the error is the rule itself, saying it twice adds nothing.
        hint={errors.name?.message === volumeNameRules ? undefined : volumeNameRules}
        error={errors.name?.message}
        autoComplete="off"
        {...form.register('name')}
      />
      <Controller
        control={form.control}
        name="capacity"
        render={({ field }) => (
          <ChoiceField
            label="Capacity"
            required
            options={CAPACITY_OPTIONS}
            value={field.value}
            onValueChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.capacity?.message}
          />
        )}
      />
    </FormDialog>
  );
}
