import { useSimulatorControls, type SimulatorStatus } from '../../api';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';
import { roleLabel } from '../../lib/labels';

/** Who the console acts as: operators change the platform, viewers only look. */
export function UserSwitch({ status }: { status: SimulatorStatus }) {
  const { mutations } = useSimulatorControls();
  const { toast } = useToast();
  const switchTo = (userId: string) =>
    mutations.user.mutate(userId, {
      onError: (error) => toast({ title: 'The signed-in user did not change', description: describeError(error).message, tone: 'error' }),
    });

  return (
    <Field label="Signed-in user" hint="Viewers can look but not deploy, update or deprovision.">
      {(control) => (
        <Select
          {...control}
          value={status.currentUser.metadata.guid}
          aria-busy={mutations.user.isPending || undefined}
          onChange={(event) => switchTo(event.target.value)}
        >
          {status.users.map((user) => (
            <option key={user.metadata.guid} value={user.metadata.guid}>
              {user.metadata.name} ({roleLabel(user.spec.role)})
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
