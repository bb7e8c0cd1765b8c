import { useMemo, useState, type FormEvent } from 'react';
import { usePackage, usePermission, useUpdateDeployment, type DeploymentResource } from '../../../api';
import { FormDialog } from '../../../components/form-dialog/form-dialog';
import { useToast } from '../../../components/toast/toast-context';
import { refusalMessage } from '../model/refusal';
import { chooseComponent, chooseTag, updatableComponents, updatePreview, updateRequest, type UpdateSelection } from '../model/update-plan';
import { ComponentChoice } from './component-choice';
import { PlanPreview } from './plan-preview';
import styles from './update-dialog.module.css';

export interface UpdateDeploymentDialogProps {
  deployment: DeploymentResource;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const NOTHING: UpdateSelection = { components: [], tags: {} };

/** Dialog `Update Deployment`: choose components (and builds), see what will change, then re-deploy in place. */
export function UpdateDeploymentDialog({ deployment, open, onOpenChange }: UpdateDeploymentDialogProps) {
  const pkg = usePackage(deployment.metadata.depends.nameOrGUID);
  const update = useUpdateDeployment();
  const permission = usePermission();
  const { toast } = useToast();
  const [selection, setSelection] = useState<UpdateSelection>(NOTHING);
  const [error, setError] = useState<string>();
  const components = useMemo(() => updatableComponents(deployment, pkg.data), [deployment, pkg.data]);
  const preview = updatePreview(components, selection);

  const close = (next: boolean) => {
    if (!next) {
      setSelection(NOTHING);
      setError(undefined);
      update.reset();
    }
    onOpenChange(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = updateRequest(components, selection);
    if (request.length === 0) {
      setError('Choose at least one component to update.');
      return;
    }
    setError(undefined);
    update.mutate(
      { id: deployment.metadata.guid, components: request },
      {
        onSuccess: (next) => {
          toast({ title: `Updating ${next.metadata.name} to generation ${next.metadata.generation}`, tone: 'success' });
          close(false);
        },
        onError: (e) => setError(refusalMessage(e)),
      },
    );
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={close}
      title="Update Deployment"
      description={`Re-deploy components of ${deployment.metadata.name} in place (generation ${deployment.metadata.generation} → ${deployment.metadata.generation + 1}). Its id, dependencies and endpoints stay the same.`}
      submitLabel="Update"
      onSubmit={submit}
      busy={update.isPending}
      availability={permission}
      error={error}
    >
      <div className={styles.components}>
        {components.map((c) => (
          <ComponentChoice
            key={c.name}
            component={c}
            checked={selection.components.includes(c.name)}
            onCheckedChange={(checked) => setSelection((s) => chooseComponent(s, c.name, checked))}
            tags={selection.tags}
            onTagChange={(key, tag) => setSelection((s) => chooseTag(s, key, tag))}
          />
        ))}
      </div>
      <PlanPreview rows={preview} />
    </FormDialog>
  );
}
