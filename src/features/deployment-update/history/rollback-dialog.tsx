import { useMemo, type FormEvent } from 'react';
import { usePackage, usePermission, useRollbackDeployment, type DeploymentResource } from '../../../api';
import { FormDialog } from '../../../components/form-dialog/form-dialog';
import { useToast } from '../../../components/toast/toast-context';
import { PlanPreview } from '../dialog/plan-preview';
import type { HistoryRow } from '../model/history-rows';
import { refusalMessage } from '../model/refusal';
import { rollbackPreview } from '../model/rollback-plan';
import { updatableComponents } from '../model/update-plan';

export interface RollbackDialogProps {
  deployment: DeploymentResource;
  target: HistoryRow | undefined;
  onClose: () => void;
}

/** `Roll back to generation <n>`: re-deploys that generation's images as a new generation, after a before → after preview. */
export function RollbackDialog({ deployment, target, onClose }: RollbackDialogProps) {
  const pkg = usePackage(deployment.metadata.depends.nameOrGUID);
  const rollback = useRollbackDeployment();
  const permission = usePermission();
  const { toast } = useToast();
  const components = useMemo(() => updatableComponents(deployment, pkg.data), [deployment, pkg.data]);
  const rows = target ? rollbackPreview(deployment, components, target.config) : [];
  const next = deployment.metadata.generation + 1;

  const close = () => {
    rollback.reset();
    onClose();
  };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    rollback.mutate(
      { id: deployment.metadata.guid, generation: target.generation },
      {
        onSuccess: (dep) => {
          toast({ title: `Rolling ${dep.metadata.name} back to generation ${target.generation} as generation ${dep.metadata.generation}`, tone: 'success' });
          close();
        },
      },
    );
  };

  return (
    <FormDialog
      open={Boolean(target)}
      onOpenChange={(open) => !open && close()}
      title={`Roll back to generation ${target?.generation ?? ''}`}
      description={`The images of generation ${target?.generation ?? ''} are re-deployed in place as generation ${next}. History keeps every generation.`}
      submitLabel="Roll back"
      onSubmit={confirm}
      busy={rollback.isPending}
      availability={permission}
      error={rollback.error ? refusalMessage(rollback.error) : undefined}
    >
      <PlanPreview rows={rows} />
    </FormDialog>
  );
}
