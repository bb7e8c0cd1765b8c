import { useSimulatorControls } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog/confirm-dialog';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';

export interface ScenarioStart {
  name: string;
  title: string;
  seed: number;
}

export interface StartScenarioDialogProps {
  /** The scenario to start once confirmed; `null` keeps the dialog closed. */
  start: ScenarioStart | null;
  onClose: () => void;
}

/** Starting a scenario replaces the whole simulation, so it is confirmed first. */
export function StartScenarioDialog({ start, onClose }: StartScenarioDialogProps) {
  const { mutations } = useSimulatorControls();
  const { reset } = mutations;
  const { toast } = useToast();

  const close = () => {
    reset.reset();
    onClose();
  };
  const confirm = () => {
    if (!start) return;
    reset.mutate(
      { scenario: start.name, seed: start.seed },
      {
        onSuccess: () => {
          toast({ title: `Started ${start.title}`, description: `Scenario ${start.name} with seed ${start.seed}.`, tone: 'success' });
          close();
        },
      },
    );
  };

  return (
    <ConfirmDialog
      open={start !== null}
      onOpenChange={(open) => !open && close()}
      title="Replace the current simulation?"
      tone="danger"
      description={
        start && (
          <p>
            Starting <strong>{start.title}</strong> ({start.name}) with seed {start.seed} rebuilds the whole world from the
            scenario: every deployment, device, fault and event of the current simulation is discarded.
          </p>
        )
      }
      onConfirm={confirm}
      busy={reset.isPending}
      error={reset.error ? describeError(reset.error).message : undefined}
    />
  );
}
