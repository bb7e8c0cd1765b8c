import { useSimulatorControls, type FaultBody } from '../../api';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';

/**
 * Injects a fault from a control whose result shows where it was pressed (a row's status, the timeline); only a
 * refusal needs words, and it gets them in a toast with the simulator's reason.
 */
export function useFault() {
  const { mutations } = useSimulatorControls();
  const { toast } = useToast();
  const { fault } = mutations;
  const inject = (body: FaultBody, what: string) =>
    fault.mutate(body, {
      onError: (error) => toast({ title: `${what}: not done`, description: describeError(error).message, tone: 'error' }),
    });
  return { inject, pending: fault.isPending, variables: fault.variables };
}
