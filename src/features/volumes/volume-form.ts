// The create-volume form: its values, the naming rule checked before sending (the platform stays the authority),
// the request body, and where the platform's refusals land.
import { z } from 'zod';
import { VOLUME_CAPACITIES } from '../../api';
import { volumeName } from '../../api/contract';
import type { CreateDiskBody } from '../../api';
import { NAME_REQUIRED, VOLUME_FIELDS } from '../../vocabulary';

export const volumeFormSchema = z.object({
  name: z.string().min(1, NAME_REQUIRED).pipe(volumeName),
  /** The radio value: one of VOLUME_CAPACITIES, as text. */
  capacity: z
    .string()
    .min(1, 'Choose a capacity.')
    .pipe(z.string().refine((value) => VOLUME_CAPACITIES.some((gib) => String(gib) === value), 'Choose one of the offered capacities.')),
});

export type VolumeFormValues = z.infer<typeof volumeFormSchema>;

export const VOLUME_FORM_DEFAULTS: VolumeFormValues = { name: '', capacity: '' };

export const toCreateDiskBody = (values: VolumeFormValues): CreateDiskBody => ({
  metadata: { name: values.name },
  spec: { runtime: 'cloud', capacity: Number(values.capacity) },
});

/** Wire paths of the create body (and their sections, as the body's own validation names them) → the form field. */
export const VOLUME_WIRE_FIELDS = {
  metadata: 'name',
  [VOLUME_FIELDS.name]: 'name',
  spec: 'capacity',
  [VOLUME_FIELDS.capacityGiB]: 'capacity',
} as const satisfies Record<string, keyof VolumeFormValues>;
