import { describeError } from '../../lib/errors';
import { useSimulatorControls, useSimulatorStatus } from '../../api';
import { ClockControl } from '../../components/layout/clock-control';
import { useToast } from '../../components/toast/toast-context';

/** The simulated clock in the header, with a run/pause toggle; the full controls live on the Simulator page. */
export function HeaderClock() {
  const { data: status } = useSimulatorStatus();
  const { mutations } = useSimulatorControls();
  const { toast } = useToast();
  if (!status) return null;

  const setRunning = (running: boolean) =>
    mutations.clock.mutate(
      { paused: !running },
      { onError: (error) => toast({ title: 'The simulation clock did not change', description: describeError(error).message, tone: 'error' }) },
    );

  return (
    <ClockControl
      now={status.now}
      paused={status.paused}
      speed={status.speed}
      busy={mutations.clock.isPending}
      onRunningChange={setRunning}
    />
  );
}
