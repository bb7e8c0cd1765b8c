import type { FormEvent } from 'react';
import type { PushBuildBody } from '../../api/contract';
import { FormDialog } from '../form-dialog/form-dialog';
import { PushBuildFields } from './push-build-fields';
import type { BuildTarget } from './push-build-values';
import { usePushBuildForm } from './use-push-build-form';

export interface PushBuildDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  target: BuildTarget;
  /** The image, for the description. */
  image?: string;
  /** Tags the image has now; the first is offered. */
  tags: readonly string[];
  send: (body: PushBuildBody) => Promise<unknown>;
  busy: boolean;
}

/** `Push a build`: a developer pushes a new build of one executable's image to the simulated registry. */
export function PushBuildDialog({ open, onOpenChange, target, image, tags, send, busy }: PushBuildDialogProps) {
  const form = usePushBuildForm(send, tags[0] ?? '');
  const close = (next: boolean) => {
    if (!next) form.reset();
    onOpenChange(next);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await form.submit(target)) close(false);
  };
  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title="Push a build"
      description={`A new build of ${image ?? `${target.component}/${target.executable}`} in the simulated registry. Deployments run it once they pull its tag again: an update with image pull policy Always, or a node that does not have the tag yet.`}
      submitLabel="Push"
      onSubmit={(e) => void submit(e)}
      busy={busy}
      error={form.general}
    >
      <PushBuildFields values={form.values} onChange={form.setValues} tags={tags} errors={form.errors} />
    </FormDialog>
  );
}
