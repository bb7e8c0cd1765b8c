// What `Roll back to generation <n>` will re-deploy: the earlier generation's tags on the components that can be
// updated in place, as the platform does it (only the components whose tags differ; all of them when none differ).
import type { DeploymentConfig, DeploymentResource } from '../../../api';
import type { PreviewRow, UpdatableComponent } from './update-plan';

export function rollbackPreview(
  deployment: DeploymentResource,
  components: readonly UpdatableComponent[],
  target: DeploymentConfig,
): PreviewRow[] {
  const current = (name: string) => deployment.spec.components.find((c) => c.name === name);
  const runningDigest = (component: string, executable: string) => deployment.status.executables_status[`${component}/${executable}`]?.digest;
  /** The generation ran another build under the same tag: the rollback re-deploys that exact build. */
  const otherBuild = (component: string, e: DeploymentConfig['components'][number]['executables'][number]) =>
    e.digest !== undefined && runningDigest(component, e.name) !== undefined && runningDigest(component, e.name) !== e.digest;
  const candidates = target.components.filter((c) => components.some((u) => u.name === c.name && !u.blockedReason) && current(c.name));
  const differs = candidates.filter((c) =>
    c.executables.some((e) => current(c.name)?.executables.find((x) => x.name === e.name)?.tag !== e.tag || otherBuild(c.name, e)),
  );
  return (differs.length > 0 ? differs : candidates).flatMap((c) =>
    c.executables.map((e) => {
      const now = current(c.name)?.executables.find((x) => x.name === e.name);
      const tag = e.tag ?? now?.tag;
      const rebuilt = otherBuild(c.name, e);
      return {
        component: c.name,
        executable: e.name,
        image: e.image ?? now?.image ?? 'image',
        before: now?.tag ?? 'latest',
        after: `${tag ?? 'latest'}${rebuilt && e.digest ? ` (build ${e.digest.replace(/^sha256:/, '').slice(0, 12)})` : ''}`,
        repull: tag === now?.tag && !rebuilt,
      };
    }),
  );
}
