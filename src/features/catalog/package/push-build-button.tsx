import { usePushBuild } from '../../../api/simulator/builds';
import { Button } from '../../../components/button/button';
import { lazyDialog, useLazyDialog } from '../../../components/on-demand/on-demand';
import type { ExecutableView } from './package-view';

const Push = lazyDialog(() => import('../../../components/push-build/push-build-dialog').then((m) => m.PushBuildDialog));

/** `Push a build` of one executable's image: the simulator's stand-in for a developer's `docker push`. */
export function PushBuildButton({ packageId, executable }: { packageId: string; executable: ExecutableView }) {
  const dialog = useLazyDialog(Push);
  const push = usePushBuild();
  return (
    <>
      <Button variant="secondary" size="sm" icon="arrow-up" {...dialog.opener}>
        Push a build
      </Button>
      <Push.Dialog
        open={dialog.open}
        onOpenChange={dialog.setOpen}
        target={{ packageId, component: executable.component, executable: executable.name }}
        image={executable.image}
        tags={executable.tags}
        send={(body) => push.mutateAsync(body)}
        busy={push.isPending}
      />
    </>
  );
}
